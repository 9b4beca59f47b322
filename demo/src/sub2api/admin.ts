// The sub2api-shaped console's admin API for support's reconciliation, in Wei-Shaw/sub2api's shapes:
// - auth (server/middleware/admin_auth.go): `x-api-key: admin-<64 hex>`; none: 401 {code: "UNAUTHORIZED"},
//   wrong: 401 {code: "INVALID_ADMIN_KEY", message: "Invalid admin API key"};
// - `GET /api/v1/admin/payment/orders?page=&page_size=&keyword=&user_id=&status=` (handler/admin/
//   payment_handler.go ListOrders: keyword matches out_trade_no, user email or name, case-insensitively);
// - `GET /api/v1/admin/users/:id`, `GET /api/v1/admin/users/:id/balance-history` (the user's redeemed
//   codes: user_handler.go GetBalanceHistory, with total_recharged);
// - `GET /api/v1/admin/redeem-codes?page=&page_size=&search=&status=` (redeem_handler.go List, `code ILIKE`);
// - `POST /api/v1/admin/payment/orders/:id/retry` (RetryFulfillment: an order with paid_at in PAID, FAILED
//   or RECHARGING is fulfilled through its recharge code and COMPLETED; without paid_at 400 "order is not
//   paid"; idempotent writes take an Idempotency-Key);
// - `POST /api/v1/payment/public/orders/verify {out_trade_no}` (VerifyOrderPublic: the stored state; this
//   console has no provider to ask).
import { Hono, type MiddlewareHandler } from 'hono';
import type { AppEnv, Deps } from '../deps.js';
import { userDto } from './api.js';
import { fail, iso, ok, page, paginated } from './response.js';
import { S2_ADMIN_KEY, s2Fulfil } from './seed.js';

const API = '/api/v1';

type Row = Record<string, string | number | null>;

/** ent's ContainsFold escapes LIKE wildcards: the text matches literally (out_trade_no has underscores). */
const likeEscape = (s: string) => s.replace(/[\\%_]/g, (ch) => `\\${ch}`);

function orderDto(o: Row) {
  return {
    id: o.id,
    user_id: o.user_id,
    user_email: o.email,
    user_name: o.username,
    amount: Number(o.amount),
    pay_amount: Number(o.pay_amount),
    fee_rate: Number(o.fee_rate),
    currency: 'CNY',
    out_trade_no: o.out_trade_no,
    payment_type: o.payment_type,
    order_type: o.order_type,
    status: o.status,
    refund_amount: Number(o.refund_amount),
    ...(o.refund_reason ? { refund_reason: o.refund_reason } : {}),
    expires_at: iso(o.expires_at),
    ...(o.paid_at ? { paid_at: iso(o.paid_at) } : {}),
    ...(o.completed_at ? { completed_at: iso(o.completed_at) } : {}),
    ...(o.recharge_code ? { recharge_code: o.recharge_code } : {}),
    created_at: iso(o.created_at),
    updated_at: iso(o.completed_at ?? o.paid_at ?? o.created_at),
  };
}

function codeDto(r: Row) {
  return {
    id: r.id,
    code: r.code,
    type: r.type,
    value: Number(r.value),
    status: r.status,
    used_by: r.used_by,
    used_at: iso(r.used_at) ?? null,
    notes: r.notes,
    created_at: iso(r.created_at),
    group_id: null,
    validity_days: 0,
  };
}

export function sub2apiAdminApi(deps: Deps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const db = deps.db;

  const adminAuth: MiddlewareHandler<AppEnv> = async (c, next) => {
    const key = c.req.header('x-api-key');
    if (!key) return c.json({ code: 'UNAUTHORIZED', message: 'Authorization required' }, 401);
    if (key !== S2_ADMIN_KEY)
      return c.json({ code: 'INVALID_ADMIN_KEY', message: 'Invalid admin API key' }, 401);
    await next();
  };
  app.use(`${API}/admin/*`, adminAuth);

  app.get(`${API}/admin/payment/orders`, async (c) => {
    const p = page(c);
    const args: unknown[] = [];
    const conds: string[] = [];
    const userId = c.req.query('user_id');
    if (userId && /^\d+$/.test(userId)) {
      args.push(Number(userId));
      conds.push(`o.user_id = $${args.length}`);
    }
    const status = c.req.query('status');
    if (status) {
      args.push(status.toUpperCase());
      conds.push(`o.status = $${args.length}`);
    }
    const keyword = c.req.query('keyword');
    if (keyword) {
      args.push(`%${likeEscape(keyword)}%`);
      const n = args.length;
      conds.push(`(o.out_trade_no ilike $${n} or u.email ilike $${n} or u.username ilike $${n})`);
    }
    const where = conds.length ? conds.join(' and ') : 'true';
    const from = 'from s2_orders o join s2_users u on u.id = o.user_id';
    const total = await db.query<{ n: number }>(`select count(*)::int as n ${from} where ${where}`, args);
    const rows = await db.query<Row>(
      `select o.*, u.email, u.username ${from} where ${where} order by o.created_at desc, o.id desc
       limit ${p.pageSize} offset ${p.offset}`,
      args,
    );
    return ok(c, paginated(rows.rows.map(orderDto), total.rows[0]?.n ?? 0, p));
  });

  app.post(`${API}/admin/payment/orders/:id{[0-9]+}/retry`, async (c) => {
    const id = Number(c.req.param('id'));
    const result = await db.transaction(async (tx) => {
      const o = (await tx.query<Row>('select * from s2_orders where id = $1 for update', [id])).rows[0];
      if (!o) return 'missing';
      if (o.paid_at === null || o.paid_at === undefined) return 'unpaid';
      if (o.status === 'COMPLETED') return 'done';
      if (o.status !== 'PAID' && o.status !== 'FAILED' && o.status !== 'RECHARGING') return 'status';
      await s2Fulfil(
        tx,
        {
          id,
          userId: Number(o.user_id),
          amount: Number(o.amount),
          outTradeNo: String(o.out_trade_no),
        },
        deps.now(),
      );
      return 'done';
    });
    if (result === 'missing') return fail(c, 404, 'order not found', 'NOT_FOUND');
    if (result === 'unpaid') return fail(c, 400, 'order is not paid', 'INVALID_STATUS');
    if (result === 'status') {
      return fail(c, 400, 'only paid, failed, and recoverable recharging orders can retry', 'INVALID_STATUS');
    }
    return ok(c, { message: 'fulfillment retried' });
  });

  app.get(`${API}/admin/users/:id{[0-9]+}`, async (c) => {
    const u = (await db.query('select * from s2_users where id = $1', [Number(c.req.param('id'))])).rows[0];
    if (!u) return fail(c, 404, 'user not found', 'USER_NOT_FOUND');
    return ok(c, userDto(u as Parameters<typeof userDto>[0]));
  });

  app.get(`${API}/admin/users/:id{[0-9]+}/balance-history`, async (c) => {
    const p = page(c);
    const id = Number(c.req.param('id'));
    const total = await db.query<{ n: number; sum: number | null }>(
      `select count(*)::int as n, sum(value) as sum from s2_redeem_codes where used_by = $1 and status = 'used'`,
      [id],
    );
    const rows = await db.query<Row>(
      `select * from s2_redeem_codes where used_by = $1 and status = 'used' order by used_at desc
       limit ${p.pageSize} offset ${p.offset}`,
      [id],
    );
    return ok(c, {
      ...paginated(rows.rows.map(codeDto), total.rows[0]?.n ?? 0, p),
      total_recharged: Number(total.rows[0]?.sum ?? 0),
    });
  });

  app.get(`${API}/admin/redeem-codes`, async (c) => {
    const p = page(c);
    const args: unknown[] = [];
    const conds: string[] = [];
    const search = c.req.query('search');
    if (search) {
      args.push(`%${likeEscape(search)}%`);
      conds.push(`code ilike $${args.length}`);
    }
    const status = c.req.query('status');
    if (status) {
      args.push(status);
      conds.push(`status = $${args.length}`);
    }
    const where = conds.length ? conds.join(' and ') : 'true';
    const total = await db.query<{ n: number }>(
      `select count(*)::int as n from s2_redeem_codes where ${where}`,
      args,
    );
    const rows = await db.query<Row>(
      `select * from s2_redeem_codes where ${where} order by id desc limit ${p.pageSize} offset ${p.offset}`,
      args,
    );
    return ok(c, paginated(rows.rows.map(codeDto), total.rows[0]?.n ?? 0, p));
  });

  app.post(`${API}/payment/public/orders/verify`, async (c) => {
    const body = (await c.req.json().catch(() => null)) as { out_trade_no?: unknown } | null;
    const no = typeof body?.out_trade_no === 'string' ? body.out_trade_no.trim() : '';
    if (!no) return fail(c, 400, 'out_trade_no is required', 'INVALID_OUT_TRADE_NO');
    const o = (await db.query<Row>('select * from s2_orders where out_trade_no = $1', [no])).rows[0];
    if (!o) return fail(c, 404, 'order not found', 'NOT_FOUND');
    return ok(c, verifyDto(o));
  });

  return app;
}

const PAID_STATES = new Set([
  'PAID',
  'COMPLETED',
  'REFUND_REQUESTED',
  'REFUNDING',
  'PARTIALLY_REFUNDED',
  'REFUNDED',
]);

/** payment_handler.go buildPublicOrderVerifyResult. */
export function verifyDto(o: Row) {
  return {
    out_trade_no: o.out_trade_no,
    status: o.status,
    paid: PAID_STATES.has(String(o.status)),
    created_at: iso(o.created_at),
    expires_at: iso(o.expires_at),
    ...(o.paid_at ? { paid_at: iso(o.paid_at) } : {}),
    ...(o.completed_at ? { completed_at: iso(o.completed_at) } : {}),
  };
}
