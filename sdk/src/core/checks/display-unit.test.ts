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
    {
      name: 'credited, new-api tokens display (one raw unit per shown unit): said without a conversion',
      f: facts({
        orders: [credited],
        account: { id: '42', balance: { raw: 34_842_804, quotaPerUnit: 1, displayUnit: 'TOKENS' } },
      }),
      status: 'warn',
      key: 'check.display-unit.tokensOnly',
    },
    { name: 'balance unknown', f: facts({ orders: [credited], account: { id: '42' } }), status: null },
  ])('$name', ({ f, status, key }) => {
    const r = displayUnit.run(ctx(f));
    expect(r?.status ?? null).toBe(status);
    if (key) expect(r?.evidence.key).toBe(key);
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
