import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CATALOGS as CORE, lintCatalog, Rules } from '@topup-doctor/sdk/core';
import { describe, expect, it } from 'vitest';
import { CATALOGS, warningText } from '../i18n/catalog.js';
import { alice, bob, snap } from './fixtures.js';
import { emptyHistory, record } from './history.js';
import { computeWarnings, keyStatus } from './warnings.js';

const T0 = Date.UTC(2026, 10, 20, 8, 0, 0);
const MIN = 60_000;
const ids = (w: { id: string }[]) => w.map((x) => x.id);

function aliceOrderedThenBob() {
  let h = record(emptyHistory(), snap({ account: alice }), T0);
  h = record(
    h,
    snap({
      account: alice,
      created: [
        { status: 'pending', createdAt: T0 + MIN, tradeNoTail: 'k3x9', tradeNoUserId: '1', amount: 10 },
      ],
    }),
    T0 + MIN,
  );
  h = record(h, snap({ account: bob }), T0 + 3 * MIN);
  return h;
}

describe('computeWarnings', () => {
  it('warns when the account now is not the one that created a pending order here', () => {
    const h = aliceOrderedThenBob();
    const w = computeWarnings(h, snap({ account: bob, pageKind: 'orders' }), { now: T0 + 3 * MIN });
    expect(ids(w)).toEqual(['other-account-order', 'several-accounts']);
    expect(w[0]?.params).toMatchObject({
      creator: 'alice (#1)',
      current: 'b***@example.com (#2)',
      order: '…k3x9',
      minutes: 2,
    });
    expect(w[1]?.params).toMatchObject({ count: 2, payer: 'alice (#1)' });
    // the creator sees no mismatch for their own order
    expect(
      ids(computeWarnings(h, snap({ account: alice, pageKind: 'orders' }), { now: T0 + 4 * MIN })),
    ).toEqual(['several-accounts']);
  });

  it('words an order created under a minute ago as "just now", not "0 minutes ago"', () => {
    const h = aliceOrderedThenBob();
    const [w] = computeWarnings(h, snap({ account: bob, pageKind: 'orders' }), { now: T0 + MIN + 20_000 });
    expect(w?.key).toBe('ext.warn.otherAccountOrderJustNow');
    expect(warningText('zh-CN', w!)).toContain('刚刚创建');
    expect(warningText('en', w!)).toContain('created just now');
  });

  it('says which account a payment or redemption will credit when several were used', () => {
    const h = aliceOrderedThenBob();
    const pay = computeWarnings(h, snap({ account: bob, pageKind: 'topup' }), { now: T0 + 4 * MIN });
    expect(pay.find((x) => x.id === 'will-credit')).toMatchObject({
      key: 'ext.warn.willCreditPay',
      params: { account: 'b***@example.com (#2)' },
    });
    const redeem = computeWarnings(h, snap({ account: bob, pageKind: 'redeem' }), { now: T0 + 4 * MIN });
    expect(redeem.find((x) => x.id === 'will-credit')?.key).toBe('ext.warn.willCreditRedeem');
    // one account only: no "will credit" noise
    const single = record(emptyHistory(), snap({ account: alice }), T0);
    expect(computeWarnings(single, snap({ account: alice, pageKind: 'redeem' }), { now: T0 })).toEqual([]);
  });

  it('flags a listed order whose trade number carries another user id', () => {
    const orders = [
      { ref: '9', status: 'pending' as const, createdAt: T0, tradeNoTail: 'ab12', tradeNoUserId: '2' },
    ];
    const w = computeWarnings(emptyHistory(), snap({ account: alice, orders }), { now: T0 });
    expect(w).toEqual([
      {
        id: 'trade-no-user',
        key: 'ext.warn.tradeNoUser',
        params: { order: '…ab12', owner: '#2', current: 'alice (#1)' },
      },
    ]);
  });

  it('flags a key last-4 not in this account and a stale tab', () => {
    const page = snap({
      account: alice,
      keysLast4: ['wxyz', '1234'],
      session: { storedUserId: '2', serverUserId: '1' },
    });
    expect(ids(computeWarnings(emptyHistory(), page, { now: T0, keyLast4: '1234' }))).toEqual(['stale-tab']);
    expect(ids(computeWarnings(emptyHistory(), page, { now: T0, keyLast4: '9999' }))).toEqual([
      'stale-tab',
      'key-not-in-account',
    ]);
    const header = snap({ account: alice, session: { userHeaderMismatch: true } });
    expect(ids(computeWarnings(emptyHistory(), header, { now: T0 }))).toEqual(['stale-tab']);
  });

  it('says whether the key is in the list, and "unknown" until an account and its key list are read', () => {
    const page = snap({ account: alice, keysLast4: ['wxyz', '1234'] });
    expect(keyStatus(page, '1234')).toBe('in-account');
    expect(keyStatus(page, '9999')).toBe('not-in-account');
    expect(keyStatus(snap({ account: alice }), '1234')).toBe('unknown');
    expect(keyStatus(snap({ keysLast4: ['1234'] }), '1234')).toBe('unknown');
    expect(keyStatus(undefined, '1234')).toBe('unknown');
    // no warning while the list is unknown: the popup says it cannot check yet
    expect(computeWarnings(emptyHistory(), snap({ account: alice }), { now: T0, keyLast4: '9999' })).toEqual(
      [],
    );
  });

  it('forgets orders and accounts older than the recent window', () => {
    const h = aliceOrderedThenBob();
    const w = computeWarnings(h, snap({ account: bob }), { now: T0 + 8 * 86_400_000 });
    expect(w).toEqual([]);
  });

  it("follows the operator's rules: the recent window is rules.recentAccountsDays, not a constant", () => {
    const h = aliceOrderedThenBob();
    const threeDays = T0 + 3 * 86_400_000;
    // default rules (7 days): both accounts and alice's open order still count
    expect(ids(computeWarnings(h, snap({ account: bob, pageKind: 'orders' }), { now: threeDays }))).toEqual([
      'other-account-order',
      'several-accounts',
    ]);
    // an operator who declared 2 days: three days later nothing of it is "recent"
    const rules = Rules.parse({ recentAccountsDays: 2 });
    expect(computeWarnings(h, snap({ account: bob, pageKind: 'orders' }), { now: threeDays, rules })).toEqual(
      [],
    );
    // and 10 days keeps it past the default week
    const ten = Rules.parse({ recentAccountsDays: 10 });
    expect(
      ids(
        computeWarnings(h, snap({ account: bob, pageKind: 'orders' }), {
          now: T0 + 8 * 86_400_000,
          rules: ten,
        }),
      ),
    ).toEqual(['other-account-order', 'several-accounts']);
  });

  it('are the core checks: a failed session-user check is the stale-tab warning, named by labels', () => {
    const h = aliceOrderedThenBob();
    // another tab read a later login of bob while this tab still shows alice
    const w = computeWarnings(h, snap({ account: alice }), {
      now: T0 + 4 * MIN,
      session: { storedUserId: '1', serverUserId: '2' },
    });
    expect(w[0]).toEqual({
      id: 'stale-tab',
      key: 'ext.warn.staleTab',
      params: { stored: 'alice (#1)', server: 'b***@example.com (#2)' },
    });
    expect(warningText('zh-CN', w[0]!)).toContain('此标签页记住的用户（alice (#1)）');
  });

  it('words every warning from the core catalogs (one source with the widget), every placeholder filled', () => {
    const h = aliceOrderedThenBob();
    const all = [
      ...computeWarnings(
        h,
        snap({
          account: bob,
          pageKind: 'topup',
          keysLast4: ['aaaa'],
          session: { userHeaderMismatch: true },
          orders: [{ status: 'pending', createdAt: T0, tradeNoUserId: '3' }],
        }),
        { now: T0 + 4 * MIN, keyLast4: 'bbbb' },
      ),
      ...computeWarnings(h, snap({ account: bob, pageKind: 'redeem' }), { now: T0 + 4 * MIN }),
    ];
    // (The extension's own layer cannot carry a warning's key: Layer<MessageKey | WidgetKey> in catalog.ts.)
    for (const locale of ['zh-CN', 'en'] as const) {
      for (const w of all)
        expect(warningText(locale, w), `${locale} ${w.key}`).not.toMatch(/\{\w+\}|ext\.warn/);
    }
    expect(warningText('zh-CN', all[0]!)).toMatch(/[\u4e00-\u9fff]/);
  });

  it('its own copy passes the core’s lint (no empty copy, same params, no promise wording)', () => {
    expect(lintCatalog(CATALOGS['zh-CN'], CATALOGS.en)).toEqual([]);
  });
});

describe('the core catalog’s ext.warn.* copy', () => {
  it('is all raised by this file (no dead copy in the widget’s catalogs)', () => {
    const source = readFileSync(join(import.meta.dirname, 'warnings.ts'), 'utf8');
    const raised = new Set([...source.matchAll(/['`](ext\.warn\.[\w.-]+)['`]/g)].map((m) => m[1]));
    const catalogued = Object.keys(CORE['zh-CN']).filter((k) => k.startsWith('ext.warn.'));
    expect(catalogued.length).toBeGreaterThan(5);
    expect(catalogued.filter((k) => !raised.has(k))).toEqual([]);
  });
});
