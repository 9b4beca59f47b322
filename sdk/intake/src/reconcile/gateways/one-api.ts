// one-api (songquanpeng/one-api) read client for support's reconciliation. Checked on the build of 2025-02
// (commit 8df4a267).
//
// one-api has no payment of its own and no top-up orders: codes are bought elsewhere (top_up_link) and
// redeemed, so findOrders answers 'not_supported' and completeOrder does not exist.
//
// Auth (middleware/auth.go authHelper): an admin's access token in `Authorization` (model.ValidateAccessToken
// strips "Bearer "); no New-Api-User header. A missing token is 401; a wrong one HTTP 200
// `{success: false, message: "无权进行此操作，access token 无效"}`: both 'unauthorized'.
//
// Endpoints (router/api.go, AdminAuth):
// - `GET /api/user/:id` (controller/user.go GetUser) -> `{success, message, data: model.User}`.
// - `GET /api/redemption/?p=` (0-based, config.ItemsPerPage rows, a bare array): model.Redemption
//   `{id, user_id, key, status, name, quota, created_time, redeemed_time}` (no used_user_id: one-api does
//   not record who redeemed a code; the ledger row "通过兑换码充值 …" does). The search endpoint matches an
//   id or a name prefix only (model/redemption.go SearchRedemptions), so codes are found by paging.
// - `GET /api/log/?p=&type=1&username=&start_timestamp=&end_timestamp=` (controller/log.go GetAllLogs):
//   0-based pages of config.ItemsPerPage, a bare array.
import * as z from 'zod';
import { fail, type HttpOptions, isFailure, ok, parse, request, urlOf } from '../http.js';
import type { GatewayClient, GatewayCode, LedgerEntry, Outcome } from '../types.js';
import { codeMatcher, creditEntries, envelope, Log, readUser, redemptionStatus, Sec } from './common.js';

export interface OneApiOptions extends HttpOptions {
  /** An admin's access token (个人设置 → 生成系统访问令牌). Stays in the intake's environment. */
  accessToken: string;
  quotaPerUnit?: number;
  /** Pages read at most when scanning codes or the log; default 20 (pages are small: ItemsPerPage). */
  maxPages?: number;
  now?: () => number;
}

const Redemption = z.object({
  id: z.number(),
  user_id: z.number().optional(),
  key: z.string().min(1),
  status: z.number(),
  quota: z.number().optional(),
  created_time: Sec,
  redeemed_time: Sec,
});

/** Bare arrays; `null` when a page is empty. */
const List = <T extends z.ZodType>(item: T) =>
  z
    .array(item)
    .nullable()
    .transform((v) => v ?? []);

export function oneApiClient(opts: OneApiOptions): GatewayClient {
  const headers = { Authorization: `Bearer ${opts.accessToken}` };
  const maxPages = opts.maxPages ?? 20;
  const now = opts.now ?? Date.now;

  async function get(
    path: string,
    query: Record<string, string | number | undefined> = {},
    signal?: AbortSignal,
  ) {
    const a = await request(opts, urlOf(opts.baseUrl, path, query), { headers, signal });
    if (isFailure(a)) return a;
    return envelope(a.json);
  }

  const getUser = (id: string, signal?: AbortSignal) =>
    readUser((path, signal) => get(path, {}, signal), id, signal);

  return {
    console: 'one-api',

    async findOrders() {
      return fail('not_supported', 'one-api has no top-up orders');
    },

    getUser,

    async findCodes(q, signal): Promise<Outcome<GatewayCode[]>> {
      const match = codeMatcher(q.keyword, false);
      if (!match) return fail('bad_answer', 'keyword too short');
      const t = now();
      const found: GatewayCode[] = [];
      let lastFirst: number | undefined;
      for (let p = 0; p < maxPages; p++) {
        const data = await get('/api/redemption/', { p }, signal);
        if (!data.ok) return data;
        const rows = parse(List(Redemption), data.value);
        if (!rows.ok) return rows;
        // A build that ignores `p` answers the same page again: stop instead of looping.
        if (!rows.value.length || rows.value[0]?.id === lastFirst) break;
        lastFirst = rows.value[0]?.id;
        for (const r of rows.value) {
          if (!match(r.key)) continue;
          found.push({
            code: r.key,
            status: redemptionStatus(r.status, undefined, t),
            rawStatus: String(r.status),
            ...(r.quota !== undefined ? { quota: r.quota } : {}),
            // Dollars only with the console's QuotaPerUnit given (see the new-api client).
            ...(r.quota !== undefined && opts.quotaPerUnit ? { usd: r.quota / opts.quotaPerUnit } : {}),
            ...(r.redeemed_time ? { usedAt: r.redeemed_time } : {}),
            ...(r.created_time ? { createdAt: r.created_time } : {}),
          });
        }
      }
      return ok(found);
    },

    async ledger(q, signal): Promise<Outcome<LedgerEntry[]>> {
      const user = await getUser(q.userId, signal);
      if (!user.ok) return user;
      const entries: LedgerEntry[] = [];
      let lastFirst: string | undefined;
      for (let p = 0; p < maxPages; p++) {
        const data = await get(
          '/api/log/',
          {
            p,
            type: 1,
            username: user.value.username,
            start_timestamp: Math.floor(q.from / 1000),
            end_timestamp: Math.ceil(q.to / 1000),
          },
          signal,
        );
        if (!data.ok) return data;
        const rows = parse(List(Log), data.value);
        if (!rows.ok) return rows;
        const first = rows.value[0];
        const key = first ? `${first.created_at}:${first.content}` : undefined;
        if (!first || key === lastFirst) break;
        lastFirst = key;
        entries.push(...creditEntries(rows.value, q.userId, opts.quotaPerUnit));
      }
      return ok(entries);
    },
  };
}
