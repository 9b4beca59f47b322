import { describe, expect, it } from 'vitest';
import { ago, ctx, facts, order } from '../diagnose/fixtures.js';
import { creditArrived } from './credit-arrived.js';

describe('credit-arrived', () => {
  const online = { kind: 'online' as const, at: ago(2), text: '使用在线充值成功，充值金额: $50.00' };
  it.each([
    { name: 'no order and no time', f: facts(), status: null },
    {
      name: 'ledger credit after the order',
      f: facts({ orders: [order()], ledger: [online] }),
      status: 'ok',
    },
    {
      name: 'an older credit does not answer this order',
      f: facts({ orders: [order()], ledger: [{ ...online, at: ago(600) }] }),
      status: 'warn',
    },
    {
      name: 'manual completion by the admin counts',
      f: facts({
        orders: [order()],
        ledger: [{ kind: 'manual' as const, at: ago(1), text: '管理员补单成功' }],
      }),
      status: 'ok',
    },
    {
      name: 'console marks it credited',
      f: facts({ orders: [order({ status: 'credited' })] }),
      status: 'ok',
    },
    { name: 'ledger unreadable', f: facts({ orders: [order()], ledger: undefined }), status: 'unknown' },
    {
      name: 'only the time the user paid',
      f: facts({ orders: undefined, answers: { paidAt: ago(10) } }),
      status: 'warn',
    },
  ])('$name', ({ f, status }) => {
    expect(creditArrived.run(ctx(f))?.status ?? null).toBe(status);
  });
});
