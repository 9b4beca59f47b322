import { describe, expect, it } from 'vitest';
import { ctx, facts, order } from '../diagnose/fixtures.js';
import { tradeNoUser } from './trade-no-user.js';

describe('trade-no-user', () => {
  it.each([
    {
      name: 'format carries no user id',
      f: facts({ orders: [order({ tradeNoUserId: undefined })] }),
      status: null,
    },
    { name: 'order of this account', f: facts({ orders: [order()] }), status: 'ok' },
    {
      name: 'receipt says USR7NO..., logged in as 42',
      f: facts({ answers: { tradeNoUserId: '7', tradeNoTail: '1832' } }),
      status: 'fail',
    },
    {
      name: 'no account read',
      f: facts({ account: undefined, answers: { tradeNoUserId: '7' } }),
      status: 'unknown',
    },
  ])('$name', ({ f, status }) => {
    expect(tradeNoUser.run(ctx(f))?.status ?? null).toBe(status);
  });

  it('evidence names both ids', () => {
    const r = tradeNoUser.run(ctx(facts({ answers: { tradeNoUserId: '7' } })));
    expect(r?.evidence.params).toEqual({ tradeUserId: '7', accountId: '42' });
  });
});
