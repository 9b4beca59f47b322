// one-api client against recorded answers of the 2025-02 build (fixtures/one-api-*.json).
import { afterEach, describe, expect, test } from 'vitest';
import { type Fake, fakeServer, fixture } from '../fakes.js';
import { oneApiClient } from './one-api.js';

const TOKEN = 'generated-access-token-0123456789';
let fake: Fake | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

describe('one-api client', () => {
  test('has no top-up orders: not_supported, without asking the console', async () => {
    fake = await fakeServer([]);
    const c = oneApiClient({ baseUrl: fake.url, accessToken: TOKEN });
    expect(await c.findOrders({ keyword: '4580' })).toMatchObject({ ok: false, state: 'not_supported' });
    expect(c.completeOrder).toBeUndefined();
    expect(fake.seen).toHaveLength(0);
  });

  test('codes: 0-based bare-array pages read until an empty one; a masked code matches head and tail', async () => {
    fake = await fakeServer([
      {
        path: '/api/redemption/',
        query: { p: '0' },
        headers: { authorization: `Bearer ${TOKEN}` },
        body: fixture('one-api-redemptions'),
      },
      { path: '/api/redemption/', query: { p: '1' }, body: { success: true, message: '', data: [] } },
    ]);
    const out = await oneApiClient({
      baseUrl: fake.url,
      accessToken: TOKEN,
      quotaPerUnit: 250_000,
    }).findCodes({
      keyword: '0f…6d5c',
    });
    expect(out).toEqual({
      ok: true,
      value: [
        {
          code: '0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c',
          status: 'used',
          rawStatus: '3',
          quota: 5000000,
          // 5000000 quota at this console's 250000 per dollar.
          usd: 20,
          usedAt: 1763400000_000,
          createdAt: 1762000000_000,
        },
      ],
    });
    expect(fake.seen.map((s) => s.query.p)).toEqual(['0', '1']);
  });

  test('a build that ignores p (the same page again) stops instead of looping', async () => {
    fake = await fakeServer([{ path: '/api/redemption/', body: fixture('one-api-redemptions') }]);
    const out = await oneApiClient({ baseUrl: fake.url, accessToken: TOKEN }).findCodes({ keyword: '9900' });
    expect(out.ok && out.value.map((c) => c.status)).toEqual(['unused']);
    expect(fake.seen).toHaveLength(2);
  });

  test('ledger by username; the amount from the text when quota is 0', async () => {
    fake = await fakeServer([
      { path: '/api/user/2', body: fixture('one-api-user') },
      { path: '/api/log/', query: { p: '0', type: '1', username: 'bob' }, body: fixture('one-api-log') },
      { path: '/api/log/', query: { p: '1' }, body: { success: true, message: '', data: null } },
    ]);
    const out = await oneApiClient({ baseUrl: fake.url, accessToken: TOKEN }).ledger({
      userId: '2',
      from: 1763000000_000,
      to: 1764000000_000,
    });
    expect(out).toEqual({
      ok: true,
      value: [
        {
          userId: '2',
          at: 1763400000_000,
          amount: 10,
          kind: 'redeem',
          text: '通过兑换码充值 $10.000000 额度',
        },
      ],
    });
  });

  test('a wrong token answered with HTTP 200 is unauthorized', async () => {
    fake = await fakeServer([
      { path: '/api/user/2', body: { success: false, message: '无权进行此操作，access token 无效' } },
    ]);
    expect(await oneApiClient({ baseUrl: fake.url, accessToken: TOKEN }).getUser('2')).toMatchObject({
      ok: false,
      state: 'unauthorized',
    });
  });
});
