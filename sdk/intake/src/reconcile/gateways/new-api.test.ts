// new-api client against recorded admin answers (fixtures/new-api-*.json): what it asks, with which
// headers, and how the console's records become GatewayOrder / GatewayUser / GatewayCode / LedgerEntry.
import { afterEach, describe, expect, test } from 'vitest';
import { type Fake, fakeServer, fixture } from '../fakes.js';
import { newApiClient } from './new-api.js';

const TOKEN = 'generated-access-token-0123456789';
const AUTH = { authorization: `Bearer ${TOKEN}`, 'new-api-user': '99' };
let fake: Fake | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});
const client = (url: string) =>
  newApiClient({
    baseUrl: url,
    accessToken: TOKEN,
    adminUserId: 99,
    now: () => Date.parse('2026-11-20T08:00:00Z'),
  });

describe('new-api client', () => {
  test('finds orders by the tail as a %tail (suffix) pattern, with the admin token and New-Api-User', async () => {
    fake = await fakeServer([
      {
        path: '/api/user/topup',
        query: { keyword: '%4580' },
        headers: AUTH,
        body: fixture('new-api-topup-admin'),
      },
    ]);
    const out = await client(fake.url).findOrders({ keyword: '4580', userId: '1' });
    expect(out).toEqual({
      ok: true,
      value: [
        {
          tradeNo: 'USR1NOq7Hk2b1763624580',
          userId: '1',
          username: 'alice',
          amount: 10,
          money: 73,
          method: 'alipay',
          provider: 'epay',
          status: 'pending',
          rawStatus: 'pending',
          createdAt: 1763624580_000,
        },
        expect.objectContaining({ userId: '1', status: 'expired', amount: 5, money: 36.5 }),
      ],
    });
    expect(fake.seen[0]?.query).toMatchObject({ p: '1', page_size: '100' });
  });

  test('a time window and another account filter the list; a completed order carries its time', async () => {
    fake = await fakeServer([{ path: '/api/user/topup', body: fixture('new-api-topup-admin') }]);
    const c = client(fake.url);
    const bob = await c.findOrders({ userId: '2', from: 1763600000_000, to: 1763700000_000 });
    expect(bob.ok && bob.value).toEqual([
      expect.objectContaining({ username: 'bob', status: 'success', completedAt: 1763622830_000 }),
    ]);
    const none = await c.findOrders({ userId: '1', from: 1763700000_000 });
    expect(none).toEqual({ ok: true, value: [] });
  });

  test('reads further pages of a tail search; a scan stopped at the page limit says how far it read', async () => {
    const row = (i: number) => ({
      id: i,
      user_id: 5,
      amount: 1,
      money: 7.3,
      trade_no: `USR5NO${String(i).padStart(8, '0')}4580`,
      payment_method: 'alipay',
      create_time: 1763620000 - i,
      status: 'success',
    });
    const fullPage = (p: number) => ({
      success: true,
      message: '',
      data: {
        page: p,
        page_size: 100,
        total: 1000,
        items: Array.from({ length: 100 }, (_, i) => row(p * 100 + i)),
      },
    });
    fake = await fakeServer([
      { path: '/api/user/topup', query: { p: '1', keyword: '%4580' }, body: fullPage(1) },
      { path: '/api/user/topup', query: { p: '2', keyword: '%4580' }, body: fixture('new-api-topup-admin') },
      { path: '/api/user/topup', query: { p: '1' }, body: fullPage(1) },
      { path: '/api/user/topup', query: { p: '2' }, body: fullPage(2) },
    ]);
    const c = newApiClient({ baseUrl: fake.url, accessToken: TOKEN, adminUserId: 99, maxPages: 2 });
    const tail = await c.findOrders({ keyword: '4580' });
    expect(tail.ok && tail.value.map((o) => o.tradeNo)).toContain('USR1NOq7Hk2b1763624580');
    expect(tail.ok && tail.value.truncatedAfter).toBeUndefined();
    const scan = await c.findOrders({ userId: '9' });
    expect(scan.ok && scan.value.length).toBe(0);
    expect(scan.ok && scan.value.truncatedAfter).toBe(200);
    expect(await c.findOrders({ keyword: '7' })).toMatchObject({ ok: false, state: 'not_supported' });
  });

  test('a 2025 build: no username, an unknown status stays raw', async () => {
    fake = await fakeServer([{ path: '/api/user/topup', body: fixture('new-api-topup-admin-legacy') }]);
    const out = await client(fake.url).findOrders({ keyword: '0000' });
    expect(out.ok && out.value[0]).toMatchObject({ userId: '3', status: 'other', rawStatus: 'cancelled' });
    expect(out.ok && 'username' in (out.value[0] ?? {})).toBe(false);
  });

  test('a build without the admin top-up list (404) is not_supported', async () => {
    fake = await fakeServer([]);
    expect(await client(fake.url).findOrders({ keyword: '4580' })).toEqual({
      ok: false,
      state: 'not_supported',
      detail: 'HTTP 404',
    });
  });

  test('the console refusing the token with HTTP 200 is unauthorized', async () => {
    fake = await fakeServer([{ path: '/api/user/1', body: fixture('new-api-refused-token') }]);
    expect(await client(fake.url).getUser('1')).toMatchObject({ ok: false, state: 'unauthorized' });
  });

  test('user lookup keeps the fields support needs, never the password or token fields', async () => {
    fake = await fakeServer([{ path: '/api/user/1', headers: AUTH, body: fixture('new-api-user') }]);
    expect(await client(fake.url).getUser('1')).toEqual({
      ok: true,
      value: { id: '1', username: 'alice', displayName: '爱丽丝', email: 'alice@example.com' },
    });
    expect(await client(fake.url).getUser('1 or 1=1')).toMatchObject({ ok: false, state: 'bad_answer' });
  });

  test('a masked code is found by paging the list: used by whom, expired by its time', async () => {
    fake = await fakeServer([{ path: '/api/redemption/', body: fixture('new-api-redemptions') }]);
    const c = client(fake.url);
    expect(await c.findCodes({ keyword: 'ab…9f3e' })).toEqual({
      ok: true,
      value: [
        {
          code: 'ab12cd34ef56ab12cd34ef56ab129f3e',
          status: 'unused',
          rawStatus: '1',
          // No dollars: this client was not told the console's QuotaPerUnit (one-api.test.ts gives it).
          quota: 5000000,
          createdAt: 1762000000_000,
        },
      ],
    });
    const used = await c.findCodes({ keyword: '3f…e7d6' });
    expect(used.ok && used.value[0]).toMatchObject({
      status: 'used',
      usedByUserId: '2',
      usedAt: 1763400000_000,
    });
    const expired = await c.findCodes({ keyword: 'ab…ffff' });
    expect(expired.ok && expired.value[0]?.status).toBe('expired');
    expect(await c.findCodes({ keyword: 'ab' })).toMatchObject({ ok: false, state: 'bad_answer' });
  });

  test('a whole code goes to the search endpoint', async () => {
    fake = await fakeServer([
      {
        path: '/api/redemption/search',
        query: { keyword: '3f1c0d9e8b7a6f5e4d3c2b1a09f8e7d6' },
        body: fixture('new-api-redemptions'),
      },
    ]);
    const out = await client(fake.url).findCodes({ keyword: '3f1c0d9e8b7a6f5e4d3c2b1a09f8e7d6' });
    expect(out.ok && out.value.map((c) => c.status)).toEqual(['used']);
  });

  test('the ledger reads type-1 rows of the user by username; the amount from quota or from the text', async () => {
    fake = await fakeServer([
      { path: '/api/user/1', body: fixture('new-api-user') },
      {
        path: '/api/log/',
        query: { type: '1', username: 'alice', start_timestamp: '1763000000', end_timestamp: '1764000000' },
        body: fixture('new-api-log-admin'),
      },
    ]);
    const out = await client(fake.url).ledger({ userId: '1', from: 1763000000_000, to: 1764000000_000 });
    expect(out).toEqual({
      ok: true,
      value: [
        {
          userId: '1',
          at: 1763624700_000,
          amount: 10,
          kind: 'topup',
          text: '管理员补单成功，充值金额: ＄10.000000 额度，支付金额：73.000000',
        },
        {
          userId: '1',
          at: 1763400000_000,
          amount: 20,
          kind: 'redeem',
          text: '通过兑换码充值 ＄20.000000 额度，兑换码ID 4',
        },
      ],
    });
  });

  test('complete posts the trade number; a refusal carries the console words, not the number', async () => {
    fake = await fakeServer([
      {
        method: 'POST',
        path: '/api/user/topup/complete',
        headers: AUTH,
        body: { success: true, message: '' },
      },
    ]);
    expect(await client(fake.url).completeOrder?.('USR1NOq7Hk2b1763624580')).toEqual({
      ok: true,
      value: { message: '' },
    });
    expect(fake.seen[0]?.body).toEqual({ trade_no: 'USR1NOq7Hk2b1763624580' });
    await fake.close();
    fake = await fakeServer([
      { method: 'POST', path: '/api/user/topup/complete', body: fixture('new-api-complete-refused') },
    ]);
    expect(await client(fake.url).completeOrder?.('USR1NOq7Hk2b1763624580')).toEqual({
      ok: false,
      state: 'bad_answer',
      detail: 'refused: 订单状态不是待支付，无法补单',
    });
  });
});
