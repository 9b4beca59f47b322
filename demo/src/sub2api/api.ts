// The JSON API of the sub2api-shaped console, in Wei-Shaw/sub2api's shapes:
// - every answer `{code, message, data}`, code 0 on success (backend/internal/pkg/response/response.go);
//   service errors `{code: <HTTP status>, message, reason: 'REDEEM_CODE_USED', ...}` (ErrorFrom);
//   the JWT middleware's refusals `{code: 'UNAUTHORIZED', message}` with 401 (server/middleware).
// - login `POST /api/v1/auth/login {email, password}` -> {access_token, token_type, user}; the page keeps
//   localStorage.auth_token and auth_user (frontend/src/stores/auth.ts).
// - `GET /api/v1/user/profile`, `GET /api/v1/keys`, `GET /api/v1/payment/orders/my` (paginated
//   {items,total,page,page_size,pages}), `POST /api/v1/payment/orders`, `POST /api/v1/redeem {code}`,
//   `GET /api/v1/redeem/history` (a bare array, handler/redeem_handler.go GetHistory).
// - redeem (service/redeem_service.go + domain redeem errors): 20 failed attempts in an hour answer
//   429 REDEEM_RATE_LIMITED; a code another request is processing answers 409 REDEEM_CODE_LOCKED; unknown
//   404 REDEEM_CODE_NOT_FOUND; used 409 REDEEM_CODE_USED; expired 409 REDEEM_CODE_EXPIRED. Codes match
//   case-sensitively.
import { randomBytes } from 'node:crypto';
import { type Context, Hono, type MiddlewareHandler } from 'hono';
import type { AppEnv, Deps } from '../deps.js';
import { verifyDto } from './admin.js';
import { fail, iso, ok, page, paginated } from './response.js';
import { S2_RATE, s2TradeNo } from './seed.js';

const API = '/api/v1';
export const REDEEM_MAX_ERRORS_PER_HOUR = 20;
const HOUR = 3_600_000;

interface UserRow {
  id: number;
  email: string;
  username: string;
  password: string;
  role: string;
  balance: number;
  concurrency: number;
  status: string;
  created_at: string;
}

export function userDto(u: UserRow) {
  return {
    id: u.id,
    email: u.email,
    username: u.username,
    wechat: '',
    notes: '',
    role: u.role,
    balance: Math.round(Number(u.balance) * 100) / 100,
    concurrency: u.concurrency,
    status: u.status,
    allowed_groups: null,
    created_at: iso(u.created_at),
    updated_at: iso(u.created_at),
  };
}

export function sub2apiApi(deps: Deps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const db = deps.db;

  const auth: MiddlewareHandler<AppEnv> = async (c, next) => {
    const header = c.req.header('Authorization');
    if (!header) return c.json({ code: 'UNAUTHORIZED', message: 'Authorization header is required' }, 401);
    const m = /^Bearer\s+(\S*)$/.exec(header);
    if (!m)
      return c.json(
        { code: 'INVALID_AUTH_HEADER', message: "Authorization header format must be 'Bearer {token}'" },
        401,
      );
    if (!m[1]) return c.json({ code: 'EMPTY_TOKEN', message: 'Token cannot be empty' }, 401);
    const s = await db.query<{ user_id: number }>('select user_id from s2_sessions where token = $1', [m[1]]);
    const id = s.rows[0]?.user_id;
    if (id === undefined) return c.json({ code: 'INVALID_TOKEN', message: 'Invalid token' }, 401);
    c.set('userId', id);
    await next();
  };

  const me = async (c: Context<AppEnv>) =>
    (await db.query<UserRow>('select * from s2_users where id = $1', [c.get('userId')])).rows[0];

  app.post(`${API}/auth/login`, async (c) => {
    const body = (await c.req.json().catch(() => null)) as { email?: unknown; password?: unknown } | null;
    const email = typeof body?.email === 'string' ? body.email.trim() : '';
    const password = typeof body?.password === 'string' ? body.password : '';
    if (!email || !password) return fail(c, 400, 'Invalid request: email and password are required');
    const u = (await db.query<UserRow>('select * from s2_users where email = $1', [email])).rows[0];
    if (!u || u.password !== password)
      return fail(c, 401, 'invalid email or password', 'INVALID_CREDENTIALS');
    const token = randomBytes(32).toString('hex');
    await db.query('insert into s2_sessions (token, user_id, created_at) values ($1,$2,$3)', [
      token,
      u.id,
      deps.now(),
    ]);
    return ok(c, { access_token: token, token_type: 'Bearer', user: userDto(u) });
  });

  app.post(`${API}/auth/logout`, auth, async (c) => {
    const token = /^Bearer\s+(\S+)$/.exec(c.req.header('Authorization') ?? '')?.[1];
    await db.query('delete from s2_sessions where token = $1', [token]);
    return ok(c, null);
  });

  const profile = async (c: Context<AppEnv>) => {
    const u = await me(c);
    return u ? ok(c, userDto(u)) : c.json({ code: 'USER_NOT_FOUND', message: 'User not found' }, 401);
  };
  app.get(`${API}/auth/me`, auth, profile);
  app.get(`${API}/user/profile`, auth, profile);

  app.get(`${API}/keys`, auth, async (c) => {
    const p = page(c);
    const rows = await db.query<{
      id: number;
      user_id: number;
      key: string;
      name: string;
      status: string;
      created_at: string;
    }>('select * from s2_keys where user_id = $1 order by id desc limit $2 offset $3', [
      c.get('userId'),
      p.pageSize,
      (p.page - 1) * p.pageSize,
    ]);
    const total = await db.query<{ n: number }>('select count(*)::int as n from s2_keys where user_id = $1', [
      c.get('userId'),
    ]);
    // sub2api answers its owner the whole key (the page masks it); the widget keeps first 6 + last 4.
    const items = rows.rows.map((k) => ({
      id: k.id,
      user_id: k.user_id,
      key: k.key,
      name: k.name,
      group_id: 1,
      status: k.status,
      ip_whitelist: [],
      ip_blacklist: [],
      created_at: iso(k.created_at),
      updated_at: iso(k.created_at),
      group: {
        id: 1,
        name: 'default',
        platform: 'anthropic',
        rate_multiplier: 1,
        is_exclusive: false,
        status: 'active',
      },
    }));
    return ok(c, paginated(items, total.rows[0]?.n ?? 0, p));
  });

  app.get(`${API}/payment/orders/my`, auth, async (c) => {
    const p = page(c);
    const status = c.req.query('status');
    const args: unknown[] = [c.get('userId')];
    let where = 'user_id = $1';
    if (status) {
      args.push(status.toUpperCase());
      where += ` and status = $${args.length}`;
    }
    const total = await db.query<{ n: number }>(
      `select count(*)::int as n from s2_orders where ${where}`,
      args,
    );
    const rows = await db.query<Record<string, string | number | null>>(
      `select * from s2_orders where ${where} order by created_at desc, id desc limit ${p.pageSize} offset ${(p.page - 1) * p.pageSize}`,
      args,
    );
    const items = rows.rows.map((o) => ({
      id: o.id,
      user_id: o.user_id,
      amount: Number(o.amount),
      pay_amount: Number(o.pay_amount),
      fee_rate: Number(o.fee_rate),
      payment_type: o.payment_type,
      out_trade_no: o.out_trade_no,
      status: o.status,
      order_type: o.order_type,
      created_at: iso(o.created_at),
      expires_at: iso(o.expires_at),
      ...(o.paid_at ? { paid_at: iso(o.paid_at) } : {}),
      ...(o.completed_at ? { completed_at: iso(o.completed_at) } : {}),
      refund_amount: Number(o.refund_amount),
      ...(o.refund_reason ? { refund_reason: o.refund_reason } : {}),
    }));
    return ok(c, paginated(items, total.rows[0]?.n ?? 0, p));
  });

  // payment_handler.go VerifyOrder: the signed-in owner asks again whether the order was paid; anyone else
  // is refused (service VerifyOrderByOutTradeNo). This console has no provider to ask: the stored state.
  app.post(`${API}/payment/orders/verify`, auth, async (c) => {
    const body = (await c.req.json().catch(() => null)) as { out_trade_no?: unknown } | null;
    const no = typeof body?.out_trade_no === 'string' ? body.out_trade_no.trim() : '';
    if (!no) return fail(c, 400, 'out_trade_no is required', 'INVALID_OUT_TRADE_NO');
    const o = (
      await db.query<Record<string, string | number | null>>(
        'select * from s2_orders where out_trade_no = $1',
        [no],
      )
    ).rows[0];
    if (!o) return fail(c, 404, 'order not found', 'NOT_FOUND');
    if (Number(o.user_id) !== c.get('userId'))
      return fail(c, 403, 'no permission for this order', 'FORBIDDEN');
    return ok(c, verifyDto(o));
  });

  // Creates a PENDING order. The demo has no payment provider for this console: orders stay pending
  // until they expire (scenarios on /demo set up paid, completed and refunded ones).
  app.post(`${API}/payment/orders`, auth, async (c) => {
    const body = (await c.req.json().catch(() => null)) as {
      amount?: unknown;
      payment_type?: unknown;
    } | null;
    const amount = Number(body?.amount);
    const type = typeof body?.payment_type === 'string' ? body.payment_type : '';
    if (!(amount >= 1 && amount <= 1000)) return fail(c, 400, 'amount out of range', 'INVALID_AMOUNT');
    if (!['alipay', 'wxpay', 'stripe'].includes(type))
      return fail(c, 400, 'payment type not available', 'PAYMENT_TYPE_UNAVAILABLE');
    const now = deps.now();
    const outTradeNo = s2TradeNo(`${c.get('userId')}:${now}:${randomBytes(4).toString('hex')}`, now);
    const payAmount = Math.round(amount * S2_RATE * 100) / 100;
    const res = await db.query<{ id: number }>(
      `insert into s2_orders (user_id, amount, pay_amount, payment_type, out_trade_no, status, created_at, expires_at)
       values ($1,$2,$3,$4,$5,'PENDING',$6,$7) returning id`,
      [c.get('userId'), amount, payAmount, type, outTradeNo, now, now + 30 * 60_000],
    );
    return ok(c, { order_id: res.rows[0]?.id, pay_amount: payAmount, expires_at: iso(now + 30 * 60_000) });
  });

  app.post(`${API}/redeem`, auth, async (c) => {
    const body = (await c.req.json().catch(() => null)) as { code?: unknown } | null;
    const code = typeof body?.code === 'string' ? body.code : '';
    if (!code)
      return fail(
        c,
        400,
        "Invalid request: Key: 'RedeemRequest.Code' Error:Field validation for 'Code' failed on the 'required' tag",
      );
    const userId = c.get('userId');
    const now = deps.now();
    const failures = await db.query<{ n: number }>(
      'select count(*)::int as n from s2_redeem_failures where user_id = $1 and at > $2',
      [userId, now - HOUR],
    );
    if ((failures.rows[0]?.n ?? 0) >= REDEEM_MAX_ERRORS_PER_HOUR)
      return fail(c, 429, 'too many failed attempts, please try again later', 'REDEEM_RATE_LIMITED');
    const failed = async () =>
      db.query('insert into s2_redeem_failures (user_id, at) values ($1,$2)', [userId, now]);
    const row = (
      await db.query<{
        id: number;
        code: string;
        type: string;
        value: number;
        status: string;
        expires_at: string | null;
        processing_until: string;
        notes: string;
        created_at: string;
      }>('select * from s2_redeem_codes where code = $1', [code])
    ).rows[0];
    if (row && Number(row.processing_until) > now)
      return fail(c, 409, 'redeem code is being processed, please try again', 'REDEEM_CODE_LOCKED');
    if (!row) {
      await failed();
      return fail(c, 404, 'redeem code not found', 'REDEEM_CODE_NOT_FOUND');
    }
    if (row.status === 'used') {
      await failed();
      return fail(c, 409, 'redeem code already used', 'REDEEM_CODE_USED');
    }
    if (row.status === 'expired' || (row.expires_at !== null && Number(row.expires_at) <= now)) {
      await failed();
      return fail(c, 409, 'redeem code expired', 'REDEEM_CODE_EXPIRED');
    }
    await db.transaction(async (tx) => {
      await tx.query(`update s2_redeem_codes set status = 'used', used_by = $2, used_at = $3 where id = $1`, [
        row.id,
        userId,
        now,
      ]);
      await tx.query('update s2_users set balance = balance + $2 where id = $1', [userId, row.value]);
    });
    return ok(c, {
      id: row.id,
      code: row.code,
      type: row.type,
      value: Number(row.value),
      status: 'used',
      used_by: userId,
      used_at: iso(now),
      notes: row.notes,
      created_at: iso(row.created_at),
      group_id: null,
      validity_days: 0,
    });
  });

  app.get(`${API}/redeem/history`, auth, async (c) => {
    const rows = await db.query<Record<string, string | number | null>>(
      `select * from s2_redeem_codes where used_by = $1 order by used_at desc limit 25`,
      [c.get('userId')],
    );
    return ok(
      c,
      rows.rows.map((r) => ({
        id: r.id,
        code: r.code,
        type: r.type,
        value: Number(r.value),
        status: r.status,
        used_by: r.used_by,
        used_at: iso(r.used_at),
        notes: r.notes,
        created_at: iso(r.created_at),
        group_id: null,
        validity_days: 0,
      })),
    );
  });

  app.all(`${API}/*`, (c) => fail(c, 404, 'not found'));
  return app;
}
