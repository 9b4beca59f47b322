import { describe, expect, it } from 'vitest';
import { ago, ctx, facts, order } from '../diagnose/fixtures.js';
import { displayUnit } from './display-unit.js';

const credited = order({ status: 'credited', rawStatus: 'success' });
const balance = (displayUnit: string) => ({ raw: 25_000_000, quotaPerUnit: 500_000, displayUnit });

describe('display-unit', () => {
  it.each([
    { name: 'nothing credited yet', f: facts({ orders: [order()] }), status: null },
    { name: 'credited, shown in USD', f: facts({ orders: [credited] }), status: 'ok' },
    {
      name: 'credited, balance shown as raw tokens',
      f: facts({ orders: [credited], account: { id: '42', balance: balance('TOKENS') } }),
      status: 'warn',
    },
    {
      name: 'paid ¥73 for $10 of quota',
      f: facts({ orders: [order({ status: 'credited', amount: 10, money: 73 })] }),
      status: 'warn',
    },
    {
      name: 'redeemed successfully, shown as tokens',
      f: facts({
        redeem: { outcome: 'success', at: ago(1) },
        account: { id: '42', balance: balance('tokens') },
      }),
      status: 'warn',
    },
    { name: 'balance unknown', f: facts({ orders: [credited], account: { id: '42' } }), status: null },
  ])('$name', ({ f, status }) => {
    expect(displayUnit.run(ctx(f))?.status ?? null).toBe(status);
  });

  it('converts quota with quota_per_unit', () => {
    const f = facts({ orders: [credited], account: { id: '42', balance: balance('TOKENS') } });
    expect(displayUnit.run(ctx(f))?.evidence.params).toEqual({
      raw: 25_000_000,
      value: 50,
      perUnit: 500_000,
    });
  });
});
