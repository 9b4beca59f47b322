// new-api (QuantumNous/new-api) read/write client for support's reconciliation.
//
// Auth (middleware/auth.go authHelper, AdminAuth): a system access token of an admin in `Authorization`
// (sent as `Bearer <token>`, which every build strips) plus `New-Api-User: <that admin's id>` (builds that
// check the header refuse without it). Refusals are 401 in newer builds and HTTP 200 `{success: false,
// message: "无权进行此操作，…"}` in older ones; both become 'unauthorized'.
//
// Endpoints (router/api-router.go, all under AdminAuth):
// - `GET /api/user/topup?p=&page_size=&keyword=` (controller/topup.go GetAllTopUps, model/topup.go
//   SearchAllTopUps): every user's top-ups, newest first, `{page, page_size, total, items}` of model.TopUp
//   `{id, user_id, amount, money, trade_no, payment_method, payment_provider, create_time, complete_time,
//   status}`. The keyword is a LIKE pattern on trade_no: exact without `%`, at most two `%`
//   (sanitizeLikePattern), so a tail is searched as `%tail` (it ends the number; `%tail%` would bring
//   every number holding those digits anywhere). Builds of 2025 have no such route (404):
//   'not_supported'.
// - `GET /api/user/:id` (controller/user.go GetUser).
// - `GET /api/redemption/search?keyword=` matches an id, a name prefix, or the whole 32-hex key only
//   (model/redemption.go SearchRedemptions); a masked code is found by paging `GET /api/redemption/?p=`.
// - `GET /api/log/?p=&page_size=&type=1&username=&start_timestamp=&end_timestamp=` (controller/log.go
//   GetAllLogs): type 1 rows are credits ("使用在线充值成功…", "通过兑换码充值…", "管理员补单成功…").
// - `POST /api/user/topup/complete {"trade_no"}` (AdminCompleteTopUp -> model.ManualCompleteTopUp): marks a
//   pending order success, credits the user and writes "管理员补单成功" to the log; idempotent on success.
import * as z from 'zod';
import { fail, type HttpOptions, isFailure, ok, parse, request, urlOf } from '../http.js';
import type { GatewayClient, GatewayCode, GatewayOrder, LedgerEntry, Outcome } from '../types.js';
import {
  codeMatcher,
  creditEntries,
  envelope,
  Id,
  Log,
  readUser,
  redemptionStatus,
  Sec,
  truncated,
} from './common.js';

export interface NewApiOptions extends HttpOptions {
  /** A system access token of an admin (个人设置 → 系统访问令牌). Stays in the intake's environment. */
  accessToken: string;
  /** That admin's user id, sent as New-Api-User. */
  adminUserId: string | number;
  /** common.QuotaPerUnit of this console (default 500000). */
  quotaPerUnit?: number;
  /** Pages of 100 read at most when a lookup must scan (orders by account, masked codes); default 5. */
  maxPages?: number;
  now?: () => number;
}

const TopUp = z.object({
  id: z.number(),
  user_id: Id,
  username: z.string().optional(),
  amount: z.number(),
  money: z.number().optional(),
  trade_no: z.string().min(1),
  payment_method: z.string().optional().default(''),
  payment_provider: z.string().optional(),
  create_time: z.number(),
  complete_time: Sec,
  status: z.string(),
});

const Page = <T extends z.ZodType>(item: T) =>
  z.object({
    total: z.number().optional(),
    items: z
      .array(item)
      .nullable()
      .transform((v) => v ?? []),
  });

const Redemption = z.object({
  id: z.number(),
  key: z.string().min(1),
  status: z.number(),
  quota: z.number().optional(),
  created_time: Sec,
  redeemed_time: Sec,
  used_user_id: z.number().optional(),
  expired_time: Sec,
});

const ORDER_STATUS: Record<string, GatewayOrder['status']> = {
  pending: 'pending',
  success: 'success',
  failed: 'failed',
  expired: 'expired',
};

/** The platform an order went through: payment_provider where the build keeps it (2026 builds: "epay",
 *  "stripe", "creem"), else the method (stripe and creem are their own platforms; alipay, wxpay and the
 *  other methods go through the epay-style platform, controller/topup.go RequestEpay). */
function providerOf(t: z.output<typeof TopUp>): string | undefined {
  const named = t.payment_provider?.trim().toLowerCase();
  if (named) return named;
  const method = t.payment_method.trim().toLowerCase();
  if (!method) return undefined;
  if (method === 'stripe' || method === 'creem') return method;
  return 'epay';
}

export function toOrder(t: z.output<typeof TopUp>): GatewayOrder {
  const provider = providerOf(t);
  return {
    tradeNo: t.trade_no,
    userId: t.user_id,
    ...(t.username ? { username: t.username } : {}),
    amount: t.amount,
    ...(t.money !== undefined ? { money: t.money } : {}),
    ...(t.payment_method ? { method: t.payment_method } : {}),
    ...(provider ? { provider } : {}),
    status: ORDER_STATUS[t.status] ?? 'other',
    rawStatus: t.status,
    createdAt: t.create_time * 1000,
    ...(t.complete_time ? { completedAt: t.complete_time } : {}),
  };
}

export function newApiClient(opts: NewApiOptions): GatewayClient {
  const headers = {
    Authorization: `Bearer ${opts.accessToken}`,
    'New-Api-User': String(opts.adminUserId),
  };
  const maxPages = opts.maxPages ?? 5;
  const now = opts.now ?? Date.now;

  async function get(
    path: string,
    query: Record<string, string | number | undefined> = {},
    pass: number[] = [],
    signal?: AbortSignal,
  ) {
    const a = await request(opts, urlOf(opts.baseUrl, path, query), { headers, pass, signal });
    if (isFailure(a)) return a;
    if (a.status === 404) return fail('not_supported', 'HTTP 404');
    return envelope(a.json);
  }

  async function topUps(query: Record<string, string | number | undefined>, signal?: AbortSignal) {
    const data = await get('/api/user/topup', { page_size: 100, ...query }, [404], signal);
    if (!data.ok) return data;
    return parse(Page(TopUp), data.value);
  }

  const getUser = (id: string, signal?: AbortSignal) =>
    readUser((path, signal) => get(path, {}, [], signal), id, signal);

  return {
    console: 'new-api',

    async findOrders(q, signal) {
      const inWindow = (o: GatewayOrder) =>
        (q.userId === undefined || o.userId === q.userId) &&
        (q.from === undefined || o.createdAt >= q.from) &&
        (q.to === undefined || o.createdAt <= q.to);
      const keyword = q.keyword?.replace(/[%_\\\s]/g, '');
      if (q.keyword !== undefined && (keyword ?? '').length < 2)
        return fail('not_supported', 'keyword too short');
      // Newest first, page until the window's start (or maxPages); a keyword narrows every page.
      const found: GatewayOrder[] = [];
      for (let p = 1; p <= maxPages; p++) {
        const page = await topUps({ p, ...(keyword ? { keyword: `%${keyword}` } : {}) }, signal);
        if (!page.ok) return page;
        const orders = page.value.items.map(toOrder);
        found.push(...orders.filter(inWindow));
        const oldest = orders[orders.length - 1];
        if (orders.length < 100 || (q.from !== undefined && oldest && oldest.createdAt < q.from)) {
          return ok(found);
        }
      }
      return ok(truncated(found, maxPages * 100));
    },

    getUser,

    async findCodes(q, signal): Promise<Outcome<GatewayCode[]>> {
      const keyword = q.keyword.trim();
      const t = now();
      const toCode = (r: z.output<typeof Redemption>): GatewayCode => ({
        code: r.key,
        status: redemptionStatus(r.status, r.expired_time, t),
        rawStatus: String(r.status),
        ...(r.quota !== undefined ? { quota: r.quota } : {}),
        // Dollars only where the operator told the client its console's QuotaPerUnit: a guessed default
        // would show support a confident, wrong figure on a console that changed it.
        ...(r.quota !== undefined && opts.quotaPerUnit ? { usd: r.quota / opts.quotaPerUnit } : {}),
        ...(r.used_user_id ? { usedByUserId: String(r.used_user_id) } : {}),
        ...(r.redeemed_time ? { usedAt: r.redeemed_time } : {}),
        ...(r.created_time ? { createdAt: r.created_time } : {}),
        ...(r.expired_time ? { expiresAt: r.expired_time } : {}),
      });
      const match = codeMatcher(keyword, false);
      if (!match) return fail('bad_answer', 'keyword too short');
      // A whole key: the search endpoint finds it directly in builds that match keys.
      if (/^[0-9a-f]{32}$/i.test(keyword.replace(/-/g, ''))) {
        const data = await get('/api/redemption/search', { keyword, p: 1, page_size: 100 }, [], signal);
        if (!data.ok) return data;
        const page = parse(Page(Redemption), data.value);
        if (!page.ok) return page;
        const hits = page.value.items.filter((r) => match(r.key)).map(toCode);
        if (hits.length) return ok(hits);
      }
      const found: GatewayCode[] = [];
      for (let p = 1; p <= maxPages; p++) {
        const data = await get('/api/redemption/', { p, page_size: 100 }, [], signal);
        if (!data.ok) return data;
        const page = parse(Page(Redemption), data.value);
        if (!page.ok) return page;
        found.push(...page.value.items.filter((r) => match(r.key)).map(toCode));
        if (page.value.items.length < 100) break;
      }
      return ok(found);
    },

    async ledger(q, signal): Promise<Outcome<LedgerEntry[]>> {
      // The admin log filters by username, not id.
      const user = await getUser(q.userId, signal);
      if (!user.ok) return user;
      const entries: LedgerEntry[] = [];
      for (let p = 1; p <= maxPages; p++) {
        const data = await get(
          '/api/log/',
          {
            p,
            page_size: 100,
            type: 1,
            username: user.value.username,
            start_timestamp: Math.floor(q.from / 1000),
            end_timestamp: Math.ceil(q.to / 1000),
          },
          [],
          signal,
        );
        if (!data.ok) return data;
        const page = parse(Page(Log), data.value);
        if (!page.ok) return page;
        entries.push(...creditEntries(page.value.items, q.userId, opts.quotaPerUnit));
        if (page.value.items.length < 100) break;
      }
      return ok(entries);
    },

    async completeOrder(tradeNo, signal) {
      const a = await request(opts, urlOf(opts.baseUrl, '/api/user/topup/complete'), {
        method: 'POST',
        headers,
        body: { trade_no: tradeNo },
        pass: [404],
        signal,
      });
      if (isFailure(a)) return a;
      if (a.status === 404) return fail('not_supported', 'HTTP 404');
      const data = envelope(a.json);
      if (!data.ok) return data;
      const msg = parse(z.object({ message: z.string().optional() }).loose(), a.json);
      return ok({ message: msg.ok ? (msg.value.message ?? '') : '' });
    },
  };
}
