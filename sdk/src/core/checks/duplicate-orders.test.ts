import { describe, expect, it } from 'vitest';
import { ago, ctx, facts, order } from '../diagnose/fixtures.js';
import { duplicateOrders } from './duplicate-orders.js';

describe('duplicate-orders', () => {
  it.each([
    { name: 'one order', orders: [order()], status: null },
    {
      name: 'two identical pending orders, one paid',
      orders: [
        order({ ref: '1', createdAt: ago(12) }),
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
    const r = duplicateOrders.run(ctx(facts({ orders })));
    expect(r?.status ?? null).toBe(status);
    if (paidCount !== undefined)
      expect(r?.evidence.params).toMatchObject({ count: 2, amount: 50, paidCount });
  });

  it('runs with a single order when the user says they ordered again', () => {
    expect(
      duplicateOrders.run(ctx(facts({ orders: [order()], answers: { orderedAgain: true } })))?.status,
    ).toBe('ok');
  });
});
