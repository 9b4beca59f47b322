import { describe, expect, it } from 'vitest';
import { ago, ctx, facts, NOW, order, rules } from '../diagnose/fixtures.js';
import { callbackTime } from './callback-time.js';

describe('callback-time', () => {
  const r = rules({ callbackMinutes: { default: 10, wxpay: 3 } });
  it.each([
    { name: 'credited order: no callback to wait for', o: order({ status: 'credited' }), status: null },
    { name: 'pending 5 of 10 minutes', o: order({ createdAt: ago(5) }), status: 'ok', waited: 5 },
    // Misconfigured callback address: every order stays pending far past the expected time.
    { name: 'pending 90 minutes', o: order({ createdAt: ago(90) }), status: 'fail', waited: 90 },
    {
      name: 'per-method time (wxpay 3)',
      o: order({ method: 'wxpay', createdAt: ago(4) }),
      status: 'fail',
      waited: 4,
    },
    {
      name: 'sub2api PAID waits for crediting',
      o: order({ status: 'paid', createdAt: ago(2) }),
      status: 'ok',
      waited: 2,
    },
  ])('$name', ({ o, status, waited }) => {
    const res = callbackTime.run(ctx(facts({ orders: [o] }), NOW, r));
    expect(res?.status ?? null).toBe(status);
    if (waited !== undefined) expect(res?.evidence.params?.waited).toBe(waited);
  });

  it('counts from when the user paid, not when the order was created', () => {
    const f = facts({ orders: [order({ createdAt: ago(25) })], answers: { paidAt: ago(6) } });
    expect(callbackTime.run(ctx(f, NOW, r))?.evidence.params).toEqual({ waited: 6, expected: 10 });
  });
});
