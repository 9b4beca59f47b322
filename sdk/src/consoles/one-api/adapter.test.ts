import { describe, expect, it } from 'vitest';
import { type FakeAnswer, fakeEnv, recorded } from '../fake-env.js';
import { newApiAdapter } from '../new-api/adapter.js';
import { oneApiAdapter } from './adapter.js';

const fx = (name: string): Record<string, unknown> => recorded('one-api', name);
const ok = (name: string): FakeAnswer => ({ status: 200, body: fx(name) });
const storage = fx('storage') as Record<string, string>;
const routes = {
  '/api/status': ok('status'),
  '/api/user/self': ok('user-self'),
  '/api/log/self': ok('log-self'),
  '/api/token/': ok('token-list'),
};

describe('one-api adapter', () => {
  it('detects one-api storage (user without new-api signals), no network', () => {
    const env = fakeEnv({ storage, routes });
    expect(oneApiAdapter.detect(env)).toBe(true);
    expect(oneApiAdapter.detect(fakeEnv({ storage: { ...storage, quota_display_type: 'USD' } }))).toBe(false);
    expect(oneApiAdapter.detect(fakeEnv({ storage: {} }))).toBe(false);
    expect(env.requests).toEqual([]);
  });

  it('one-api\'s real login answer keeps "group": "" (zero-valued fields): still one-api, not new-api', () => {
    const user = JSON.parse(storage.user ?? '{}') as Record<string, unknown>;
    expect(user).toMatchObject({ group: '', quota: 0, access_token: '', inviter_id: 0 });
    expect(oneApiAdapter.detect(fakeEnv({ storage }))).toBe(true);
    expect(newApiAdapter.detect(fakeEnv({ storage }))).toBe(false);
    // new-api's login answer names the group: that is a new-api signal.
    const newApiUser = JSON.stringify({ ...user, group: 'default' });
    expect(newApiAdapter.detect(fakeEnv({ storage: { ...storage, user: newApiUser } }))).toBe(true);
  });

  it('reads account, credits and keys; there is no orders list to read', async () => {
    const env = fakeEnv({ storage, routes });
    const read = await oneApiAdapter.read(env);
    expect(read.console).toEqual({ kind: 'one-api' });
    expect(read.errors).toEqual([{ part: 'orders', code: 'unsupported' }]);
    expect(read.orders).toBeUndefined();
    expect(read.account).toEqual({
      id: '7',
      username: 'bob',
      displayName: 'Bob',
      email: 'bob@example.com',
      group: 'default',
      balance: { raw: 1000000, quotaPerUnit: 500000, displayUnit: 'USD' },
    });
    expect(read.session).toEqual({ storedUserId: '7', serverUserId: '7' });
    expect(read.ledger).toEqual([
      { kind: 'redeem', at: 1767300000000, text: '通过兑换码充值 ＄2.000000 额度', topupAmount: 2 },
    ]);
    // one-api lists FULL keys: reduced to last 4 + masked form at once.
    expect(read.keys).toEqual([
      { name: 'bob-main', masked: 'FAKE**********b0b1', last4: 'b0b1', status: 'enabled' },
    ]);
    expect(JSON.stringify(read)).not.toContain('FAKEfakeFAKE');
    // Pre-PageInfo one-api pages from 0; reads are GETs only.
    expect(env.requests.find((r) => r.path === '/api/log/self')?.url).toContain('p=0');
    expect(env.requests.every((r) => r.method === 'GET' && !/auth|topup/.test(r.path))).toBe(true);
  });

  it('a logged-out session and broken answers become error values', async () => {
    const env = fakeEnv({
      storage,
      routes: {
        '/api/status': { status: 200, body: 'oops' },
        '/api/user/self': { status: 401, body: { success: false, message: '无权进行此操作，未登录' } },
        '/api/log/self': 'network',
        '/api/token/': { status: 500, body: '' },
      },
    });
    const read = await oneApiAdapter.read(env);
    expect(read.errors).toEqual([
      { part: 'orders', code: 'unsupported' },
      { part: 'status', code: 'bad_shape' },
      { part: 'account', code: 'not_logged_in' },
      { part: 'ledger', code: 'network' },
      { part: 'keys', code: 'http_500' },
    ]);
  });

  it('treats display_in_currency=false as raw quota (tokens)', async () => {
    const status = fx('status') as { data: Record<string, unknown> };
    const env = fakeEnv({
      storage,
      routes: {
        ...routes,
        '/api/status': { body: { ...status, data: { ...status.data, display_in_currency: false } } },
      },
    });
    const read = await oneApiAdapter.read(env);
    expect(read.account?.balance).toEqual({ raw: 1000000, quotaPerUnit: 1, displayUnit: 'TOKENS' });
  });
});
