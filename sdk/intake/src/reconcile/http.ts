// The one HTTP path every reconciliation client takes: a request with its own timeout (AbortSignal), the
// answer read as JSON, and every failure named as an Outcome state instead of an exception, so a gateway
// that is down, slow or refuses the credential shows a clear state and never blocks the inbox.
// Nothing here logs or echoes a URL: query strings carry merchant keys and full order numbers.
import type * as z from 'zod';
import type { Outcome } from './types.js';

export type Failure = Extract<Outcome<never>, { ok: false }>;

export interface HttpOptions {
  /** The console's or provider's base URL (scheme, host, optional path prefix), without a trailing slash. */
  baseUrl: string;
  /** Per request, ms (default 8000). */
  timeoutMs?: number;
  /** Injected for tests; defaults to the global fetch. */
  fetch?: typeof fetch;
}

export interface Answer {
  status: number;
  json: unknown;
}

const MAX_BODY = 2_000_000;

export const fail = (state: Failure['state'], detail?: string): Failure =>
  detail === undefined ? { ok: false, state } : { ok: false, state, detail };

export const ok = <T>(value: T): Outcome<T> => ({ ok: true, value });

/** Joins the base URL and a path with its query (values encoded). */
export function urlOf(
  baseUrl: string,
  path: string,
  query: Record<string, string | number | undefined> = {},
) {
  const url = new URL(baseUrl.replace(/\/+$/, '') + path);
  for (const [k, v] of Object.entries(query)) if (v !== undefined) url.searchParams.set(k, String(v));
  return url.toString();
}

/**
 * One request. 2xx and the statuses in `pass` come back as an Answer with the parsed JSON; 401/403 are
 * 'unauthorized', 5xx 'unreachable', a timeout 'timeout', a refused or reset connection 'unreachable', a
 * redirect or any other status or a body that is not JSON 'bad_answer'.
 */
export async function request(
  opts: HttpOptions,
  url: string,
  init: {
    method?: 'GET' | 'POST';
    headers?: Record<string, string>;
    body?: unknown;
    pass?: number[];
    /** The caller's own limit (the service's guard): aborting it cancels the request. */
    signal?: AbortSignal | undefined;
  } = {},
): Promise<Answer | Failure> {
  const doFetch = opts.fetch ?? fetch;
  let res: Response;
  try {
    res = await doFetch(url, {
      method: init.method ?? 'GET',
      headers: {
        accept: 'application/json',
        ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...init.headers,
      },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      redirect: 'manual',
      signal: init.signal
        ? AbortSignal.any([AbortSignal.timeout(opts.timeoutMs ?? 8000), init.signal])
        : AbortSignal.timeout(opts.timeoutMs ?? 8000),
    });
  } catch (e) {
    const code = networkCode(e);
    return code === 'timeout' ? fail('timeout') : fail('unreachable', code);
  }
  let text: string;
  try {
    text = (await res.text()).slice(0, MAX_BODY);
  } catch (e) {
    // The headers came but the body stalled past the timeout (or the connection dropped mid-body).
    const code = networkCode(e);
    return code === 'timeout' ? fail('timeout') : fail('unreachable', code);
  }
  const pass = init.pass ?? [];
  if (res.status === 401 || res.status === 403) {
    if (!pass.includes(res.status)) return fail('unauthorized', `HTTP ${res.status}`);
  } else if (res.status >= 500) return fail('unreachable', `HTTP ${res.status}`);
  else if ((res.status < 200 || res.status >= 300) && !pass.includes(res.status))
    return fail('bad_answer', `HTTP ${res.status}`);
  try {
    return { status: res.status, json: JSON.parse(text) };
  } catch {
    // A passed-through error status may come as a plain page ("404 page not found"): the status is the answer.
    if (res.status >= 300) return { status: res.status, json: undefined };
    return fail('bad_answer', `HTTP ${res.status}, not JSON`);
  }
}

export const isFailure = (a: Answer | Failure): a is Failure => 'ok' in a;

/** Parses with a zod schema; a shape that does not parse is 'bad_answer' naming the first field's path. */
export function parse<S extends z.ZodType>(schema: S, data: unknown): Outcome<z.output<S>> {
  const r = schema.safeParse(data);
  if (r.success) return ok(r.data);
  const issue = r.error.issues[0];
  return fail('bad_answer', `unexpected answer at ${issue?.path.join('.') || '(root)'}`);
}

/** The last 4 characters, the only part of a payer account or provider transaction id a client returns. */
export const last4 = (s: string | undefined | null): string | undefined => {
  const t = (s ?? '').trim();
  return t ? t.slice(-4) : undefined;
};

/** A console's own message, shortened, with anything URL-like and every long run holding a digit (codes,
 *  order numbers, tokens) removed
 *  (some answers echo the request; a detail may end up in the audit trail). */
export function consoleText(s: unknown): string {
  if (typeof s !== 'string') return '';
  return s
    .replace(/https?:\/\/\S+/g, '<url>')
    .replace(/(?=[A-Za-z_-]*\d)[A-Za-z0-9_-]{12,}/g, '…')
    .replace(/\d{6,}/g, '…')
    .slice(0, 160);
}

/** Seconds or milliseconds since the epoch, or an ISO / "YYYY-MM-DD HH:MM:SS" text, to ms. 0 and empty: undefined. */
export function toMs(v: unknown, zoneOffsetMinutes = 480): number | undefined {
  if (v === null || v === undefined || v === '' || v === 0 || v === '0') return undefined;
  if (typeof v === 'number') return v > 1e12 ? v : v * 1000;
  if (typeof v !== 'string') return undefined;
  if (/^\d+$/.test(v)) return toMs(Number(v));
  const local = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})$/.exec(v);
  if (local) {
    const [, y, mo, d, h, mi, s] = local.map(Number) as number[];
    return Date.UTC(y ?? 0, (mo ?? 1) - 1, d, h, mi, s) - zoneOffsetMinutes * 60_000;
  }
  const t = Date.parse(v);
  return Number.isNaN(t) ? undefined : t;
}

function networkCode(e: unknown): string {
  const err = e as { name?: string; code?: string; cause?: { code?: string; name?: string } };
  if (err?.name === 'TimeoutError' || err?.name === 'AbortError') return 'timeout';
  if (err?.cause?.name === 'TimeoutError') return 'timeout';
  return err?.cause?.code ?? err?.code ?? err?.cause?.name ?? err?.name ?? 'error';
}
