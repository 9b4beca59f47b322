import { describe, expect, it } from 'vitest';
import { ago, ctx, facts } from '../diagnose/fixtures.js';
import { redeemCredit } from './redeem-credit.js';

const row = (minutes: number) => ({
  kind: 'redeem' as const,
  at: ago(minutes),
  text: '通过兑换码充值 $10.00',
});

describe('redeem-credit', () => {
  it.each([
    { name: 'clear failure: not this check', f: facts({ redeem: { outcome: 'expired' } }), status: null },
    {
      name: 'success and credited',
      f: facts({ redeem: { outcome: 'success', at: ago(3) }, ledger: [row(3)] }),
      status: 'ok',
    },
    {
      name: 'success, nothing in ledger',
      f: facts({ redeem: { outcome: 'success', at: ago(3) }, ledger: [] }),
      status: 'warn',
    },
    {
      name: 'generic failure but the credit is there',
      f: facts({ redeem: { outcome: 'generic_failure', at: ago(3) }, ledger: [row(2)] }),
      status: 'ok',
    },
    {
      name: 'an older redemption is not this one',
      f: facts({ redeem: { outcome: 'success', at: ago(3) }, ledger: [row(90)] }),
      status: 'warn',
    },
    {
      name: 'ledger unreadable',
      f: facts({ redeem: { outcome: 'success' }, ledger: undefined }),
      status: 'unknown',
    },
  ])('$name', ({ f, status }) => {
    expect(redeemCredit.run(ctx(f))?.status ?? null).toBe(status);
  });
});

describe('redeem-credit: the time the user gives', () => {
  it('a redemption made yesterday in this account is found', () => {
    const f = facts({
      answers: { problem: 'redeem_not_credited', redeemedAt: ago(24 * 60 + 20) },
      redeem: { outcome: 'unknown', at: ago(24 * 60 + 20), source: 'user' },
      ledger: [row(24 * 60)],
    });
    expect(redeemCredit.run(ctx(f))?.status).toBe('ok');
  });
  it('without a time, no redemption of the last days can be told to be this code', () => {
    const f = facts({ answers: { problem: 'redeem_not_credited' }, ledger: [row(2 * 24 * 60)] });
    expect(redeemCredit.run(ctx(f))).toMatchObject({
      status: 'unknown',
      evidence: { key: 'check.redeem-credit.notime' },
    });
  });
  it('where the history names codes, this code’s row whenever it was', () => {
    const f = facts({
      answers: { problem: 'redeem_not_credited', redeemCode: 'AB…9F3E' },
      ledger: [
        { ...row(3 * 24 * 60), codeMasked: 'AB…9F3E' },
        { ...row(5), codeMasked: 'CD…0000' },
      ],
    });
    expect(redeemCredit.run(ctx(f))).toMatchObject({
      status: 'ok',
      evidence: { params: { creditAt: ago(3 * 24 * 60) } },
    });
  });
});
