import { describe, expect, it } from 'vitest';
import { ago, ctx, facts, order } from '../diagnose/fixtures.js';
import { orderInList } from './order-in-list.js';

const DAY_MIN = 24 * 60;

describe('order-in-list', () => {
  it.each([
    { name: 'nothing to look up', f: facts({ orders: [order()] }), status: null },
    {
      name: 'found by receipt tail',
      f: facts({ orders: [order()], answers: { tradeNoTail: '9f3k' } }),
      status: 'ok',
    },
    {
      name: 'found by payment time',
      f: facts({ orders: [order()], answers: { paidAt: ago(4) } }),
      status: 'ok',
    },
    {
      name: 'missing in this account',
      f: facts({ orders: [order()], answers: { tradeNoTail: '1832' } }),
      status: 'warn',
    },
    {
      name: 'console has no order list',
      f: facts({ orders: undefined, answers: { paidAt: ago(4) } }),
      status: 'unknown',
    },
    // Past the 30-day list window "not found" proves nothing: history-window speaks instead.
    {
      name: 'older than the window',
      f: facts({ orders: [], answers: { paidAt: ago(40 * DAY_MIN) } }),
      status: null,
    },
  ])('$name', ({ f, status }) => {
    expect(orderInList.run(ctx(f))?.status ?? null).toBe(status);
  });

  it('states the 30-day caveat', () => {
    const r = orderInList.run(ctx(facts({ answers: { tradeNoTail: '1832' } })));
    expect(r?.evidence).toEqual({ key: 'check.order-in-list.missing', params: { days: 30 } });
  });
});
