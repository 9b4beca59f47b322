// Epay query client against recorded answers (fixtures/epay-*.json).
import { afterEach, describe, expect, test } from 'vitest';
import { type Fake, fakeServer, fixture } from '../fakes.js';
import { epayClient } from './epay.js';

const KEY = 'generated-merchant-key-0123456789';
const NO = 'USR1NOq7Hk2b1763624580';
let fake: Fake | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});
const query = { act: 'order', pid: '1001', key: KEY, out_trade_no: NO };
const client = (url: string) => epayClient({ baseUrl: url, pid: '1001', key: KEY });

describe('epay client', () => {
  test('paid: money, the paid time in the platform zone, and only the last 4 of the channel number and payer', async () => {
    fake = await fakeServer([{ path: '/api.php', query, body: fixture('epay-order-paid') }]);
    const out = await client(fake.url).queryOrder(NO);
    expect(out).toEqual({
      ok: true,
      value: {
        status: 'paid',
        known: true,
        rawStatus: '1',
        money: 73,
        currency: 'CNY',
        paidAt: Date.parse('2026-11-20T07:44:05Z'),
        tradeNoLast4: '7890',
        buyerLast4: '4567',
      },
    });
    const text = JSON.stringify(out);
    expect(text).not.toContain('2088102171234567');
    expect(text).not.toContain('2026112022001476541234567890');
  });

  test('unpaid, refunded (numbers as text), and an order the platform never saw', async () => {
    fake = await fakeServer([{ path: '/api.php', body: fixture('epay-order-unpaid') }]);
    expect(await client(fake.url).queryOrder(NO)).toEqual({
      ok: true,
      value: { status: 'unpaid', known: true, rawStatus: '0', money: 73, currency: 'CNY' },
    });
    await fake.close();
    fake = await fakeServer([{ path: '/api.php', body: fixture('epay-order-refunded') }]);
    expect(await client(fake.url).queryOrder(NO)).toMatchObject({
      ok: true,
      value: { status: 'refunded', buyerLast4: 'WeS6o'.slice(-4) },
    });
    await fake.close();
    fake = await fakeServer([{ path: '/api.php', body: fixture('epay-order-missing') }]);
    expect(await client(fake.url).queryOrder(NO)).toEqual({
      ok: true,
      value: { status: 'unpaid', known: false },
    });
  });

  test('a wrong merchant key is unauthorized; an answer about another order is refused', async () => {
    fake = await fakeServer([{ path: '/api.php', body: fixture('epay-bad-key') }]);
    expect(await client(fake.url).queryOrder(NO)).toMatchObject({ ok: false, state: 'unauthorized' });
    expect(await client(fake.url).queryOrder('USR1NOother1763624581')).toMatchObject({
      ok: false,
      state: 'unauthorized',
    });
    await fake.close();
    fake = await fakeServer([{ path: '/api.php', body: fixture('epay-order-paid') }]);
    expect(await client(fake.url).queryOrder('USR1NOother1763624581')).toMatchObject({
      ok: false,
      state: 'bad_answer',
    });
  });
});
