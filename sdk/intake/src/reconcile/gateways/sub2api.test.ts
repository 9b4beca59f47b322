// sub2api client against recorded admin answers (fixtures/sub2api-*.json).
import { afterEach, describe, expect, test } from 'vitest';
import { type Fake, fakeServer, fixture } from '../fakes.js';
import { sub2apiClient } from './sub2api.js';

const KEY = `admin-${'ab'.repeat(32)}`;
const AUTH = { 'x-api-key': KEY };
let fake: Fake | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});
const client = (url: string) => sub2apiClient({ baseUrl: url, adminApiKey: KEY });

describe('sub2api client', () => {
  test('orders by keyword with x-api-key; PAID is still pending for the user, the raw status says why', async () => {
    fake = await fakeServer([
      {
        path: '/api/v1/admin/payment/orders',
        query: { keyword: 'M4D' },
        headers: AUTH,
        body: fixture('sub2api-orders'),
      },
    ]);
    const out = await client(fake.url).findOrders({ keyword: 'M4D' });
    expect(out.ok && out.value[0]).toEqual({
      tradeNo: 'sub2_20261120K8QZ2M4D',
      userId: '1',
      username: 'alice',
      amount: 10,
      money: 72,
      currency: 'CNY',
      method: 'alipay',
      status: 'pending',
      rawStatus: 'PAID',
      createdAt: Date.parse('2026-11-20T07:35:00Z'),
      // paid_at kept: the admin retry needs a paid order.
      paidAt: Date.parse('2026-11-20T07:36:00Z'),
    });
    expect(out.ok && out.value[1]).toMatchObject({
      status: 'success',
      completedAt: Date.parse('2026-11-15T08:01:03Z'),
      creditRef: 's2p_40a1b2c3d4e5f60718',
    });
  });

  test('user, codes (searched by the tail, matched case-sensitively) and the balance history', async () => {
    fake = await fakeServer([
      { path: '/api/v1/admin/users/1', headers: AUTH, body: fixture('sub2api-user') },
      { path: '/api/v1/admin/redeem-codes', body: fixture('sub2api-redeem-codes') },
      { path: '/api/v1/admin/users/1/balance-history', body: fixture('sub2api-balance-history') },
    ]);
    const c = client(fake.url);
    expect(await c.getUser('1')).toEqual({
      ok: true,
      value: { id: '1', username: 'alice', email: 'alice@example.com' },
    });
    const codes = await c.findCodes({ keyword: '9A…C8D9' });
    expect(codes.ok && codes.value[0]).toMatchObject({ status: 'used', usedByUserId: '2', quota: 20 });
    expect(fake.seen.at(-1)?.query).toMatchObject({ search: 'C8D9' });
    expect(await c.findCodes({ keyword: '9a…c8d9' })).toEqual({ ok: true, value: [] });
    const ledger = await c.ledger({
      userId: '1',
      from: Date.parse('2026-11-01T00:00:00Z'),
      to: Date.parse('2026-11-30T00:00:00Z'),
      refs: ['s2p_40a1b2c3d4e5f60718'],
    });
    expect(ledger).toEqual({
      ok: true,
      value: [
        // The order's own recharge code (payment fulfilment): its top-up.
        { userId: '1', at: Date.parse('2026-11-15T08:01:02Z'), amount: 50, kind: 'topup', text: 'balance' },
        {
          userId: '1',
          at: Date.parse('2026-11-18T08:00:00Z'),
          amount: 5,
          kind: 'redeem',
          text: 'balance',
          mayBeOrder: true,
        },
        {
          userId: '1',
          at: Date.parse('2026-11-19T02:00:00Z'),
          amount: 3,
          kind: 'other',
          text: 'admin_balance compensation for ticket TD-AB12',
        },
      ],
    });
    // The code itself never becomes ledger text.
    expect(JSON.stringify(ledger)).not.toContain('5F4E3D2C');
    expect(JSON.stringify(ledger)).not.toContain('s2p_');
  });

  test('verify asks the public verify endpoint, then reads the full record back', async () => {
    fake = await fakeServer([
      { method: 'POST', path: '/api/v1/payment/public/orders/verify', body: fixture('sub2api-verify') },
      {
        path: '/api/v1/admin/payment/orders',
        query: { keyword: 'sub2_20261120K8QZ2M4D' },
        body: fixture('sub2api-orders'),
      },
    ]);
    const out = await client(fake.url).verifyOrder?.('sub2_20261120K8QZ2M4D');
    expect(out).toMatchObject({ ok: true, value: { rawStatus: 'PAID', userId: '1' } });
    expect(fake.seen[0]?.body).toEqual({ out_trade_no: 'sub2_20261120K8QZ2M4D' });
  });

  test('complete retries the fulfilment of the order by its id, with an Idempotency-Key', async () => {
    fake = await fakeServer([
      { path: '/api/v1/admin/payment/orders', body: fixture('sub2api-orders') },
      {
        method: 'POST',
        path: '/api/v1/admin/payment/orders/41/retry',
        headers: { ...AUTH, 'idempotency-key': 'topup-doctor-retry-41' },
        body: { code: 0, message: 'success', data: { message: 'fulfillment retried' } },
      },
    ]);
    expect(await client(fake.url).completeOrder?.('sub2_20261120K8QZ2M4D')).toEqual({
      ok: true,
      value: { message: 'fulfillment retried' },
    });
  });

  test('an invalid admin key is unauthorized; a refused write carries the reason', async () => {
    fake = await fakeServer([
      { path: '/api/v1/admin/users/1', status: 401, body: fixture('sub2api-invalid-key') },
      { path: '/api/v1/admin/payment/orders', body: fixture('sub2api-orders') },
      {
        method: 'POST',
        path: '/api/v1/admin/payment/orders/41/retry',
        status: 400,
        body: { code: 400, message: 'order is not paid', reason: 'INVALID_ORDER_STATUS' },
      },
    ]);
    expect(await client(fake.url).getUser('1')).toMatchObject({ ok: false, state: 'unauthorized' });
    expect(await client(fake.url).completeOrder?.('sub2_20261120K8QZ2M4D')).toEqual({
      ok: false,
      state: 'bad_answer',
      detail: 'refused: INVALID_ORDER_STATUS order is not paid',
    });
  });
});
