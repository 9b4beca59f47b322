// Every client against a gateway that refuses the credential, hangs, is gone, or answers something that is
// not its shape: each answers a named Outcome state, never throws, and never carries the credential or the
// order number in what it returns.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { closedPortUrl, type Fake, fakeServer } from './fakes.js';
import { newApiClient } from './gateways/new-api.js';
import { oneApiClient } from './gateways/one-api.js';
import { sub2apiClient } from './gateways/sub2api.js';
import type { HttpOptions } from './http.js';
import { epayClient } from './providers/epay.js';
import { stripeClient } from './providers/stripe.js';
import { guard } from './service.js';
import type { Outcome } from './types.js';

const SECRET = 'generated-secret-0123456789abcdef';
const TRADE = 'USR1NOq7Hk2b1763624580';

type Call = (http: HttpOptions) => Promise<Outcome<unknown>>;

const CALLS: Record<string, Call> = {
  'new-api orders': (h) =>
    newApiClient({ ...h, accessToken: SECRET, adminUserId: 99 }).findOrders({ keyword: '4580' }),
  'new-api user': (h) => newApiClient({ ...h, accessToken: SECRET, adminUserId: 99 }).getUser('1'),
  'new-api complete': (h) =>
    newApiClient({ ...h, accessToken: SECRET, adminUserId: 99 }).completeOrder?.(TRADE) ??
    Promise.reject(new Error('missing')),
  'one-api codes': (h) => oneApiClient({ ...h, accessToken: SECRET }).findCodes({ keyword: 'ab…9f3e' }),
  'sub2api orders': (h) => sub2apiClient({ ...h, adminApiKey: SECRET }).findOrders({ keyword: 'M4D' }),
  'sub2api verify': (h) =>
    sub2apiClient({ ...h, adminApiKey: SECRET }).verifyOrder?.(TRADE) ?? Promise.reject(new Error('missing')),
  epay: (h) => epayClient({ ...h, pid: '1001', key: SECRET }).queryOrder(TRADE),
  stripe: (h) => stripeClient({ ...h, secretKey: SECRET }).queryOrder('pi_3QaBcD2eZvKYlo2C1x7YzAbc'),
};

// Every path the calls above use, answering one behaviour.
const PATHS: ['GET' | 'POST', string][] = [
  ['GET', '/api/user/topup'],
  ['GET', '/api/user/1'],
  ['POST', '/api/user/topup/complete'],
  ['GET', '/api/redemption/'],
  ['GET', '/api/v1/admin/payment/orders'],
  ['POST', '/api/v1/payment/public/orders/verify'],
  ['GET', '/api.php'],
  ['GET', '/v1/payment_intents/pi_3QaBcD2eZvKYlo2C1x7YzAbc'],
];

const fakes: Record<string, Fake> = {};
let down = '';

beforeAll(async () => {
  const all = (extra: object) => PATHS.map(([method, path]) => ({ method, path, ...extra }));
  fakes.unauthorized = await fakeServer(
    all({ status: 401, body: { success: false, message: 'Unauthorized' } }),
  );
  fakes.forbidden = await fakeServer(all({ status: 403, body: { code: 403, message: 'Forbidden' } }));
  fakes.hang = await fakeServer(all({ hang: true }));
  fakes.html = await fakeServer(all({ raw: '<html><body>502 Bad Gateway</body></html>' }));
  fakes.shape = await fakeServer(all({ body: { hello: 'world', items: 'nope' } }));
  fakes.down5xx = await fakeServer(all({ status: 502, raw: 'Bad Gateway' }));
  down = await closedPortUrl();
});

afterAll(async () => {
  await Promise.all(Object.values(fakes).map((f) => f.close()));
});

const run = async (call: Call, http: HttpOptions) => {
  const out = await call(http);
  // What a client returns never carries the credential or the full order number.
  expect(JSON.stringify(out)).not.toContain(SECRET);
  if (!out.ok) expect(out.detail ?? '').not.toContain(TRADE);
  return out;
};

describe.each(Object.entries(CALLS))('%s', (_name, call) => {
  test('401 and 403 are unauthorized', async () => {
    expect(await run(call, { baseUrl: fakes.unauthorized?.url ?? '' })).toMatchObject({
      ok: false,
      state: 'unauthorized',
    });
    expect(await run(call, { baseUrl: fakes.forbidden?.url ?? '' })).toMatchObject({
      ok: false,
      state: 'unauthorized',
    });
  });

  test('a gateway that hangs is a timeout, within the per-request limit', async () => {
    const started = Date.now();
    expect(await run(call, { baseUrl: fakes.hang?.url ?? '', timeoutMs: 300 })).toMatchObject({
      ok: false,
      state: 'timeout',
    });
    expect(Date.now() - started).toBeLessThan(3000);
  });

  test('a closed port and a 5xx are unreachable', async () => {
    expect(await run(call, { baseUrl: down })).toMatchObject({ ok: false, state: 'unreachable' });
    expect(await run(call, { baseUrl: fakes.down5xx?.url ?? '' })).toMatchObject({
      ok: false,
      state: 'unreachable',
      detail: 'HTTP 502',
    });
  });

  test('an answer that is not JSON, or not the shape, is a bad answer', async () => {
    expect(await run(call, { baseUrl: fakes.html?.url ?? '' })).toMatchObject({
      ok: false,
      state: 'bad_answer',
    });
    expect(await run(call, { baseUrl: fakes.shape?.url ?? '' })).toMatchObject({
      ok: false,
      state: 'bad_answer',
    });
  });
});

describe('a call cut off by the service’s time limit', () => {
  test('guard aborts the call’s signal at the limit', async () => {
    let seen: AbortSignal | undefined;
    const answer = await guard((signal) => {
      seen = signal;
      return new Promise<Outcome<never>>(() => undefined);
    }, 50);
    expect(answer).toEqual({ ok: false, state: 'timeout' });
    expect(seen?.aborted).toBe(true);
  });

  test('the aborted signal stops the request itself, long before the client’s own timeout', async () => {
    const hang = await fakeServer([{ path: '/api/user/1', hang: true }]);
    try {
      const c = newApiClient({ baseUrl: hang.url, timeoutMs: 30_000, accessToken: SECRET, adminUserId: 99 });
      const started = Date.now();
      const answer = await c.getUser('1', AbortSignal.timeout(100));
      expect(answer).toMatchObject({ ok: false, state: 'timeout' });
      expect(Date.now() - started).toBeLessThan(5000);
    } finally {
      await hang.close();
    }
  });
});
