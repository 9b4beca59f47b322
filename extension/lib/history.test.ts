import { Observations } from '@topup-doctor/sdk/core';
import { describe, expect, it } from 'vitest';
import { alice, bob, snap } from './fixtures.js';
import {
  emptyHistory,
  History,
  KEEP_DAYS,
  MAX_ACCOUNTS,
  MAX_ORDERS,
  MAX_REDEEMS,
  record,
  toObservations,
} from './history.js';

const T0 = Date.UTC(2026, 10, 20, 8, 0, 0);
const MIN = 60_000;

describe('history.record', () => {
  it('remembers accounts with first and last seen times', () => {
    let h = record(emptyHistory(), snap({ account: alice }), T0);
    h = record(h, snap({ account: bob }), T0 + MIN);
    h = record(h, snap({ account: alice }), T0 + 2 * MIN);
    expect(h.accounts).toEqual([
      { id: '1', label: 'alice', firstSeen: T0, lastSeen: T0 + 2 * MIN },
      { id: '2', label: 'b***@example.com', firstSeen: T0 + MIN, lastSeen: T0 + MIN },
    ]);
  });

  it('records an order the page created, under the account logged in at that time', () => {
    const order = {
      status: 'pending' as const,
      createdAt: T0 + MIN,
      tradeNoTail: 'a1b2',
      tradeNoUserId: '1',
      amount: 10,
    };
    const h = record(emptyHistory(), snap({ account: alice, created: [order] }), T0 + MIN);
    expect(h.orders).toEqual([{ ...order, accountId: '1', via: 'observed' }]);
  });

  it('counts a listed order as created here only if the account was seen before the order', () => {
    const older = { ref: '7', status: 'pending' as const, createdAt: T0 - 10 * MIN, tradeNoTail: '0001' };
    const newer = { ref: '8', status: 'pending' as const, createdAt: T0 + 5 * MIN, tradeNoTail: '0002' };
    let h = record(emptyHistory(), snap({ account: alice, orders: [older] }), T0);
    expect(h.orders).toEqual([]);
    h = record(h, snap({ account: alice, orders: [newer, older] }), T0 + 6 * MIN);
    expect(h.orders.map((o) => o.ref)).toEqual(['8']);
    // the status moves on, the creator stays
    h = record(h, snap({ account: bob, orders: [] }), T0 + 7 * MIN);
    h = record(h, snap({ account: alice, orders: [{ ...newer, status: 'credited' }] }), T0 + 8 * MIN);
    expect(h.orders[0]).toMatchObject({ ref: '8', status: 'credited', accountId: '1' });
  });

  it('is bounded in size and age', () => {
    let h = emptyHistory();
    for (let i = 0; i < MAX_ACCOUNTS + 5; i++) h = record(h, snap({ account: { id: String(i) } }), T0 + i);
    expect(h.accounts).toHaveLength(MAX_ACCOUNTS);
    expect(h.accounts[0]?.id).toBe(String(MAX_ACCOUNTS + 4));
    const created = Array.from({ length: 20 }, (_, i) => ({
      status: 'pending' as const,
      createdAt: T0 + i * MIN,
      tradeNoTail: `${1000 + i}`,
    }));
    for (let round = 0; round < 3; round++) {
      h = record(
        h,
        snap({
          account: alice,
          created: created.map((o) => ({ ...o, createdAt: o.createdAt + round * 3600_000 })),
        }),
        T0,
      );
    }
    expect(h.orders.length).toBe(MAX_ORDERS);
    const later = record(h, snap({}), T0 + (KEEP_DAYS + 1) * 86_400_000 + 4 * 3600_000);
    expect(later).toEqual({ accounts: [], orders: [], redeems: [] });
  });

  it('converts to the core Observations schema', () => {
    const h = record(
      emptyHistory(),
      snap({ account: alice, created: [{ status: 'pending', createdAt: T0, tradeNoTail: 'zz99' }] }),
      T0,
    );
    const obs = toObservations(h);
    expect(Observations.safeParse(obs).success).toBe(true);
    expect(obs.ordersCreatedHere[0]).toEqual({ accountId: '1', tradeNoTail: 'zz99', createdAt: T0 });
  });

  it('records which account redeemed which masked code when, once, bounded like the rest', () => {
    const used = { codeMasked: '3f…9f3e', outcome: 'success' as const, at: T0 };
    let h = record(emptyHistory(), snap({ account: alice, redeemed: [used] }), T0);
    // the observer posts its recent answers again with the next update: recorded once
    h = record(h, snap({ account: alice, redeemed: [used] }), T0 + MIN);
    // bob later tries the same code: "used", under bob
    const again = {
      codeMasked: '3f…9f3e',
      outcome: 'used' as const,
      at: T0 + 2 * MIN,
      message: '该兑换码已被使用',
    };
    h = record(h, snap({ account: bob, redeemed: [used, again] }), T0 + 2 * MIN);
    expect(h.redeems).toEqual([
      { ...again, accountId: '2' },
      { ...used, accountId: '1' },
    ]);
    expect(toObservations(h).redeemsHere).toEqual([
      {
        accountId: '2',
        codeMasked: '3f…9f3e',
        outcome: 'used',
        at: T0 + 2 * MIN,
        message: '该兑换码已被使用',
      },
      { accountId: '1', codeMasked: '3f…9f3e', outcome: 'success', at: T0 },
    ]);
    expect(Observations.safeParse(toObservations(h)).success).toBe(true);
    // bounded in number and age
    for (let i = 0; i < MAX_REDEEMS + 5; i++)
      h = record(h, snap({ account: alice, redeemed: [{ outcome: 'invalid', at: T0 + i }] }), T0 + 3 * MIN);
    expect(h.redeems).toHaveLength(MAX_REDEEMS);
    expect(record(h, snap({}), T0 + (KEEP_DAYS + 1) * 86_400_000).redeems).toEqual([]);
  });

  it('reads histories stored before redeems were recorded', () => {
    expect(History.parse({ accounts: [], orders: [] })).toEqual({ accounts: [], orders: [], redeems: [] });
  });
});
