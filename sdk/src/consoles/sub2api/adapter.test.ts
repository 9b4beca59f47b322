import { describe, expect, it } from 'vitest';
import { type FakeAnswer, fakeEnv, recorded } from '../fake-env.js';
import { sub2apiAdapter } from './adapter.js';

const fx = (name: string): Record<string, unknown> => recorded('sub2api', name);
const ok = (name: string): FakeAnswer => ({ status: 200, body: fx(name) });
const storage = fx('storage') as Record<string, string>;
const routes = {
  '/api/v1/user/profile': ok('profile'),
  '/api/v1/payment/orders/my': ok('orders-my'),
  '/api/v1/redeem/history': ok('redeem-history'),
  '/api/v1/keys': ok('keys'),
};

describe('sub2api adapter (the hosted console of the seed)', () => {
  it('detects auth_token + auth_user without network', () => {
    const env = fakeEnv({ storage, routes, pathname: '/orders' });
    expect(sub2apiAdapter.detect(env)).toBe(true);
    expect(sub2apiAdapter.detect(fakeEnv({ storage: { auth_token: 'x' } }))).toBe(false);
    expect(sub2apiAdapter.detect(fakeEnv({ storage: { auth_user: '{"id":1}' } }))).toBe(false);
    expect(env.requests).toEqual([]);
  });

  it('reads account, orders, redeem credits and masked keys', async () => {
    const env = fakeEnv({ storage, routes });
    const read = await sub2apiAdapter.read(env);
    expect(read.errors).toEqual([]);
    expect(read.console).toEqual({ kind: 'sub2api' });
    expect(read.account).toEqual({
      id: '1001',
      username: 'carol',
      email: 'carol@example.com',
      balance: { raw: 13.5, quotaPerUnit: 1, displayUnit: 'USD' },
    });
    expect(read.session).toEqual({ storedUserId: '1001', serverUserId: '1001' });
    expect(read.orders?.map((o) => [o.ref, o.status, o.rawStatus])).toEqual([
      ['58', 'paid', 'PAID'],
      ['51', 'credited', 'COMPLETED'],
      ['44', 'expired', 'EXPIRED'],
      ['40', 'refund_requested', 'REFUND_REQUESTED'],
    ]);
    expect(read.orders?.[0]).toMatchObject({
      tradeNoTail: 'M9XP',
      amount: 10,
      money: 72,
      method: 'alipay',
      createdAt: Date.parse('2026-01-03T09:00:00Z'),
    });
    expect(read.orders?.[0]?.completedAt).toBeUndefined();
    expect(read.orders?.[1]?.completedAt).toBe(Date.parse('2026-01-02T12:01:03Z'));
    expect(read.ledger?.[0]).toEqual({
      kind: 'redeem',
      at: Date.parse('2026-01-02T15:20:00Z'),
      amount: 5,
      text: 'balance 5',
      // The history names the code: only its mask is kept, to match a "used" answer with it.
      codeMasked: 'Ab…2345',
    });
    expect(read.keys).toEqual([
      { name: 'carol-cli', masked: 'sk-F**********c4r0', last4: 'c4r0', group: 'claude', status: 'enabled' },
    ]);
  });

  it('keeps no full order number, redeem code, key, email in notes or token', async () => {
    const read = await sub2apiAdapter.read(fakeEnv({ storage, routes }));
    const json = JSON.stringify(read);
    for (const secret of [
      'sub2_20260103Q7K2M9XP',
      'AbCdEfGh-IjKlMnOp',
      'ZyXwVuTs',
      'FAKEfakeFAKE',
      'test-access-token-not-real',
    ]) {
      expect(json).not.toContain(secret);
    }
    // The notes text is scanned; the account email travels only in its own structured field.
    expect(read.ledger?.[1]?.text).not.toContain('carol@example.com');
    expect(json.split('carol@example.com').length - 1).toBe(1);
  });

  it('sends the Bearer token, GETs only, never orders/verify or auth endpoints, bounded pages', async () => {
    const env = fakeEnv({ storage, routes });
    await sub2apiAdapter.read(env);
    expect(env.requests).toHaveLength(4);
    for (const r of env.requests) {
      expect(r.method).toBe('GET');
      expect(r.headers.Authorization).toBe('Bearer test-access-token-not-real');
      expect(r.path).not.toMatch(/verify|auth/);
    }
    expect(env.requests.find((r) => r.path.endsWith('/orders/my'))?.url).toContain('page=1&page_size=20');
  });

  it('an expired access token with the user still stored is session_expired, not logged out (no refresh call); no token means no request', async () => {
    const expired: FakeAnswer = { status: 401, body: fx('error-unauthorized') };
    const env401 = fakeEnv({ storage, routes: () => expired });
    const read = await sub2apiAdapter.read(env401);
    expect(read.errors.map((e) => e.code)).toEqual([
      'session_expired',
      'session_expired',
      'session_expired',
      'session_expired',
    ]);
    expect(env401.requests.some((r) => /refresh/.test(r.path))).toBe(false);
    // Without the stored user the console itself would show its login page: not logged in.
    const bare = await sub2apiAdapter.read(
      fakeEnv({ storage: { auth_token: storage.auth_token ?? '' }, routes: () => expired }),
    );
    expect(bare.errors[0]).toEqual({ part: 'account', code: 'not_logged_in' });
    const env = fakeEnv({ storage: { auth_user: storage.auth_user ?? '' }, routes });
    const none = await sub2apiAdapter.read(env);
    expect(none.errors).toEqual([{ part: 'account', code: 'not_logged_in' }]);
    expect(env.requests).toEqual([]);
  });

  it('reads again with the token the console refreshed meanwhile (its own call came first)', async () => {
    const store: Record<string, string> = { ...storage };
    const env = fakeEnv({
      routes: (full) => {
        // The first round is answered 401 while the console swaps its token in storage.
        if (env.requests.length <= 4) {
          store.auth_token = 'refreshed-by-the-console';
          return { status: 401, body: fx('error-unauthorized') };
        }
        return routes[(full.split('?')[0] ?? '') as keyof typeof routes];
      },
    });
    env.storage = { getItem: (key: string) => store[key] ?? null };
    const read = await sub2apiAdapter.read(env);
    expect(read.errors).toEqual([]);
    expect(read.account?.id).toBeTruthy();
    expect(env.requests.slice(4).map((r) => r.headers.Authorization)).toEqual(
      Array(4).fill('Bearer refreshed-by-the-console'),
    );
    expect(env.requests.some((r) => /refresh/.test(r.path))).toBe(false);
  });

  it('shows a stale tab: the stored user is not the one the server answers for', async () => {
    const profile = fx('profile') as { data: Record<string, unknown> };
    const read = await sub2apiAdapter.read(
      fakeEnv({
        storage,
        routes: {
          ...routes,
          '/api/v1/user/profile': { body: { ...profile, data: { ...profile.data, id: 1002 } } },
        },
      }),
    );
    expect(read.session).toEqual({ storedUserId: '1001', serverUserId: '1002' });
  });

  it('older builds: redeem history as a bare array; console errors and bad rows are values', async () => {
    const history = fx('redeem-history') as { data: { items: unknown[] } };
    const read = await sub2apiAdapter.read(
      fakeEnv({
        storage,
        routes: {
          ...routes,
          '/api/v1/redeem/history': { body: { code: 0, message: 'success', data: history.data.items } },
          '/api/v1/keys': { body: { code: 500, message: 'internal error' } },
          '/api/v1/payment/orders/my': { body: { code: 0, data: { items: [{ id: 1, status: 'PAID' }] } } },
        },
      }),
    );
    expect(read.ledger).toHaveLength(2);
    expect(read.orders).toEqual([]);
    expect(read.errors).toEqual([
      { part: 'orders', code: 'bad_shape' },
      { part: 'keys', code: 'console_error' },
    ]);
  });
});
