import { describe, expect, it } from 'vitest';
import { ago, ctx, facts } from '../diagnose/fixtures.js';
import { redeemUsedNoCredit } from './redeem-used-no-credit.js';

const redeemRow = (minutes: number) => ({
  kind: 'redeem' as const,
  at: ago(minutes),
  text: '通过兑换码充值 $10.00',
});

describe('redeem-used-no-credit', () => {
  it.each([
    { name: 'not a "used" answer', f: facts({ redeem: { outcome: 'invalid' } }), status: null },
    {
      name: 'used, no redemption in this ledger (redeemed elsewhere)',
      f: facts({
        redeem: { outcome: 'used', at: ago(1) },
        ledger: [{ kind: 'online', at: ago(60), text: '使用在线充值成功' }],
      }),
      status: 'fail',
    },
    {
      name: 'used, and this account redeemed a code an hour ago',
      f: facts({ redeem: { outcome: 'used', at: ago(1) }, ledger: [redeemRow(60)] }),
      status: 'ok',
    },
    {
      name: 'an old redemption outside the recent window does not count',
      f: facts({ redeem: { outcome: 'used', at: ago(1) }, ledger: [redeemRow(20 * 24 * 60)] }),
      status: 'fail',
    },
    {
      name: 'the user redeemed it just now for the first time: a redemption two days ago is another code',
      f: facts({
        redeem: { outcome: 'used', at: ago(1) },
        answers: { redeemedAt: ago(1) },
        ledger: [redeemRow(2 * 24 * 60)],
      }),
      status: 'fail',
    },
    {
      name: 'the user says they redeemed it yesterday, and the ledger has that redemption',
      f: facts({
        redeem: { outcome: 'used', at: ago(1) },
        answers: { redeemedAt: ago(20 * 60) },
        ledger: [redeemRow(20 * 60 - 1)],
      }),
      status: 'ok',
    },
    {
      name: 'ledger unreadable',
      f: facts({ redeem: { outcome: 'used' }, ledger: undefined }),
      status: 'unknown',
    },
  ])('$name', ({ f, status }) => {
    expect(redeemUsedNoCredit.run(ctx(f))?.status ?? null).toBe(status);
  });
});
