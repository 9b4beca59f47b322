// The sub2api-shaped console answers sub2api's shapes: `{code, message, data}`, service errors with the
// HTTP status as code and a reason, the JWT middleware's string codes, redeem errors in sub2api's order.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type Harness, startTestDemo } from '../testing.js';
import { REDEEM_MAX_ERRORS_PER_HOUR } from './api.js';
import { s2Code } from './seed.js';

let h: Harness;
const base = () => h.demo.sub2apiOrigin;

async function call(path: string, init: { method?: string; token?: string; json?: unknown } = {}) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (init.token !== undefined) headers.Authorization = `Bearer ${init.token}`;
  const res = await fetch(`${base()}/api/v1${path}`, {
    method: init.method ?? (init.json === undefined ? 'GET' : 'POST'),
    headers,
    body: init.json === undefined ? undefined : JSON.stringify(init.json),
  });
  // biome-ignore lint/suspicious/noExplicitAny: answers are checked field by field.
  return { status: res.status, body: (await res.json()) as any };
}

async function login(email: string, password: string): Promise<string> {
  const r = await call('/auth/login', { json: { email, password } });
  expect(r.status).toBe(200);
  return r.body.data.access_token;
}

beforeAll(async () => {
  h = await startTestDemo();
}, 60_000);
afterAll(async () => {
  await h?.close();
});

describe('auth (handler/auth_handler.go, middleware/jwt_auth.go)', () => {
  test('login answers {access_token, token_type, user} in the {code:0} envelope', async () => {
    const r = await call('/auth/login', { json: { email: 'alice@example.com', password: 'alice123' } });
    expect(r.body).toMatchObject({
      code: 0,
      message: 'success',
      data: {
        token_type: 'Bearer',
        user: { id: 1, email: 'alice@example.com', username: 'alice', status: 'active' },
      },
    });
    expect(r.body.data.access_token).toMatch(/^[0-9a-f]{64}$/);
  });
  test('refusals: wrong password, no header, unknown token', async () => {
    expect(await call('/auth/login', { json: { email: 'alice@example.com', password: 'x' } })).toEqual({
      status: 401,
      body: { code: 401, message: 'invalid email or password', reason: 'INVALID_CREDENTIALS' },
    });
    expect(await call('/user/profile')).toEqual({
      status: 401,
      body: { code: 'UNAUTHORIZED', message: 'Authorization header is required' },
    });
    expect((await call('/user/profile', { token: 'nope' })).body.code).toBe('INVALID_TOKEN');
  });
});

describe('profile, keys and orders', () => {
  test('profile carries the balance in USD; orders are paginated with sub2api field names', async () => {
    const token = await login('alice@example.com', 'alice123');
    const me = await call('/user/profile', { token });
    expect(me.body.data).toMatchObject({ id: 1, username: 'alice', role: 'user' });
    expect(typeof me.body.data.balance).toBe('number');
    const orders = await call('/payment/orders/my?page=1&page_size=20', { token });
    expect(orders.body.data).toMatchObject({ page: 1, page_size: 20, pages: 1 });
    expect(orders.body.data.items[0]).toMatchObject({
      user_id: 1,
      amount: 20,
      pay_amount: 144,
      payment_type: 'alipay',
      status: 'COMPLETED',
      order_type: 'balance',
    });
    expect(orders.body.data.items[0].out_trade_no).toMatch(/^sub2_\d{8}[A-Z0-9]{8}$/);
    const created = await call('/payment/orders', {
      token,
      json: { amount: 5, payment_type: 'wxpay', order_type: 'balance' },
    });
    expect(created.body.data).toMatchObject({ pay_amount: 36 });
    const pending = await call('/payment/orders/my?status=PENDING', { token });
    expect(pending.body.data.items.map((o: { status: string }) => o.status)).toEqual(['PENDING']);
    const keys = await call('/keys?page=1&page_size=20', { token });
    expect(keys.body.data.items[0].key).toMatch(/^sk-[A-Za-z0-9]{48}$/);
  });
});

describe('redeem (service/redeem_service.go)', () => {
  test('unknown, used, expired, then success once; the history is a bare array', async () => {
    const token = await login('carol@example.com', 'carol123');
    const redeem = (code: string) => call('/redeem', { token, json: { code } });
    expect(await redeem('AAAAAAAA-BBBBBBBB-CCCCCCCC-DDDDDDDD')).toEqual({
      status: 404,
      body: { code: 404, message: 'redeem code not found', reason: 'REDEEM_CODE_NOT_FOUND' },
    });
    expect((await redeem(s2Code('used_other'))).body).toEqual({
      code: 409,
      message: 'redeem code already used',
      reason: 'REDEEM_CODE_USED',
    });
    expect((await redeem(s2Code('expired'))).body.reason).toBe('REDEEM_CODE_EXPIRED');
    // Case-sensitive: the right code in lower case is not found.
    expect((await redeem(s2Code('unused').toLowerCase())).body.reason).toBe('REDEEM_CODE_NOT_FOUND');
    const ok = await redeem(s2Code('unused'));
    expect(ok.body).toMatchObject({
      code: 0,
      data: { type: 'balance', value: 10, status: 'used', used_by: 3 },
    });
    const history = await call('/redeem/history', { token });
    expect(Array.isArray(history.body.data)).toBe(true);
    expect(history.body.data[0]).toMatchObject({ value: 10, status: 'used' });
  });
  test(`${REDEEM_MAX_ERRORS_PER_HOUR} failures in an hour: REDEEM_RATE_LIMITED (429), even for a good code`, async () => {
    const token = await login('bob@example.com', 'bob12345');
    for (let i = 0; i < REDEEM_MAX_ERRORS_PER_HOUR; i++)
      expect((await call('/redeem', { token, json: { code: `WRONG-${i}` } })).status).toBe(404);
    expect(await call('/redeem', { token, json: { code: s2Code('unused') } })).toEqual({
      status: 429,
      body: {
        code: 429,
        message: 'too many failed attempts, please try again later',
        reason: 'REDEEM_RATE_LIMITED',
      },
    });
    h.clock.now += 61 * 60_000; // an hour later the count has expired
    expect((await call('/redeem', { token, json: { code: 'WRONG-again' } })).status).toBe(404);
  });
});

describe('pages', () => {
  test('/purchase, /orders, /redeem embed the widget for the sub2api preset under the CSP', async () => {
    for (const page of ['purchase', 'orders', 'redeem']) {
      const res = await fetch(`${base()}/${page}?lang=en`);
      expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
      const html = await res.text();
      expect(html).toContain('data-console="sub2api"');
      expect(html).toContain('data-webhook="/api/tickets"');
      expect(html).not.toMatch(/<script>(?!<)/);
    }
  });
});
