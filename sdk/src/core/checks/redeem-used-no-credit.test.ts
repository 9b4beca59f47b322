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
      name: 'used, refused just now, another redemption an hour ago: without a time it cannot be told to be this code',
      f: facts({ redeem: { outcome: 'used', at: ago(1) }, ledger: [redeemRow(60)] }),
      status: 'unknown',
    },
    {
      name: 'used, no time given, and this account has no redemption at all',
      f: facts({ redeem: { outcome: 'used', at: ago(1) }, ledger: [] }),
      status: 'fail',
    },
    {
      name: 'the history names codes: this code is in it (used here), whenever it was',
      f: facts({
        redeem: { outcome: 'used', at: ago(1), codeMasked: 'AB…9F3E' },
        ledger: [
          { ...redeemRow(20 * 24 * 60), codeMasked: 'AB…9F3E' },
          { ...redeemRow(5), codeMasked: 'CD…1111' },
        ],
      }),
      status: 'ok',
    },
    {
      name: 'the history names codes: another code redeemed minutes ago is not this one',
      f: facts({
        redeem: { outcome: 'used', at: ago(1), codeMasked: 'AB…9F3E' },
        answers: { redeemedAt: ago(5) },
        ledger: [{ ...redeemRow(5), codeMasked: 'CD…1111' }],
      }),
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
