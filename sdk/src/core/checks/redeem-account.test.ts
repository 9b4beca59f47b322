import { describe, expect, it } from 'vitest';
import { ago, ctx, facts } from '../diagnose/fixtures.js';
import { redeemAccount } from './redeem-account.js';

describe('redeem-account', () => {
  it('nothing recorded: nothing to say', () => {
    expect(redeemAccount.run(ctx(facts({ redeem: { outcome: 'used' } })))).toBeNull();
  });
  it('redeemed with the account logged in now', () => {
    const f = facts({ redeem: { outcome: 'success', accountId: '42', at: ago(60) } });
    expect(redeemAccount.run(ctx(f))?.status).toBe('ok');
  });
  it('redeemed with another account in this browser', () => {
    const f = facts({ redeem: { outcome: 'success', accountId: '7', at: ago(60) } });
    expect(redeemAccount.run(ctx(f))).toEqual({
      id: 'redeem-account',
      status: 'fail',
      evidence: {
        key: 'check.redeem-account.other',
        params: { redeemAccountId: '7', accountId: '42', redeemedAt: ago(60) },
      },
    });
  });
});
