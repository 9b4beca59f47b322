import { describe, expect, it } from 'vitest';
import { ago, ctx, facts } from '../diagnose/fixtures.js';
import { accountsSeen } from './accounts-seen.js';

const A = { id: '42', label: 'Lin', firstSeen: ago(600), lastSeen: ago(0) };
const B = { id: '7', label: 'l***@qq.com', firstSeen: ago(900), lastSeen: ago(20) };

describe('accounts-seen', () => {
  it.each([
    { name: 'no observations (widget only)', obs: undefined, answers: {}, status: null, key: undefined },
    {
      name: 'only this account',
      obs: { accountsSeen: [A], ordersCreatedHere: [] },
      answers: { paidAt: ago(30) },
      status: 'ok',
      key: 'check.accounts-seen.same',
    },
    {
      name: 'order created here by another account',
      obs: { accountsSeen: [A, B], ordersCreatedHere: [{ accountId: '7', createdAt: ago(30), amount: 50 }] },
      answers: { paidAt: ago(28) },
      status: 'fail',
      key: 'check.accounts-seen.other',
    },
    {
      name: 'two accounts overlapping at payment time',
      obs: { accountsSeen: [A, B], ordersCreatedHere: [] },
      answers: { paidAt: ago(30) },
      status: 'warn',
      key: 'check.accounts-seen.several',
    },
    {
      name: 'another account seen long ago does not count',
      obs: { accountsSeen: [A, { ...B, lastSeen: ago(30 * 24 * 60) }], ordersCreatedHere: [] },
      answers: {},
      status: 'ok',
      key: 'check.accounts-seen.single',
    },
  ])('$name', ({ obs, answers, status, key }) => {
    const r = accountsSeen.run(ctx(facts({ observations: obs, answers })));
    expect(r?.status ?? null).toBe(status);
    expect(r?.evidence.key).toBe(key);
  });

  it('names the account active at payment time', () => {
    const obs = { accountsSeen: [A, B], ordersCreatedHere: [{ accountId: '7', createdAt: ago(30) }] };
    const r = accountsSeen.run(ctx(facts({ observations: obs, answers: { paidAt: ago(28) } })));
    expect(r?.evidence.params).toMatchObject({
      count: 2,
      activeId: '7',
      activeLabel: 'l***@qq.com',
      accountId: '42',
    });
  });
});
