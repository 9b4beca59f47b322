import { defineCheck } from './types.js';

// The companion extension records which account was logged in when a code was submitted in this browser:
// a code redeemed while logged in as A credits A, whatever B shows now (handbook: the redeeming account).
export const redeemAccount = defineCheck({
  id: 'redeem-account',
  run({ facts }, say) {
    const r = facts.redeem;
    const accountId = facts.account?.id;
    if (r?.accountId === undefined || accountId === undefined) return null;
    if (r.accountId === accountId) return say('ok', 'same');
    return say('fail', 'other', {
      redeemAccountId: r.accountId,
      accountId,
      ...(r.at !== undefined ? { redeemedAt: r.at } : {}),
    });
  },
});
