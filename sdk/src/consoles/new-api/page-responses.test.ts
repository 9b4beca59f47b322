import { describe, expect, it } from 'vitest';
import { fakeEnv, recorded } from '../fake-env.js';
import { createNewApiAdapter } from './adapter.js';
import { createNewApiObserver } from './page-responses.js';

const fx = (name: string): unknown => recorded('new-api', name);

// What a generation C page's own requests look like (absolute URLs, query strings, trailing slashes).
function feedPage(observer = createNewApiObserver()) {
  expect(observer.feed('https://gateway.example/api/status', fx('status'))).toBe(true);
  expect(observer.feed('/api/user/self', JSON.stringify(fx('user-self')))).toBe(true);
  expect(observer.feed('/api/user/topup/self?p=1&page_size=10', fx('topup-self'))).toBe(true);
  expect(observer.feed('/api/log/self?p=1&page_size=10&type=1', fx('log-self-topup'))).toBe(true);
  expect(observer.feed('/api/token/?p=1&size=10', fx('token-list'))).toBe(true);
  return observer;
}

describe('new-api generation C: facts from the page own responses', () => {
  it('reads the observed facts without any request of its own', async () => {
    const observer = feedPage();
    const env = fakeEnv({ storage: {}, routes: {} });
    const adapter = createNewApiAdapter({ observer });
    expect(adapter.detect(env)).toBe(true);
    const read = await adapter.read(env);
    expect(env.requests).toEqual([]); // never /api/user/auth/refresh, never anything
    expect(read.errors).toEqual([]);
    expect(read.console).toEqual({ kind: 'new-api', generation: 'C', historyWindowDays: 30 });
    expect(read.account?.id).toBe('42');
    expect(read.account?.balance).toEqual({ raw: 7250000, quotaPerUnit: 500000, displayUnit: 'USD' });
    expect(read.session).toEqual({ serverUserId: '42' });
    expect(read.orders?.map((o) => o.status)).toEqual(['pending', 'credited', 'expired', 'failed']);
    expect(read.ledger?.[1]).toMatchObject({ kind: 'redeem', amount: 5 });
    expect(read.keys?.map((k) => k.last4)).toEqual(['Zt8K', 'a91M']);
  });

  it('works whatever order the responses arrive in (log page before /api/status)', () => {
    const observer = createNewApiObserver();
    observer.feed('/api/log/self?type=1', fx('log-self-topup'));
    expect(observer.snapshot().ledger?.[1]?.amount).toBeUndefined();
    observer.feed('/api/status', fx('status'));
    expect(observer.snapshot().ledger?.[1]?.amount).toBe(5);
  });

  it('keeps nothing raw: full keys and trade numbers never reach the snapshot', () => {
    const observer = createNewApiObserver();
    observer.feed('/api/token/', fx('token-list-legacy'));
    observer.feed('/api/user/topup/self', fx('topup-self'));
    const json = JSON.stringify(observer.snapshot());
    expect(json).not.toContain('FAKEfakeFAKE');
    expect(json).not.toContain('USR42NOq7Ld2x1767398400');
    expect(observer.snapshot().keys).toEqual([
      { name: 'old-key', masked: 'FAKE**********7Q2x', last4: '7Q2x', status: 'enabled' },
    ]);
  });

  it('ignores what it does not recognise: other paths, failures, garbage', () => {
    const observer = createNewApiObserver();
    expect(observer.feed('/api/user/auth/refresh', { success: true, data: { access_token: 'x' } })).toBe(
      false,
    );
    expect(observer.feed('/api/user/self', fx('error-user-mismatch'))).toBe(false);
    expect(observer.feed('/api/user/self', '<html>')).toBe(false);
    expect(observer.feed('/api/user/self', { success: true, data: { id: 1 } })).toBe(false);
    expect(observer.feed('/api/user/topup/self', { success: true, data: { items: 3 } })).toBe(false);
    expect(observer.feed('/api/status', null)).toBe(false);
    expect(observer.hasAccount()).toBe(false);
  });

  it('says which parts were not observed yet, and clear() forgets everything', async () => {
    const observer = createNewApiObserver();
    observer.feed('/api/user/self', fx('user-self'));
    const adapter = createNewApiAdapter({ observer });
    const read = await adapter.read(fakeEnv({ storage: {} }));
    expect(read.errors).toEqual([
      { part: 'status', code: 'not_observed' },
      { part: 'orders', code: 'not_observed' },
      { part: 'ledger', code: 'not_observed' },
      { part: 'keys', code: 'not_observed' },
    ]);
    observer.clear();
    expect(observer.hasAccount()).toBe(false);
    expect(adapter.detect(fakeEnv({ storage: {} }))).toBe(false);
  });

  it('flags malformed rows and keeps the good ones', () => {
    const observer = createNewApiObserver();
    const page = fx('topup-self') as { data: { items: unknown[] } };
    observer.feed('/api/user/topup/self', {
      success: true,
      data: { items: [...page.data.items, { bogus: 1 }] },
    });
    expect(observer.snapshot().orders).toHaveLength(4);
    expect(observer.snapshot().badShape).toEqual(['orders']);
  });

  it('a storage-backed tab (A/B) is read from storage, not from the observer', async () => {
    const observer = feedPage();
    const env = fakeEnv({ storage: fx('storage-b') as Record<string, string>, routes: {} });
    const read = await createNewApiAdapter({ observer }).read(env);
    expect(read.console.generation).toBe('B');
    expect(env.requests.length).toBe(5);
  });
});
