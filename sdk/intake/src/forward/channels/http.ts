// One POST with a timeout and the common reading of an HTTP answer. Network failures and timeouts are worth a
// retry; the error text carries the failure's code (ECONNREFUSED, TimeoutError), never the URL.
import type { ChannelDeps, SendResult } from './types.js';

export interface HttpAnswer {
  status: number;
  headers: Headers;
  text: string;
  json: unknown;
}

export async function post(
  deps: ChannelDeps,
  url: string,
  body: string,
  headers: Record<string, string> = {},
): Promise<HttpAnswer | SendResult> {
  let res: Response;
  try {
    res = await deps.fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(deps.timeoutMs),
    });
  } catch (e) {
    return { ok: false, retry: true, error: `network: ${networkCode(e)}` };
  }
  const text = (await res.text().catch(() => '')).slice(0, 4000);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, text, json };
}

export const isAnswer = (r: HttpAnswer | SendResult): r is HttpAnswer => 'status' in r;

function networkCode(e: unknown): string {
  const err = e as { name?: string; code?: string; cause?: { code?: string; name?: string } };
  if (err?.name === 'TimeoutError' || err?.name === 'AbortError') return 'timeout';
  return err?.cause?.code ?? err?.code ?? err?.cause?.name ?? err?.name ?? 'error';
}

/** Retry-After in seconds or as an HTTP date; undefined when absent or unreadable. */
export function retryAfterMs(headers: Headers, now: number): number | undefined {
  const v = headers.get('retry-after');
  if (!v) return undefined;
  if (/^\d+$/.test(v.trim())) return Number(v.trim()) * 1000;
  const at = Date.parse(v);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** The reading every vendor shares: 429 and 5xx (and 408) are temporary, other non-2xx are not. */
export function byStatus(a: HttpAnswer, now: number, detail = ''): SendResult | undefined {
  if (a.status >= 200 && a.status < 300) return undefined;
  const what = `HTTP ${a.status}${detail ? ` ${detail}` : ''}`;
  if (a.status === 429)
    return {
      ok: false,
      retry: true,
      rateLimited: true,
      retryAfterMs: retryAfterMs(a.headers, now),
      error: what,
    };
  if (a.status >= 500 || a.status === 408) return { ok: false, retry: true, error: what };
  if (a.status >= 300 && a.status < 400)
    return { ok: false, retry: false, error: `${what} (redirect refused)` };
  return { ok: false, retry: false, error: what };
}

/** A vendor's own message, trimmed and stripped of anything URL-like (some echo the request). */
export const vendorText = (s: unknown): string =>
  typeof s === 'string' ? s.replace(/https?:\/\/\S+/g, '<url>').slice(0, 160) : '';

/** The `{errcode, errmsg}` answer DingTalk's and WeCom's robots share: 0 delivered, -1 (or no errcode)
 *  a busy server to retry, the vendor's rate-limit code a wait of `limit.waitMs`, anything else final. */
export function errcodeAnswer(
  a: HttpAnswer,
  now: number,
  limit: { errcode: number; waitMs: number },
): SendResult {
  const j = (a.json ?? {}) as { errcode?: number; errmsg?: string };
  const text = vendorText(j.errmsg);
  const status = byStatus(a, now, j.errcode !== undefined ? `errcode ${j.errcode} ${text}`.trim() : '');
  if (status) return status;
  if (j.errcode === 0) return { ok: true };
  const error = `errcode ${j.errcode ?? '?'} ${text}`.trim();
  if (j.errcode === limit.errcode)
    return { ok: false, retry: true, rateLimited: true, retryAfterMs: limit.waitMs, error };
  if (j.errcode === -1 || j.errcode === undefined) return { ok: false, retry: true, error };
  return { ok: false, retry: false, error };
}
