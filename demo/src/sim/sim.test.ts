// Every simulator behaviour, end to end over HTTP: the console creates the order, the cashier pays (or
// not), the simulator calls the console's notify URL, and the console's order list and ledger show it.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { QUOTA_PER_UNIT } from '../config.js';
import { Client, createOrder, type Harness, payOrder, startTestDemo } from '../testing.js';
import { epaySign } from './epay.js';

let h: Harness;
let c: Client;

beforeAll(async () => {
  h = await startTestDemo();
  c = new Client(() => h.demo.origin);
  await c.login('bob', 'bob12345');
}, 60_000);
afterAll(async () => {
  await h?.close();
});

const order = async (tradeNo: string) => {
  const list = await c.json(`/api/user/topup/self?p=1&page_size=5&keyword=${tradeNo}`);
  return list.data.items[0] as { status: string; complete_time: number };
};
const quota = async () => (await c.json('/api/user/self')).data.quota as number;
const onlineCredits = async () => {
  const log = await c.json('/api/log/self?type=1&p=1&page_size=100');
  return log.data.items.filter((r: { content: string }) => r.content.startsWith('使用在线充值成功'))
    .length as number;
};

describe('payment simulator', () => {
  test('submit.php refuses a form with a bad signature', async () => {
    const pay = await c.json('/api/user/pay', {
      method: 'POST',
      json: { amount: 1, payment_method: 'alipay' },
    });
    const res = await c.request('/sim/submit.php', {
      method: 'POST',
      body: new URLSearchParams({ ...pay.data, money: '0.01' }),
    });
    expect(res.status).toBe(400);
  });

  test('the cashier page shows the order and the callback choices', async () => {
    const { tradeNo } = await createOrder(c, 10);
    const page = await (await c.request(`/sim/order/${tradeNo}`)).text();
    expect(page).toContain(tradeNo);
    expect(page).toContain('¥73.00');
    for (const mode of ['immediate', 'delayed', 'never', 'twice']) expect(page).toContain(`value="${mode}"`);
  });

  test('immediate callback: the order succeeds and is credited once', async () => {
    const { tradeNo, money } = await createOrder(c, 10);
    const before = await quota();
    const credits = await onlineCredits();
    expect((await payOrder(c, tradeNo, { callback_mode: 'immediate', paid_money: money })).status).toBe(303);
    expect((await order(tradeNo)).status).toBe('success');
    expect((await quota()) - before).toBe(10 * QUOTA_PER_UNIT);
    expect(await onlineCredits()).toBe(credits + 1);
    const result = await (await c.request(`/sim/order/${tradeNo}`)).text();
    expect(result).toContain('/api/user/epay/notify');
    expect(result).toMatch(/<td>200<\/td><td class="mono">success<\/td>/);
  });

  test('delayed callback: pending until N minutes have passed, then credited', async () => {
    const { tradeNo, money } = await createOrder(c, 5);
    const before = await quota();
    await payOrder(c, tradeNo, { callback_mode: 'delayed', delay_minutes: '20', paid_money: money });
    expect((await order(tradeNo)).status).toBe('pending');
    h.clock.now += 19 * 60_000;
    expect(await h.demo.deliverDueCallbacks()).toBe(0);
    expect((await order(tradeNo)).status).toBe('pending');
    h.clock.now += 2 * 60_000;
    expect(await h.demo.deliverDueCallbacks()).toBe(1);
    expect((await order(tradeNo)).status).toBe('success');
    expect((await quota()) - before).toBe(5 * QUOTA_PER_UNIT);
  });

  test('never (misconfigured callback): the notify hits a 404 and the order stays pending, even on resend', async () => {
    const { tradeNo, money } = await createOrder(c, 3);
    const before = await quota();
    await payOrder(c, tradeNo, { callback_mode: 'never', paid_money: money });
    expect((await order(tradeNo)).status).toBe('pending');
    await c.request(`/sim/order/${tradeNo}/resend`, { method: 'POST' });
    expect((await order(tradeNo)).status).toBe('pending');
    expect(await quota()).toBe(before);
    const result = await (await c.request(`/sim/order/${tradeNo}`)).text();
    expect(result).toContain('/api/user/epay/notify/');
    expect(result.match(/<td>404<\/td>/g)).toHaveLength(2);
  });

  test('sent twice: two notifies are answered success, the credit stays single', async () => {
    const { tradeNo, money } = await createOrder(c, 4);
    const before = await quota();
    const credits = await onlineCredits();
    await payOrder(c, tradeNo, { callback_mode: 'twice', paid_money: money });
    expect((await order(tradeNo)).status).toBe('success');
    expect((await quota()) - before).toBe(4 * QUOTA_PER_UNIT);
    expect(await onlineCredits()).toBe(credits + 1);
    const result = await (await c.request(`/sim/order/${tradeNo}`)).text();
    expect(result.match(/<td>200<\/td><td class="mono">success<\/td>/g)).toHaveLength(2);
  });

  test('a different amount paid is never matched: the notify fails and the order stays pending', async () => {
    const { tradeNo } = await createOrder(c, 10);
    const before = await quota();
    await payOrder(c, tradeNo, { callback_mode: 'immediate', paid_money: '80.00' });
    expect((await order(tradeNo)).status).toBe('pending');
    expect(await quota()).toBe(before);
    const result = await (await c.request(`/sim/order/${tradeNo}`)).text();
    expect(result).toContain('¥80.00');
    expect(result).toMatch(/<td>200<\/td><td class="mono">fail<\/td>/);
  });

  test('a failed payment marks the order failed; a cancelled one expired; neither credits', async () => {
    const before = await quota();
    const failed = await createOrder(c, 2);
    expect((await c.request(`/sim/order/${failed.tradeNo}/fail`, { method: 'POST' })).status).toBe(303);
    expect((await order(failed.tradeNo)).status).toBe('failed');
    const cancelled = await createOrder(c, 2);
    await c.request(`/sim/order/${cancelled.tradeNo}/cancel`, { method: 'POST' });
    expect((await order(cancelled.tradeNo)).status).toBe('expired');
    expect(await quota()).toBe(before);
    // A closed payment cannot be paid afterwards.
    expect(
      (await payOrder(c, cancelled.tradeNo, { callback_mode: 'immediate', paid_money: '14.60' })).status,
    ).toBe(409);
  });

  test('the console ignores a notify with a bad signature', async () => {
    const { tradeNo, money } = await createOrder(c, 1);
    const params = {
      pid: '1001',
      out_trade_no: tradeNo,
      money,
      trade_status: 'TRADE_SUCCESS',
      type: 'alipay',
    };
    const forged = new URLSearchParams({
      ...params,
      sign: epaySign(params, 'not-the-key'),
      sign_type: 'MD5',
    });
    expect(await (await c.request(`/api/user/epay/notify?${forged}`)).text()).toBe('fail');
    expect((await order(tradeNo)).status).toBe('pending');
    const good = new URLSearchParams({
      ...params,
      sign: epaySign(params, 'demo-epay-merchant-key'),
      sign_type: 'MD5',
    });
    expect(await (await c.request(`/api/user/epay/notify?${good}`)).text()).toBe('success');
    expect((await order(tradeNo)).status).toBe('success');
  });

  test('the dashboard lists recent payments with their callback address', async () => {
    const page = await (await c.request('/sim')).text();
    expect(page).toContain('/api/user/epay/notify/');
    expect(page).toContain('USR2NO');
  });
});
