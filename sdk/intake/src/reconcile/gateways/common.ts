// What the three gateway clients share: reading the consoles' `{success, message, data}` envelope (new-api,
// one-api), the admin-refusal texts, and matching a redeem code by the masked form a ticket carries.
import * as z from 'zod';
import { consoleText, type Failure, fail, ok, parse } from '../http.js';
import type { GatewayCode, GatewayUser, LedgerEntry, Outcome } from '../types.js';

/** new-api / one-api middleware/auth.go authHelper: these refusals come with HTTP 200 in older builds
 *  ("无权进行此操作，权限不足", "无权进行此操作，access token 无效") and 401 in newer ones. */
const AUTH_WORDS = /无权进行此操作|未登录|access token|New-Api-User|权限不足|用户已被封禁/i;

const Envelope = z.object({
  success: z.boolean(),
  message: z.string().optional().default(''),
  data: z.unknown().optional(),
});

/** `{success: true, data}` -> data; `{success: false, message}` -> 'unauthorized' for the auth refusals,
 *  otherwise 'bad_answer' carrying the console's (shortened) words. */
export function envelope(json: unknown): Outcome<unknown> {
  const e = parse(Envelope, json);
  if (!e.ok) return e;
  if (e.value.success) return ok(e.value.data);
  return refusal(e.value.message);
}

export function refusal(message: string): Failure {
  if (AUTH_WORDS.test(message)) return fail('unauthorized', consoleText(message));
  return fail('bad_answer', `refused: ${consoleText(message)}`);
}

/** A numeric id from JSON (some builds send strings). */
export const Id = z.union([z.number(), z.string().regex(/^\d+$/)]).transform((v) => String(v));
/** Seconds since the epoch as new-api and one-api store them (0 = never). */
export const Sec = z
  .number()
  .nullish()
  .transform((v) => (v ? v * 1000 : undefined));

/**
 * The masked forms a ticket may carry for a code: the whole code, the core's `ab…9f3e` (head + tail),
 * `ab...9f3e`, `ab****9f3e`, or a bare tail. Returns a matcher over full codes, or undefined when the
 * keyword is too short to mean anything (fewer than 4 known characters).
 */
export function codeMatcher(
  keyword: string,
  caseSensitive: boolean,
): ((code: string) => boolean) | undefined {
  const norm = (s: string) => (caseSensitive ? s : s.toLowerCase());
  const k = keyword.trim();
  const parts = k.split(/…|\.{3}|\*{2,}/);
  const head = norm(parts.length > 1 ? (parts[0] ?? '') : '');
  const tail = norm(parts.length > 1 ? (parts[parts.length - 1] ?? '') : k);
  if (head.length + tail.length < 4) return undefined;
  if (parts.length === 1) return (code) => norm(code).endsWith(tail) || norm(code) === tail;
  return (code) => {
    const c = norm(code);
    return c.length >= head.length + tail.length && c.startsWith(head) && c.endsWith(tail);
  };
}

/** new-api and one-api redemption status: 1 enabled, 2 disabled, 3 used (common/constants.go); an enabled
 *  code past its expired_time is expired (model/redemption.go Redeem). */
export function redemptionStatus(
  status: number,
  expiresAt: number | undefined,
  now: number,
): GatewayCode['status'] {
  if (status === 3) return 'used';
  if (status === 2) return 'disabled';
  if (status === 1) return expiresAt !== undefined && expiresAt < now ? 'expired' : 'unused';
  return 'other';
}

/** Amount of a type-1 ledger row in display units: the quota when the build fills it, otherwise the
 *  amount printed in the text ("＄10.000000 额度", "$10", "¥73.00"): 2025 builds wrote quota 0. */
export function ledgerAmount(quota: number, content: string, quotaPerUnit: number): number {
  if (quota > 0) return quota / quotaPerUnit;
  const m = /[＄$¥￥]\s?([\d.]+)/.exec(content) ?? /([\d.]+)\s*额度/.exec(content);
  return m ? Number(m[1]) : 0;
}

export function ledgerKind(content: string): 'topup' | 'redeem' | 'other' {
  if (content.startsWith('通过兑换码充值')) return 'redeem';
  if (/在线充值|补单|充值成功/.test(content)) return 'topup';
  return 'other';
}

/** Marks a list that stopped at the page limit (see OrderList). */
export function truncated<T extends object>(list: T[], after: number): T[] & { truncatedAfter: number } {
  return Object.assign(list, { truncatedAfter: after });
}

/** model.User as new-api and one-api answer `GET /api/user/:id` (controller/user.go GetUser, both). */
const User = z.object({
  id: Id,
  username: z.string(),
  display_name: z.string().optional(),
  email: z.string().optional(),
});

/** One user by id through a client's own authenticated GET of the console's envelope. */
export async function readUser(
  get: (path: string, signal?: AbortSignal) => Promise<Outcome<unknown>>,
  id: string,
  signal?: AbortSignal,
): Promise<Outcome<GatewayUser>> {
  if (!/^\d+$/.test(id)) return fail('bad_answer', 'user id is not a number');
  const data = await get(`/api/user/${id}`, signal);
  if (!data.ok) return data;
  const u = parse(User, data.value);
  if (!u.ok) return u;
  return ok({
    id: u.value.id,
    username: u.value.username,
    ...(u.value.display_name ? { displayName: u.value.display_name } : {}),
    ...(u.value.email ? { email: u.value.email } : {}),
  });
}

/** A log row as new-api and one-api answer `GET /api/log/` (model.Log, both; type 1 is a top-up or redemption). */
export const Log = z.object({
  user_id: Id,
  created_at: z.number(),
  type: z.number(),
  content: z.string(),
  quota: z.number().optional().default(0),
});

/** common.QuotaPerUnit when the operator does not set one: 500000 quota = $1 (new-api and one-api). */
export const DEFAULT_QUOTA_PER_UNIT = 500_000;

/** The user's credit rows of one log page as ledger entries (the log filter is by username, so ids are checked). */
export function creditEntries(
  rows: readonly z.output<typeof Log>[],
  userId: string,
  quotaPerUnit = DEFAULT_QUOTA_PER_UNIT,
): LedgerEntry[] {
  return rows
    .filter((r) => r.user_id === userId && r.type === 1)
    .map((r) => ({
      userId: r.user_id,
      at: r.created_at * 1000,
      amount: ledgerAmount(r.quota, r.content, quotaPerUnit),
      kind: ledgerKind(r.content),
      text: r.content,
    }));
}
