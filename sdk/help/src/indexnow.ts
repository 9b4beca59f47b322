// IndexNow (indexnow.org): one POST with the host, the key, where the key file lives and the URLs that
// changed. The endpoint comes from the settings (or --endpoint); tests point it at a local fake server.
import * as z from 'zod';
import type { HelpSettings } from './settings.js';

/** The protocol's limit per request. */
export const MAX_URLS = 10_000;

export type PingResult =
  | { ok: true; status: number; submitted: number }
  | { ok: false; code: 'no_key' | 'nothing_changed' | 'foreign_url' | 'network' | `http_${number}` };

export async function ping(
  settings: HelpSettings,
  urls: readonly string[],
  opts: { endpoint?: string; fetch?: typeof fetch } = {},
): Promise<PingResult> {
  if (!settings.indexNow) return { ok: false, code: 'no_key' };
  if (!urls.length) return { ok: false, code: 'nothing_changed' };
  const host = new URL(settings.baseUrl).host;
  // Only URLs of the configured site: a search engine rejects the whole batch otherwise.
  if (urls.some((u) => !z.url().safeParse(u).success || new URL(u).host !== host))
    return { ok: false, code: 'foreign_url' };
  const endpoint = opts.endpoint ?? settings.indexNow.endpoint;
  const doFetch = opts.fetch ?? fetch;
  try {
    const res = await doFetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: JSON.stringify({
        host,
        key: settings.indexNow.key,
        keyLocation: `${settings.baseUrl}${settings.indexNow.key}.txt`,
        urlList: urls.slice(0, MAX_URLS),
      }),
    });
    // 200 OK and 202 Accepted are both success in the protocol.
    if (res.status !== 200 && res.status !== 202) return { ok: false, code: `http_${res.status}` };
    return { ok: true, status: res.status, submitted: Math.min(urls.length, MAX_URLS) };
  } catch {
    return { ok: false, code: 'network' };
  }
}
