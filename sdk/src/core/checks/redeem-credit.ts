import { MINUTE } from '../diagnose/context.js';
import { type Check, result } from './types.js';

// After a redemption that did not clearly fail, the ledger tells whether the credit landed in this account.
export const redeemCredit: Check = {
  id: 'redeem-credit',
  run({ facts, now }) {
    const r = facts.redeem;
    if (r && !['success', 'generic_failure', 'unknown'].includes(r.outcome)) return null;
    if (!facts.ledger) return result(this.id, 'unknown', 'check.redeem-credit.nolog');
    const from = (r?.at ?? facts.answers.paidAt ?? now) - MINUTE;
    const hit = facts.ledger
      .filter((e) => e.kind === 'redeem' && e.at >= from)
      .sort((a, b) => a.at - b.at)[0];
    return hit
      ? result(this.id, 'ok', 'check.redeem-credit.found', { creditAt: hit.at })
      : result(this.id, 'warn', 'check.redeem-credit.none');
  },
};
