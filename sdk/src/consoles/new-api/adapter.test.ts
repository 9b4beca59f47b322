import { describe, expect, it } from 'vitest';
import { tradeNoUserId } from '../../core/index.js';
import { type FakeAnswer, fakeEnv, recorded } from '../fake-env.js';
import { createNewApiAdapter } from './adapter.js';
import { balanceOf, displaySettings } from './map.js';
import { createNewApiObserver } from './page-responses.js';

const fx = (name: string): Record<string, unknown> => recorded('new-api', name);
const ok = (name: string): FakeAnswer => ({ status: 200, body: fx(name) });

const storageB = fx('storage-b') as Record<string, string>;
const storageA = fx('storage-a') as Record<string, string>;
const routes = {
  '/api/status': ok('status'),
  '/api/user/self': ok('user-self'),
  '/api/user/topup/self': ok('topup-self'),
  '/api/log/self': ok('log-self-topup'),
  '/api/token/': ok('token-list'),
};
// A fresh observer per adapter so the page-wide one never leaks between tests.
const adapter = () => createNewApiAdapter({ observer: createNewApiObserver() });

describe('new-api adapter, generation B (web/default)', () => {
  it('reads account, balance, recent orders, credits and masked keys', async () => {
    const env = fakeEnv({ storage: storageB, routes });
    const read = await adapter().read(env);
    expect(read.errors).toEqual([]);
    expect(read.console).toEqual({ kind: 'new-api', generation: 'B', historyWindowDays: 30 });
    expect(read.account).toEqual({
      id: '42',
      username: 'alice',
      displayName: 'Alice',
      email: 'alice@example.com',
      group: 'default',
      balance: { raw: 7250000, quotaPerUnit: 500000, displayUnit: 'USD' },
    });
    expect(read.session).toEqual({ storedUserId: '42', serverUserId: '42' });
    expect(read.orders?.map((o) => [o.ref, o.status, o.rawStatus])).toEqual([
      ['311', 'pending', 'pending'],
      ['305', 'credited', 'success'],
      ['297', 'expired', 'expired'],
      ['290', 'failed', 'failed'],
    ]);
    const [pending, credited, stripe] = read.orders ?? [];
    // create_time / complete_time are unix seconds; complete_time 0 means "not completed".
    expect(pending?.createdAt).toBe(1767398400 * 1000);
    expect(pending?.completedAt).toBeUndefined();
    expect(credited?.completedAt).toBe(1767312061 * 1000);
    expect(pending).toMatchObject({
      tradeNoUserId: '42',
      tradeNoTail: '8400',
      amount: 20,
      money: 146,
      method: 'alipay',
      provider: 'epay',
    });
    expect(stripe?.tradeNoUserId).toBeUndefined();
    expect(read.ledger?.map((e) => e.kind)).toEqual(['online', 'redeem', 'manual']);
    // quota 2500000 at 500000 per USD: a 5 USD credit.
    expect(read.ledger?.[1]).toMatchObject({ quota: 2500000, amount: 5, at: 1767200000 * 1000 });
    expect(read.keys).toEqual([
      { name: 'prod', masked: 'n3Fq**********Zt8K', last4: 'Zt8K', group: 'default', status: 'enabled' },
      { name: 'trial', masked: 'Wq0p**********a91M', last4: 'a91M', group: 'default', status: 'exhausted' },
    ]);
  });

  it('never lets a full trade number into the facts', async () => {
    const read = await adapter().read(fakeEnv({ storage: storageB, routes }));
    const json = JSON.stringify(read);
    for (const t of [
      'USR42NOq7Ld2x1767398400',
      'USR42NOb9Zt4k1767312000',
      'ref_5f2c0e9a1b7d4c3e8f6a2b1c0d9e8f7a',
    ]) {
      expect(json).not.toContain(t);
      expect(json).not.toContain(t.slice(0, 12));
    }
    expect(read.orders?.[0]?.tradeNo).toMatch(/8400$/);
  });

  it('sends New-Api-User with every authenticated call, GETs only, bounded pages, in parallel', async () => {
    const env = fakeEnv({ storage: storageB, routes, delayMs: 5 });
    await adapter().read(env);
    expect(env.requests.map((r) => r.path).sort()).toEqual([
      '/api/log/self',
      '/api/status',
      '/api/token/',
      '/api/user/self',
      '/api/user/topup/self',
    ]);
    for (const r of env.requests) {
      expect(r.method).toBe('GET');
      if (r.path !== '/api/status') expect(r.headers['New-Api-User']).toBe('42');
      if (/topup|log|token/.test(r.path)) expect(r.url).toMatch(/page_size=20\b/);
      expect(r.path).not.toMatch(/auth/);
    }
    // The topup list pages from 1 (common.GetPageQuery); log and token lists use p=0, the first page for
    // both 0-based pre-PageInfo builds and GetPageQuery (p < 1 -> 1).
    expect(env.requests.find((r) => r.path === '/api/user/topup/self')?.url).toContain('p=1&');
    expect(env.requests.find((r) => r.path === '/api/log/self')?.url).toContain('type=1&p=0&');
  });

  it('issues the five reads at once rather than one after another', async () => {
    let inFlight = 0;
    let maxInFlight = 0;
    const env = fakeEnv({ storage: storageB, routes });
    const inner = env.fetch;
    env.fetch = async (input, init) => {
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      await new Promise((r) => setTimeout(r, 5));
      try {
        return await inner(input, init);
      } finally {
        inFlight--;
      }
    };
    await adapter().read(env);
    expect(maxInFlight).toBe(5);
  });
});

describe('new-api adapter, generation A (Semi UI) and older builds', () => {
  it('takes the header id from localStorage.user', async () => {
    const env = fakeEnv({ storage: storageA, routes });
    const read = await adapter().read(env);
    expect(read.console.generation).toBe('A');
    expect(read.session).toEqual({ storedUserId: '42', serverUserId: '42' });
    expect(env.requests.find((r) => r.path === '/api/user/self')?.headers['New-Api-User']).toBe('42');
  });

  it('without a top-up history view (404) falls back to type-1 log rows; full keys are reduced', async () => {
    const env = fakeEnv({
      storage: storageA,
      routes: {
        ...routes,
        '/api/user/topup/self': { status: 404, body: fx('error-not-found') },
        '/api/log/self': ok('log-self-legacy'),
        '/api/token/': ok('token-list-legacy'),
      },
    });
    const read = await adapter().read(env);
    expect(read.orders).toBeUndefined();
    expect(read.console.historyWindowDays).toBeUndefined();
    expect(read.errors).toEqual([{ part: 'orders', code: 'unsupported' }]);
    expect(read.ledger).toEqual([
      { kind: 'redeem', at: 1735700000 * 1000, text: '通过兑换码充值 ＄10.000000 额度', topupAmount: 10 },
    ]);
    expect(read.keys).toEqual([
      { name: 'old-key', masked: 'FAKE**********7Q2x', last4: '7Q2x', status: 'enabled' },
    ]);
    expect(JSON.stringify(read)).not.toContain('FAKEfakeFAKE');
  });
});

describe('new-api adapter, session problems', () => {
  it('reports a stale tab: "New-Api-User 与登录用户不匹配" -> userHeaderMismatch', async () => {
    const mismatch: FakeAnswer = { status: 401, body: fx('error-user-mismatch') };
    const env = fakeEnv({
      storage: storageB,
      routes: (p) => (p.startsWith('/api/status') ? ok('status') : mismatch),
    });
    const read = await adapter().read(env);
    expect(read.account).toBeUndefined();
    expect(read.session).toEqual({ storedUserId: '42', userHeaderMismatch: true });
    expect(read.errors).toContainEqual({ part: 'account', code: 'user_header_mismatch' });
    expect(read.errors).toContainEqual({ part: 'orders', code: 'user_header_mismatch' });
  });

  it('reports not_logged_in for a 401 and for an invalid access token (HTTP 200, success:false)', async () => {
    const env = fakeEnv({
      storage: storageB,
      routes: {
        '/api/status': ok('status'),
        '/api/user/self': { status: 401, body: fx('error-not-logged-in') },
        '/api/user/topup/self': {
          status: 200,
          body: { success: false, message: '无权进行此操作，access token 无效' },
        },
      },
    });
    const read = await adapter().read(env);
    expect(read.errors).toContainEqual({ part: 'account', code: 'not_logged_in' });
    expect(read.errors).toContainEqual({ part: 'orders', code: 'not_logged_in' });
    expect(read.session?.userHeaderMismatch).toBeUndefined();
  });

  it('answers not_logged_in without any request when nothing is stored and nothing was observed', async () => {
    const env = fakeEnv({ storage: {}, routes });
    const read = await adapter().read(env);
    expect(read.errors).toEqual([{ part: 'account', code: 'not_logged_in' }]);
    expect(env.requests).toEqual([]);
  });
});

describe('new-api adapter, bad console data never throws', () => {
  it('network failure -> network for every part', async () => {
    const read = await adapter().read(fakeEnv({ storage: storageB, routes: () => 'network' }));
    expect(read.errors.map((e) => e.code)).toEqual(['network', 'network', 'network', 'network', 'network']);
    // Display settings fall back to new-api's defaults so the balance still means something.
    expect(read.account).toBeUndefined();
  });

  it('HTML error pages, wrong shapes and malformed rows -> bad_shape / http_<n>, good rows kept', async () => {
    const topups = fx('topup-self') as { data: { items: unknown[] } };
    const env = fakeEnv({
      storage: storageB,
      routes: {
        '/api/status': { status: 502, body: '<html>Bad Gateway</html>' },
        '/api/user/self': { status: 200, body: { success: true, data: { id: 42, quota: 'lots' } } },
        '/api/user/topup/self': {
          status: 200,
          body: {
            success: true,
            data: { items: [...topups.data.items, { id: 1, status: 'success' }, null] },
          },
        },
        '/api/log/self': { status: 200, body: '<!doctype html>' },
        '/api/token/': { status: 200, body: { success: true, data: { items: 'nope' } } },
      },
    });
    const read = await adapter().read(env);
    expect(read.errors).toEqual([
      { part: 'status', code: 'http_502' },
      { part: 'account', code: 'bad_shape' },
      { part: 'orders', code: 'bad_shape' },
      { part: 'ledger', code: 'bad_shape' },
      { part: 'keys', code: 'bad_shape' },
    ]);
    expect(read.orders).toHaveLength(4);
  });

  it('masks sensitive values inside log texts before they enter the facts', async () => {
    const env = fakeEnv({
      storage: storageB,
      routes: {
        ...routes,
        '/api/log/self': {
          status: 200,
          body: {
            success: true,
            data: [
              {
                created_at: 1767300000,
                type: 1,
                content: '管理员补单成功，备注：用户手机 13812345678',
                quota: 0,
              },
            ],
          },
        },
      },
    });
    const read = await adapter().read(env);
    expect(read.ledger?.[0]?.kind).toBe('manual');
    expect(read.ledger?.[0]?.text).not.toContain('13812345678');
  });

  it('keeps only credit rows even when an old build ignores ?type=1', async () => {
    const env = fakeEnv({
      storage: storageB,
      routes: {
        ...routes,
        '/api/log/self': {
          status: 200,
          body: {
            success: true,
            data: [
              { created_at: 1767300000, type: 2, content: '模型倍率 1.00', quota: 120 },
              { created_at: 1767300001, type: 6, content: '任务失败退款 ＄0.100000 额度', quota: 50000 },
            ],
          },
        },
      },
    });
    const read = await adapter().read(env);
    expect(read.ledger).toEqual([
      { kind: 'refund', at: 1767300001000, text: '任务失败退款 ＄0.100000 额度', quota: 50000, amount: 0.1 },
    ]);
  });
});

describe('new-api display settings (quota vs money)', () => {
  it('USD, CNY, CUSTOM and TOKENS display types, and the legacy display_in_currency flag', () => {
    const base = { quota_per_unit: 500000, usd_exchange_rate: 7.3, custom_currency_exchange_rate: 2 };
    const unit = (s: Record<string, unknown>) => {
      const d = displaySettings({ ...base, ...s });
      if (!d) throw new Error('no settings');
      const b = balanceOf(1_000_000, d);
      return [b.displayUnit, Math.round((b.raw / b.quotaPerUnit) * 100) / 100];
    };
    expect(unit({ quota_display_type: 'USD' })).toEqual(['USD', 2]);
    expect(unit({ quota_display_type: 'CNY' })).toEqual(['CNY', 14.6]);
    expect(unit({ quota_display_type: 'CUSTOM' })).toEqual(['CUSTOM', 4]);
    expect(unit({ quota_display_type: 'TOKENS' })).toEqual(['TOKENS', 1_000_000]);
    expect(unit({ display_in_currency: false })).toEqual(['TOKENS', 1_000_000]);
    expect(unit({ display_in_currency: true })).toEqual(['USD', 2]);
    expect(unit({ quota_per_unit: 0, quota_display_type: 'USD' })).toEqual(['USD', 2]);
  });

  it('uses the page-cached settings when /api/status cannot be read', async () => {
    const env = fakeEnv({
      storage: { ...storageA, quota_per_unit: '1000000', quota_display_type: 'USD' },
      routes: { ...routes, '/api/status': 'network' },
    });
    const read = await adapter().read(env);
    expect(read.errors).toEqual([{ part: 'status', code: 'network' }]);
    expect(read.account?.balance).toEqual({ raw: 7250000, quotaPerUnit: 1000000, displayUnit: 'USD' });
  });
});

describe('trade numbers that carry a user id (controller/topup.go)', () => {
  it.each([
    ['USR42NOq7Ld2x1767398400', '42'],
    ['SUBUSR7NOabc1231767398400', '7'],
    ['USR9PROMO3NOabc1231767398400', '9'],
    ['WAFFO-15-1767398400123-a1b2c3', '15'],
    ['ref_5f2c0e9a1b7d4c3e8f6a2b1c0d9e8f7a', undefined],
    ['2026010322001498761234567890', undefined],
  ])('%s -> %s', (tradeNo, uid) => {
    expect(tradeNoUserId(tradeNo)).toBe(uid);
  });
});

describe('new-api detect (storage and path only, no network)', () => {
  const detect = (storage: Record<string, string>, pathname = '/') => {
    const env = fakeEnv({ storage, routes, pathname });
    const hit = adapter().detect(env);
    expect(env.requests).toEqual([]);
    return hit;
  };
  it('recognises B by uid + user, A by user + new-api status keys', () => {
    expect(detect(storageB)).toBe(true);
    expect(detect(storageA)).toBe(true);
    expect(detect({ user: '{"id":42,"username":"alice"}' }, '/console/topup')).toBe(true);
  });
  it('leaves one-api, sub2api and unrelated pages alone', () => {
    expect(detect(recorded('one-api', 'storage') as Record<string, string>)).toBe(false);
    expect(detect(recorded('sub2api', 'storage') as Record<string, string>)).toBe(false);
    expect(detect({})).toBe(false);
    expect(detect({ uid: 'firebase-user-1' })).toBe(false);
    expect(detect({ user: 'not json' })).toBe(false);
  });
  it('survives a storage that throws', () => {
    const env = fakeEnv({ storage: {}, routes });
    env.storage = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    };
    expect(adapter().detect(env)).toBe(false);
  });
});
