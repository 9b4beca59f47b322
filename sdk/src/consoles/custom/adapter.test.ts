import { describe, expect, it } from 'vitest';
import { fakeEnv, recorded } from '../fake-env.js';
import { type CustomConsoleSource, createCustomAdapter } from './adapter.js';

const source = recorded('custom', 'operator-source');
const full: CustomConsoleSource = {
  getAccount: () => source.account,
  getOrders: async () => source.orders,
  getLedger: () => source.ledger,
  getKeys: () => source.keys,
};

describe('custom adapter (operator functions)', () => {
  it('validates and privacy-reduces what the operator returns', async () => {
    const read = await createCustomAdapter({ ...full, historyWindowDays: 90 }).read(fakeEnv({}));
    expect(read.errors).toEqual([]);
    expect(read.console).toEqual({ kind: 'custom', historyWindowDays: 90 });
    expect(read.account).toEqual({
      id: '5150',
      username: 'dave',
      email: 'dave@example.com',
      balance: { raw: 1200, quotaPerUnit: 100, displayUnit: 'CNY' },
    });
    expect(read.session).toEqual({ serverUserId: '5150', storedUserId: '5150' });
    expect(read.orders?.[0]).toMatchObject({
      ref: 'A-778',
      tradeNoTail: '7890',
      status: 'paid',
      rawStatus: 'WAIT_CREDIT',
      createdAt: Date.parse('2026-01-03T10:00:00+08:00'),
    });
    expect(read.orders?.[1]).toMatchObject({ ref: '771', rawStatus: 'credited', completedAt: 1767319260000 });
    expect(read.ledger?.[1]?.text).not.toContain('13812345678');
    expect(read.keys).toEqual([
      { name: 'dave-prod', masked: 'sk-F**********d4v3', last4: 'd4v3', status: 'enabled' },
      { name: 'dave-old', masked: '****9z9z', last4: '9z9z', status: 'disabled' },
    ]);
    const json = JSON.stringify(read);
    for (const secret of ['2026010322001498761234567890', '4200001234202601021234567890', 'FAKEfakeFAKE']) {
      expect(json).not.toContain(secret);
    }
  });

  it('a getter that throws or returns a bad shape is an error value; missing getters are just unknown', async () => {
    const read = await createCustomAdapter({
      getAccount: () => ({ id: '' }),
      getOrders: () => {
        throw new Error('backend down');
      },
      getLedger: () => 'nope' as never,
    }).read(fakeEnv({}));
    expect(read.errors).toEqual([
      { part: 'account', code: 'bad_shape' },
      { part: 'orders', code: 'console_error' },
      { part: 'ledger', code: 'bad_shape' },
    ]);
    expect(read.keys).toBeUndefined();
  });

  it('drops malformed rows, keeps the rest, and says so', async () => {
    const read = await createCustomAdapter({
      getAccount: () => null,
      getOrders: () => [...source.orders, { ref: 1, status: 'teleported', createdAt: 1 }],
    }).read(fakeEnv({}));
    expect(read.orders).toHaveLength(2);
    expect(read.errors).toEqual([
      { part: 'account', code: 'not_logged_in' },
      { part: 'orders', code: 'bad_shape' },
    ]);
  });

  it('detect: the operator predicate, never throwing, no network', () => {
    const env = fakeEnv({ pathname: '/billing' });
    expect(createCustomAdapter(full).detect(env)).toBe(true);
    expect(createCustomAdapter({ detect: (e) => e.pathname === '/billing' }).detect(env)).toBe(true);
    expect(createCustomAdapter({ detect: (e) => e.pathname === '/other' }).detect(env)).toBe(false);
    const broken = createCustomAdapter({
      detect: () => {
        throw new Error('x');
      },
    });
    expect(broken.detect(env)).toBe(false);
    expect(env.requests).toEqual([]);
  });

  it('names the console the facts come from when the caller passes it (the extension: new-api C)', async () => {
    const named = await createCustomAdapter({
      ...full,
      historyWindowDays: 30,
      console: { kind: 'new-api', generation: 'C' },
    }).read(fakeEnv({}));
    expect(named.console).toEqual({ kind: 'new-api', generation: 'C', historyWindowDays: 30 });
    const plain = await createCustomAdapter({ ...full, console: { kind: 'sub2api' } }).read(fakeEnv({}));
    expect(plain.console).toEqual({ kind: 'sub2api' });
    // a kind the core does not know is ignored: the preset's own name stands
    const bad = await createCustomAdapter({ ...full, console: { kind: 'evil' as never } }).read(fakeEnv({}));
    expect(bad.console).toEqual({ kind: 'custom' });
    // the preset itself is still the custom preset
    expect(createCustomAdapter(full).kind).toBe('custom');
  });
});
