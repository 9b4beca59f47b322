import { describe, expect, it } from 'vitest';
import { ago, ctx, facts, order } from '../diagnose/fixtures.js';
import { duplicateOrders } from './duplicate-orders.js';

const DAY_MIN = 24 * 60;

describe('duplicate-orders', () => {
  it.each([
    { name: 'one order', orders: [order()], status: null },
    {
      name: 'two identical orders, the one in question pending, the other paid',
      orders: [
        order({ ref: '1', createdAt: ago(12), tradeNo: '…AAAA', tradeNoTail: 'AAAA' }),
        order({ ref: '2', createdAt: ago(8), status: 'credited' }),
      ],
      status: 'warn',
      paidCount: 1,
    },
    {
      name: 'same amount, far apart',
      orders: [order({ ref: '1', createdAt: ago(600) }), order({ ref: '2', createdAt: ago(8) })],
      status: 'ok',
    },
    {
      name: 'close in time, different amounts',
      orders: [order({ ref: '1', money: 50 }), order({ ref: '2', money: 100, amount: 100 })],
      status: 'ok',
    },
  ])('$name', ({ orders, status, paidCount }) => {
    const r = duplicateOrders.run(ctx(facts({ orders, answers: { orderRef: '1' } })));
    expect(r?.status ?? null).toBe(status);
    if (paidCount !== undefined) {
      expect(r?.evidence.params).toMatchObject({ count: 2, amount: 50, paidCount });
      // Every candidate is listed, masked.
      expect(r?.evidence.params?.tails).toBe('…AAAA, USR…9F3K');
    }
  });

  it('a same-amount pair from three days ago is not news about today’s order', () => {
    const orders = [
      order({ ref: '1', createdAt: ago(3 * DAY_MIN), status: 'credited' }),
      order({ ref: '2', createdAt: ago(3 * DAY_MIN - 2), status: 'credited' }),
      order({ ref: '3', createdAt: ago(5) }),
    ];
    expect(duplicateOrders.run(ctx(facts({ orders, answers: { orderRef: '3' } })))?.status).toBe('ok');
    // No order chosen: the latest stands in, and it has no twin.
    expect(duplicateOrders.run(ctx(facts({ orders })))?.status).toBe('ok');
  });

  it('the latest order stands in only when the question is about duplicates', () => {
    const orders = [order({ ref: '1', createdAt: ago(12) }), order({ ref: '2', createdAt: ago(8) })];
    expect(duplicateOrders.run(ctx(facts({ orders })))?.status).toBe('ok');
    const asked = facts({ orders, answers: { problem: 'duplicate_or_refund' } });
    expect(duplicateOrders.run(ctx(asked))?.status).toBe('warn');
  });

  it('runs with a single order when the user says they ordered again', () => {
    expect(
      duplicateOrders.run(ctx(facts({ orders: [order()], answers: { orderedAgain: true } })))?.status,
    ).toBe('ok');
  });
});
