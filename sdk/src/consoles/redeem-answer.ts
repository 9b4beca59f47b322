// The console's own answer to a redeem request, as a masked RedeemAttempt. Whoever can see the page's
// requests feeds it: the widget's page-start watcher (embed/redeem-watch.ts) through redeemAnswerOf, and the
// extension's console observer (extension/lib/content/redeem.ts) through readRedeem. The code is read from the
// request body only to be masked (first 2 + last 4); the full code is never kept. Paths and shapes:
// - new-api / one-api: POST /api/user/topup {"key": code} -> {success, message, data} (controller/topup.go);
// - sub2api: POST /api/v1/redeem {"code": code} -> {code: 0, message, data} or an error {code, message,
//   reason: REDEEM_*} (backend/internal/service/redeem_service.go).
import { classifyRedeemMessage, waitMinutesIn } from '../core/facts/redeem.js';
import type { RedeemAttempt, RedeemOutcome } from '../core/facts/schema.js';
import { maskRedeemCode } from '../core/mask/index.js';

/** The redeem endpoints of the supported consoles. */
export const REDEEM_PATHS: readonly string[] = ['/api/user/topup', '/api/v1/redeem'];

const pathOf = (url: string) =>
  (url.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]+/i, '').split(/[?#]/)[0] ?? '').replace(/\/+$/, '');

export const isRedeemRequest = (method: string, url: string): boolean =>
  method.toUpperCase() === 'POST' && REDEEM_PATHS.includes(pathOf(url));

function parse(v: unknown): unknown {
  if (typeof v !== 'string') return v;
  try {
    return JSON.parse(v);
  } catch {
    return undefined;
  }
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

export interface RedeemExchange {
  url: string;
  method: string;
  /** The request body as sent (a JSON string or an object). */
  requestBody: unknown;
  /** The response body (a JSON string or parsed). */
  responseBody: unknown;
  at: number;
}

/** What a console's answer to a redeem request says: read by the widget (redeemAnswerOf) and by the
 *  extension's console observer, each keeping what it may. `code` is the code typed, whole: mask it at once. */
export interface RedeemReading {
  ok: boolean;
  outcome: RedeemOutcome;
  /** The console's message, trimmed, whole. */
  message?: string;
  code?: string;
}

/**
 * Reads a redeem request's body and its answer; undefined for an answer in neither console's shape (not
 * JSON, no `success` flag and no `code`: a proxy's or a gateway's page, not the console's word).
 */
export function readRedeem(requestBody: unknown, responseBody: unknown): RedeemReading | undefined {
  const res = parse(responseBody) as
    | { success?: unknown; code?: unknown; message?: unknown; reason?: unknown }
    | null
    | undefined;
  if (!res || typeof res !== 'object') return undefined;
  // new-api {success}; sub2api {code: 0 | <HTTP status>} or its middleware's {code: 'UNAUTHORIZED'}.
  if (typeof res.success !== 'boolean' && typeof res.code !== 'number' && typeof res.code !== 'string')
    return undefined;
  const message = str(res.message);
  const reason = str(res.reason) ?? (typeof res.code === 'string' ? res.code : undefined);
  const ok = res.success === true || res.code === 0;
  const req = parse(requestBody) as { key?: unknown; code?: unknown } | null | undefined;
  const code = str(req?.key) ?? str(req?.code);
  return {
    ok,
    outcome: ok ? 'success' : classifyRedeemMessage(message, reason),
    ...(message ? { message } : {}),
    ...(code ? { code } : {}),
  };
}

/** The attempt this request/answer pair records, or undefined when it is not a redeem request we know. */
export function redeemAnswerOf(x: RedeemExchange): RedeemAttempt | undefined {
  if (!isRedeemRequest(x.method, x.url)) return undefined;
  const read = readRedeem(x.requestBody, x.responseBody);
  if (!read) return undefined;
  const { ok, outcome, message, code } = read;
  const attempt: RedeemAttempt = { outcome, at: x.at, source: 'console' };
  if (code) attempt.codeMasked = maskRedeemCode(code);
  // The console's words are kept (masked by the masking engine when the fact chain words them); a success
  // message carries nothing the user needs.
  if (!ok && message) attempt.message = message.slice(0, 200);
  const wait = waitMinutesIn(message);
  if (wait !== undefined) attempt.waitMinutes = wait;
  return attempt;
}
