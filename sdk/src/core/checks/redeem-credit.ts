import { defineCheck, result } from './types.js';

// After a redemption that did not clearly fail, the ledger tells whether the credit landed in this account
// (context.redeemCredit: the redeem row nearest the time it was redeemed, yesterday's included).
export const redeemCredit = defineCheck({
  id: 'redeem-credit',
  run({ facts, redeemCredit: hit }) {
    const r = facts.redeem;
    if (r && !['success', 'generic_failure', 'unknown'].includes(r.outcome)) return null;
    if (!facts.ledger) return result(this.id, 'unknown', 'check.redeem-credit.nolog');
    return hit
      ? result(this.id, 'ok', 'check.redeem-credit.found', { creditAt: hit.at })
      : result(this.id, 'warn', 'check.redeem-credit.none');
  },
});
