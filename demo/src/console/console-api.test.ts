// The imitated new-api generation-A surface: auth texts, wallet, redeem in every state, pay, log, keys.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { QUOTA_PER_UNIT } from '../config.js';
import { demoCode } from '../seed.js';
import { Client, createOrder, type Harness, startTestDemo } from '../testing.js';

let h: Harness;
const client = () => new Client(() => h.demo.origin);

beforeAll(async () => {
  h = await startTestDemo();
}, 60_000);
afterAll(async () => {
  await h?.close();
});

describe('login and the New-Api-User check (middleware/auth.go)', () => {
  test('login answers the localStorage.user shape and sets an HttpOnly session cookie', async () => {
    const c = client();
    const res = await c.request('/api/user/login', {
      method: 'POST',
      json: { username: 'bob', password: 'bob12345' },
    });
    expect(res.headers.get('set-cookie')).toMatch(/^session=[0-9a-f]{48}; .*HttpOnly/i);
    expect(await res.json()).toEqual({
      success: true,
      message: '',
      data: { id: 2, username: 'bob', display_name: '鲍勃', role: 1, status: 1, group: 'default' },
    });
  });

  test('a wrong password is refused with new-api text', async () => {
    const res = await client().json('/api/user/login', {
      method: 'POST',
      json: { username: 'bob', password: 'x' },
    });
    expect(res).toEqual({ success: false, message: '用户名或密码错误，或用户已被封禁' });
  });

  test('every auth failure answers 401 with the exact text', async () => {
    const anon = client();
    let res = await anon.request('/api/user/self', { userHeader: '1' });
    expect(res.status).toBe(401);
    expect((await res.json()).message).toBe('无权进行此操作，未登录且未提供 access token');
    const c = client();
    await c.login('alice', 'alice123');
    res = await c.request('/api/user/self', { userHeader: null });
    expect([res.status, (await res.json()).message]).toEqual([401, '无权进行此操作，未提供 New-Api-User']);
    res = await c.request('/api/user/self', { userHeader: 'abc' });
    expect([res.status, (await res.json()).message]).toEqual([401, '无权进行此操作，New-Api-User 格式错误']);
    res = await c.request('/api/user/self', { userHeader: '2' });
    expect([res.status, (await res.json()).message]).toEqual([
      401,
      '无权进行此操作，New-Api-User 与登录用户不匹配',
    ]);
  });

  test('switching the session (another tab logged in as bob) makes the old header a mismatch', async () => {
    const c = client();
    await c.login('alice', 'alice123');
    expect((await c.json('/demo/switch-session', { method: 'POST', json: { userId: 2 } })).success).toBe(
      true,
    );
    const res = await c.request('/api/user/self');
    expect([res.status, (await res.json()).message]).toEqual([
      401,
      '无权进行此操作，New-Api-User 与登录用户不匹配',
    ]);
    expect((await c.json('/api/user/self', { userHeader: '2' })).data.username).toBe('bob');
  });

  test('logout ends the session', async () => {
    const c = client();
    await c.login('carol', 'carol123');
    await c.request('/api/user/logout');
    expect((await c.request('/api/user/self')).status).toBe(401);
  });
});

describe('status, self and top-up info', () => {
  test('/api/status carries quota_per_unit and display settings', async () => {
    const res = await client().json('/api/status');
    expect(res.success).toBe(true);
    expect(res.data).toMatchObject({
      quota_per_unit: 500000,
      display_in_currency: true,
      quota_display_type: 'USD',
    });
    expect(res.data.server_address).toBe(h.demo.origin);
  });

  test('/api/user/self answers new-api field names', async () => {
    const c = client();
    await c.login('alice', 'alice123');
    const res = await c.json('/api/user/self');
    expect(res.data).toMatchObject({
      id: 1,
      username: 'alice',
      email: 'alice@example.com',
      group: 'default',
    });
    expect(typeof res.data.quota).toBe('number');
    expect(typeof res.data.used_quota).toBe('number');
    expect(res.data).not.toHaveProperty('password');
  });

  test('/api/user/topup/info lists the epay methods', async () => {
    const c = client();
    await c.login('alice', 'alice123');
    const res = await c.json('/api/user/topup/info');
    expect(res.data.enable_online_topup).toBe(true);
    expect(res.data.pay_methods.map((m: { type: string }) => m.type)).toEqual(['alipay', 'wxpay']);
  });
});

describe('redeem (POST /api/user/topup) in every code state', () => {
  const redeem = async (c: Client, key: string) =>
    c.json('/api/user/topup', { method: 'POST', json: { key } });
  const quota = async (c: Client) => (await c.json('/api/user/self')).data.quota as number;

  test('an unused code credits once and writes the type-1 ledger text', async () => {
    const c = client();
    await c.login('bob', 'bob12345');
    const before = await quota(c);
    expect(await redeem(c, demoCode('unused'))).toEqual({
      success: true,
      message: '',
      data: 10 * QUOTA_PER_UNIT,
    });
    expect((await quota(c)) - before).toBe(10 * QUOTA_PER_UNIT);
    const log = await c.json('/api/log/self?type=1&p=0&page_size=5');
    expect(log.data.items[0].content).toMatch(/^通过兑换码充值 ＄10\.000000 额度，兑换码ID \d+$/);
    expect(log.data.items[0].type).toBe(1);
    // The same code again is "used", now by this account.
    expect(await redeem(c, demoCode('unused'))).toEqual({
      success: false,
      message: '兑换失败，该兑换码已被使用',
    });
    expect((await quota(c)) - before).toBe(10 * QUOTA_PER_UNIT);
  });

  test.each([
    ['used_self', '兑换失败，该兑换码已被使用'],
    ['used_other', '兑换失败，该兑换码已被使用'],
    ['disabled', '兑换失败，该兑换码已被使用'],
    ['expired', '兑换失败，该兑换码已过期'],
  ] as const)('%s answers %s and credits nothing', async (state, message) => {
    const c = client();
    await c.login('alice', 'alice123');
    const before = await quota(c);
    expect(await redeem(c, demoCode(state))).toEqual({ success: false, message });
    expect(await quota(c)).toBe(before);
  });

  test('an unknown code is invalid, an empty one is refused', async () => {
    const c = client();
    await c.login('alice', 'alice123');
    expect(await redeem(c, '0123456789abcdef0123456789abcdef')).toEqual({
      success: false,
      message: '兑换失败，无效的兑换码',
    });
    expect(await redeem(c, '  ')).toEqual({ success: false, message: '未提供兑换码' });
  });

  test('the code used by alice shows in her ledger, not in bob’s', async () => {
    const alice = client();
    await alice.login('alice', 'alice123');
    const bob = client();
    await bob.login('bob', 'bob12345');
    const aliceLog = await alice.json('/api/log/self?type=1&p=1&page_size=50');
    const bobLog = await bob.json('/api/log/self?type=1&p=1&page_size=50');
    const redeemRows = (log: { data: { items: { content: string }[] } }) =>
      log.data.items.filter((r) => r.content.startsWith('通过兑换码充值 ＄20')).length;
    expect(redeemRows(aliceLog)).toBe(1);
    expect(redeemRows(bobLog)).toBe(1); // bob's is the "used by another account" code
  });
});

describe('generic redeem messages (newer new-api)', () => {
  test('every failure answers 兑换失败，请稍后重试', async () => {
    const g = await startTestDemo({ redeemMessages: 'generic' });
    try {
      const c = new Client(() => g.demo.origin);
      await c.login('alice', 'alice123');
      for (const state of ['used_other', 'expired', 'disabled'] as const) {
        expect(await c.json('/api/user/topup', { method: 'POST', json: { key: demoCode(state) } })).toEqual({
          success: false,
          message: '兑换失败，请稍后重试',
        });
      }
    } finally {
      await g.close();
    }
  }, 60_000);
});

describe('online top-up (POST /api/user/pay) and the order list', () => {
  test('creates a pending USR{uid}NO{6 alnum}{unix} order and answers the signed epay form', async () => {
    const c = client();
    await c.login('carol', 'carol123');
    const res = await c.json('/api/user/pay', {
      method: 'POST',
      json: { amount: 20, payment_method: 'wxpay' },
    });
    expect(res.message).toBe('success');
    expect(res.url).toBe(`${h.demo.origin}/sim/submit.php`);
    expect(res.data).toMatchObject({
      pid: '1001',
      type: 'wxpay',
      money: '146.00',
      name: 'TUC20',
      sign_type: 'MD5',
    });
    expect(res.data.out_trade_no).toMatch(
      new RegExp(`^USR3NO[A-Za-z0-9]{6}${Math.floor(h.clock.now / 1000)}$`),
    );
    expect(res.data.notify_url).toBe(`${h.demo.origin}/api/user/epay/notify`);
    expect(res.data.sign).toMatch(/^[0-9a-f]{32}$/);
    const list = await c.json('/api/user/topup/self?p=1&page_size=10');
    expect(list.data.items[0]).toMatchObject({
      trade_no: res.data.out_trade_no,
      amount: 20,
      money: 146,
      payment_method: 'wxpay',
      status: 'pending',
      complete_time: 0,
    });
    expect(list.data).toMatchObject({ page: 1, page_size: 10 });
  });

  test('refuses amounts under the minimum and unknown methods with new-api texts', async () => {
    const c = client();
    await c.login('carol', 'carol123');
    expect(
      await c.json('/api/user/pay', { method: 'POST', json: { amount: 0, payment_method: 'alipay' } }),
    ).toEqual({
      message: 'error',
      data: '充值数量不能小于 1',
    });
    expect(
      await c.json('/api/user/pay', { method: 'POST', json: { amount: 5, payment_method: 'paypal' } }),
    ).toEqual({
      message: 'error',
      data: '支付方式不存在',
    });
  });

  test('the list returns only the last 30 days and supports keyword search', async () => {
    const c = client();
    await c.login('carol', 'carol123');
    const { tradeNo } = await createOrder(c, 7);
    const found = await c.json(`/api/user/topup/self?p=1&page_size=10&keyword=${tradeNo}`);
    expect(found.data.items.map((o: { trade_no: string }) => o.trade_no)).toEqual([tradeNo]);
    const saved = h.clock.now;
    h.clock.now += 31 * 86_400_000;
    try {
      const later = await c.json('/api/user/topup/self?p=1&page_size=50');
      expect(later.data.items.some((o: { trade_no: string }) => o.trade_no === tradeNo)).toBe(false);
    } finally {
      h.clock.now = saved;
    }
  });
});

describe('usage log and keys', () => {
  test('/api/log/self filters by type and pages', async () => {
    const c = client();
    await c.login('alice', 'alice123');
    const all = await c.json('/api/log/self?p=1&page_size=5');
    expect(all.data.items).toHaveLength(5);
    expect(all.data.total).toBeGreaterThan(5);
    const credits = await c.json('/api/log/self?type=1&p=1&page_size=50');
    expect(credits.data.items.every((r: { type: number }) => r.type === 1)).toBe(true);
    expect(
      credits.data.items.some((r: { content: string }) =>
        r.content.startsWith('使用在线充值成功，充值金额: ＄10.000000 额度，支付金额：73.000000'),
      ),
    ).toBe(true);
    const usage = await c.json('/api/log/self?type=2&p=1&page_size=1');
    expect(usage.data.items[0]).toMatchObject({ type: 2, username: 'alice' });
    expect(usage.data.items[0].model_name).not.toBe('');
  });

  test('/api/token/ lists keys masked as first 4 + ********** + last 4 and never the full key', async () => {
    const c = client();
    await c.login('alice', 'alice123');
    const res = await c.json('/api/token/?p=0&size=10');
    expect(res.data.items).toHaveLength(2);
    for (const item of res.data.items) expect(item.key).toMatch(/^[A-Za-z0-9]{4}\*{10}[A-Za-z0-9]{4}$/);
    const raw = JSON.stringify(res);
    expect(raw).not.toMatch(/[A-Za-z0-9]{20,}/);
  });
});
