// sub2api (Wei-Shaw/sub2api) read/write client for support's reconciliation. Checked on builds of 2026-08.
//
// Auth (backend/internal/server/middleware/admin_auth.go): the admin API key in `x-api-key`
// (`admin-<64 hex>`, Settings → Admin API Key); a wrong or missing key is 401 `{code: "INVALID_ADMIN_KEY"}`.
// Answers are `{code: 0, message, data}`; errors `{code: <HTTP status>, message, reason}`
// (internal/pkg/response/response.go); pages `{items, total, page, page_size, pages}`.
//
// Endpoints:
// - `GET /api/v1/admin/payment/orders?page=&page_size=&keyword=&user_id=` (routes/payment.go,
//   handler/admin/payment_handler.go ListOrders): the keyword matches out_trade_no, user email and user name
//   case-insensitively (service AdminListOrders, OutTradeNoContainsFold), so a tail finds its order.
// - `GET /api/v1/admin/users/:id` (routes/admin.go, handler/admin/user_handler.go GetByID).
// - `GET /api/v1/admin/redeem-codes?page=&page_size=&search=` (handler/admin/redeem_handler.go List; the
//   repository matches `code ILIKE %search%`); codes themselves are case-sensitive.
// - `GET /api/v1/admin/users/:id/balance-history?page=&page_size=` (user_handler.go GetBalanceHistory): the
//   user's balance credits as redeem-code records (redeemed codes, admin adjustments).
// - `POST /api/v1/payment/public/orders/verify {out_trade_no}` (payment_handler.go VerifyOrderPublic): the
//   anonymous "did it get paid?" of the result page. In some builds the service asks the payment provider
//   and fulfils a paid order (service VerifyOrderPublic -> checkPaid: a side effect, so only on support's
//   explicit click); in others it answers the stored state. The signed-in `POST /api/v1/payment/orders/verify`
//   answers 403 "no permission for this order" to anyone but the owner, so support cannot use it.
// - `POST /api/v1/admin/payment/orders/:id/retry` (payment_handler.go RetryFulfillment): fulfils a PAID
//   order again (the provider confirmed it, the balance never went up); sent with an Idempotency-Key.
import * as z from 'zod';
import { consoleText, fail, type HttpOptions, isFailure, ok, parse, request, toMs, urlOf } from '../http.js';
import type {
  GatewayClient,
  GatewayCode,
  GatewayOrder,
  GatewayUser,
  LedgerEntry,
  Outcome,
} from '../types.js';
import { codeMatcher, Id, truncated } from './common.js';

export interface Sub2apiOptions extends HttpOptions {
  /** The admin API key (admin-<64 hex>). Stays in the intake's environment. */
  adminApiKey: string;
  /** Pages of 100 read at most when a lookup must scan; default 5. */
  maxPages?: number;
}

const Ok = z.object({ code: z.literal(0), message: z.string().optional(), data: z.unknown().optional() });
const ErrorAnswer = z.object({
  code: z.union([z.number(), z.string()]),
  message: z.string().optional(),
  reason: z.string().optional(),
});
const Page = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z
      .array(item)
      .nullable()
      .transform((v) => v ?? []),
    total: z.number().optional(),
  });
const Time = z.string().nullish();

const Order = z.object({
  id: z.number(),
  user_id: Id,
  user_name: z.string().optional(),
  amount: z.number(),
  pay_amount: z.number().optional(),
  currency: z.string().optional(),
  out_trade_no: z.string().min(1),
  payment_type: z.string().optional(),
  status: z.string(),
  created_at: z.string(),
  paid_at: Time,
  completed_at: Time,
  // The redeem code the order credits through (service ExecuteBalanceFulfillment -> doBalance creates a
  // `balance` code of this key and redeems it for the owner): how its balance-history row is recognised.
  recharge_code: z.string().optional(),
});

const User = z.object({ id: Id, username: z.string(), email: z.string().optional() });

const Code = z.object({
  code: z.string().min(1),
  type: z.string().optional(),
  value: z.number().optional(),
  status: z.string(),
  used_by: z.number().nullish(),
  used_at: Time,
  created_at: Time,
  expires_at: Time,
  notes: z.string().optional(),
});

const ORDER_STATUS: Record<string, GatewayOrder['status']> = {
  PENDING: 'pending',
  // Paid at the provider, balance not yet credited: still pending from the user's side (paid_at is kept
  // as GatewayOrder.paidAt: the admin retry needs it).
  PAID: 'pending',
  RECHARGING: 'pending',
  COMPLETED: 'success',
  FAILED: 'failed',
  EXPIRED: 'expired',
  CANCELLED: 'expired',
};

const CODE_STATUS: Record<string, GatewayCode['status']> = {
  unused: 'unused',
  used: 'used',
  expired: 'expired',
  disabled: 'disabled',
};

/** sub2api's payment_type names the method (alipay, wxpay, stripe) or the epay-compatible provider
 *  (easypay); the platform family a query can ask. */
function providerOf(type: string | undefined): string | undefined {
  if (!type) return undefined;
  const t = type.toLowerCase();
  if (t.startsWith('stripe')) return 'stripe';
  if (t.startsWith('easypay') || t.startsWith('epay')) return 'epay';
  return undefined;
}

export function toOrder(o: z.output<typeof Order>): GatewayOrder {
  const completed = toMs(o.completed_at);
  const paid = toMs(o.paid_at);
  const provider = providerOf(o.payment_type);
  return {
    tradeNo: o.out_trade_no,
    userId: o.user_id,
    ...(o.user_name ? { username: o.user_name } : {}),
    amount: o.amount,
    ...(o.pay_amount !== undefined ? { money: o.pay_amount } : {}),
    ...(o.currency ? { currency: o.currency } : {}),
    ...(o.payment_type ? { method: o.payment_type } : {}),
    ...(provider ? { provider } : {}),
    status: ORDER_STATUS[o.status] ?? 'other',
    rawStatus: o.status,
    createdAt: toMs(o.created_at) ?? 0,
    ...(paid ? { paidAt: paid } : {}),
    ...(completed ? { completedAt: completed } : {}),
    ...(o.recharge_code ? { creditRef: o.recharge_code } : {}),
  };
}

export function sub2apiClient(opts: Sub2apiOptions): GatewayClient {
  const headers = { 'x-api-key': opts.adminApiKey };
  const maxPages = opts.maxPages ?? 5;

  async function call(
    path: string,
    query: Record<string, string | number | undefined> = {},
    init: {
      method?: 'GET' | 'POST';
      body?: unknown;
      headers?: Record<string, string>;
      signal?: AbortSignal | undefined;
    } = {},
  ): Promise<Outcome<unknown>> {
    const a = await request(opts, urlOf(opts.baseUrl, path, query), {
      ...init,
      headers: { ...headers, ...init.headers },
      pass: [400, 404, 409],
    });
    if (isFailure(a)) return a;
    if (a.status >= 400) {
      const e = ErrorAnswer.safeParse(a.json);
      const reason = e.success ? (e.data.reason ?? '') : '';
      const msg = e.success ? consoleText(e.data.message) : '';
      if (a.status === 404 && !reason) return fail('not_supported', 'HTTP 404');
      return fail('bad_answer', `refused: ${[reason, msg].filter(Boolean).join(' ')}`.trim());
    }
    const body = parse(Ok, a.json);
    return body.ok ? ok(body.value.data) : body;
  }

  async function orders(query: Record<string, string | number | undefined>, signal?: AbortSignal) {
    const data = await call('/api/v1/admin/payment/orders', { page_size: 100, ...query }, { signal });
    if (!data.ok) return data;
    const page = parse(Page(Order), data.value);
    return page.ok ? ok(page.value.items) : page;
  }

  async function findOrders(
    q: { keyword?: string; userId?: string; from?: number; to?: number },
    signal?: AbortSignal,
  ) {
    const inWindow = (o: GatewayOrder) =>
      (q.userId === undefined || o.userId === q.userId) &&
      (q.from === undefined || o.createdAt >= q.from) &&
      (q.to === undefined || o.createdAt <= q.to);
    const found: GatewayOrder[] = [];
    for (let p = 1; p <= maxPages; p++) {
      const page = await orders(
        {
          page: p,
          ...(q.keyword ? { keyword: q.keyword.trim() } : {}),
          ...(q.userId ? { user_id: q.userId } : {}),
        },
        signal,
      );
      if (!page.ok) return page;
      const list = page.value.map(toOrder);
      found.push(...list.filter(inWindow));
      const oldest = list[list.length - 1];
      if (list.length < 100 || (q.from !== undefined && oldest && oldest.createdAt < q.from)) {
        return ok(found);
      }
    }
    return ok(truncated(found, maxPages * 100));
  }

  async function orderByTradeNo(
    tradeNo: string,
    signal?: AbortSignal,
  ): Promise<Outcome<z.output<typeof Order>>> {
    const page = await orders({ page: 1, keyword: tradeNo }, signal);
    if (!page.ok) return page;
    const hit = page.value.find((o) => o.out_trade_no === tradeNo);
    return hit ? ok(hit) : fail('bad_answer', 'order not found');
  }

  return {
    console: 'sub2api',
    // RetryFulfillment (service/payment_fulfillment.go) refuses an order without PaidAt ("order is not paid").
    completeNeedsPaid: true,
    findOrders,

    async getUser(id, signal): Promise<Outcome<GatewayUser>> {
      if (!/^\d+$/.test(id)) return fail('bad_answer', 'user id is not a number');
      const data = await call(`/api/v1/admin/users/${id}`, {}, { signal });
      if (!data.ok) return data;
      const u = parse(User, data.value);
      if (!u.ok) return u;
      return ok({
        id: u.value.id,
        username: u.value.username,
        ...(u.value.email ? { email: u.value.email } : {}),
      });
    },

    async findCodes(q, signal): Promise<Outcome<GatewayCode[]>> {
      const match = codeMatcher(q.keyword, true);
      if (!match) return fail('bad_answer', 'keyword too short');
      // Search by the longest known run (the tail of a masked code); the matcher checks head and tail.
      const parts = q.keyword.trim().split(/…|\.{3}|\*{2,}/);
      const search = parts[parts.length - 1] ?? '';
      const found: GatewayCode[] = [];
      for (let p = 1; p <= maxPages; p++) {
        const data = await call(
          '/api/v1/admin/redeem-codes',
          { page: p, page_size: 100, search },
          { signal },
        );
        if (!data.ok) return data;
        const page = parse(Page(Code), data.value);
        if (!page.ok) return page;
        for (const c of page.value.items) {
          if (!match(c.code)) continue;
          const usedAt = toMs(c.used_at);
          const createdAt = toMs(c.created_at);
          const expiresAt = toMs(c.expires_at);
          found.push({
            code: c.code,
            status: CODE_STATUS[c.status] ?? 'other',
            rawStatus: c.status,
            ...(c.value !== undefined ? { quota: c.value, usd: c.value } : {}),
            ...(c.used_by ? { usedByUserId: String(c.used_by) } : {}),
            ...(usedAt ? { usedAt } : {}),
            ...(createdAt ? { createdAt } : {}),
            ...(expiresAt ? { expiresAt } : {}),
          });
        }
        if (page.value.items.length < 100) break;
      }
      return ok(found);
    },

    async ledger(q, signal): Promise<Outcome<LedgerEntry[]>> {
      if (!/^\d+$/.test(q.userId)) return fail('bad_answer', 'user id is not a number');
      const orderCodes = new Set(q.refs ?? []);
      const entries: LedgerEntry[] = [];
      for (let p = 1; p <= maxPages; p++) {
        const data = await call(
          `/api/v1/admin/users/${q.userId}/balance-history`,
          { page: p, page_size: 100 },
          { signal },
        );
        if (!data.ok) return data;
        const page = parse(Page(Code), data.value);
        if (!page.ok) return page;
        for (const c of page.value.items) {
          const at = toMs(c.used_at);
          if (!at || at < q.from || at > q.to) continue;
          const type = c.type ?? 'balance';
          entries.push({
            userId: q.userId,
            at,
            amount: c.value ?? 0,
            // A payment order credits through a `balance` code of its own (its recharge_code, created and
            // redeemed by the fulfilment, no admin note): a top-up when it is an order's. Without the order's
            // key (builds that omit recharge_code) the matcher compares amount and time instead (mayBeOrder).
            kind: type !== 'balance' ? 'other' : orderCodes.has(c.code) ? 'topup' : 'redeem',
            // Never the code itself in the text: its type and the (shortened) admin note.
            text: [type, consoleText(c.notes)].filter(Boolean).join(' '),
            ...(type === 'balance' && !orderCodes.has(c.code) ? { mayBeOrder: true } : {}),
          });
        }
        if (page.value.items.length < 100) break;
      }
      return ok(entries);
    },

    async verifyOrder(tradeNo, signal): Promise<Outcome<GatewayOrder>> {
      const v = await call(
        '/api/v1/payment/public/orders/verify',
        {},
        { method: 'POST', body: { out_trade_no: tradeNo }, signal },
      );
      if (!v.ok) return v;
      const o = await orderByTradeNo(tradeNo, signal);
      return o.ok ? ok(toOrder(o.value)) : o;
    },

    async completeOrder(tradeNo, signal) {
      const o = await orderByTradeNo(tradeNo, signal);
      if (!o.ok) return o;
      const r = await call(
        `/api/v1/admin/payment/orders/${o.value.id}/retry`,
        {},
        {
          method: 'POST',
          body: {},
          headers: { 'Idempotency-Key': `topup-doctor-retry-${o.value.id}` },
          signal,
        },
      );
      if (!r.ok) return r;
      const m = z.object({ message: z.string() }).safeParse(r.value);
      return ok({ message: m.success ? m.data.message : '' });
    },
  };
}
