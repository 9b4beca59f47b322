import { describe, expect, it } from 'vitest';
import { ctx, facts, order } from '../diagnose/fixtures.js';
import { clientSuccess } from './client-success.js';

describe('client-success (a result page is never proof)', () => {
  it.each([
    { name: 'no page message', msg: undefined, o: order(), status: null },
    { name: 'forged/early success page, order pending', msg: '支付成功', o: order(), status: 'warn' },
    { name: 'English success page', msg: 'Payment successful', o: order(), status: 'warn' },
    {
      name: 'success and the order is credited',
      msg: '支付成功',
      o: order({ status: 'credited' }),
      status: null,
    },
    { name: '"未成功" is not success', msg: '支付未成功', o: order(), status: null },
    { name: 'a failure message', msg: 'Payment failed', o: order(), status: null },
  ])('$name', ({ msg, o, status }) => {
    expect(
      clientSuccess.run(ctx(facts({ orders: [o], answers: { pageMessage: msg } })))?.status ?? null,
    ).toBe(status);
  });

  it('success page with no order at all', () => {
    const r = clientSuccess.run(ctx(facts({ answers: { pageMessage: '已支付' } })));
    expect(r?.evidence.key).toBe('check.client-success.noorder');
  });
});
