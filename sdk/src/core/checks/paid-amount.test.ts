import { describe, expect, it } from 'vitest';
import { ctx, facts, order } from '../diagnose/fixtures.js';
import { paidAmount } from './paid-amount.js';

describe('paid-amount', () => {
  it.each([
    { name: 'amount not given', answers: {}, status: null },
    { name: 'paid what was ordered', answers: { paidAmount: 50 }, status: 'ok' },
    { name: 'within the tolerance', answers: { paidAmount: 50.005 }, status: 'ok' },
    // Typed 55 for a 50 order: epay never matches it to the order.
    { name: 'paid 55 for a 50 order', answers: { paidAmount: 55 }, status: 'fail' },
  ])('$name', ({ answers, status }) => {
    const f = facts({ orders: [order()], answers: { ...answers, tradeNoTail: '9F3K' } });
    expect(paidAmount.run(ctx(f))?.status ?? null).toBe(status);
  });

  it('no order to compare with', () => {
    expect(paidAmount.run(ctx(facts({ answers: { paidAmount: 55 } })))).toBeNull();
  });
});
