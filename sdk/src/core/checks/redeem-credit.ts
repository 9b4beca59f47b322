import { defineCheck } from './types.js';

// After a redemption that did not clearly fail, the ledger tells whether the credit landed in this account
// (context.redeemCredit: this code's row where the history names codes, else the redeem row nearest the
// time it was redeemed, yesterday's included).
export const redeemCredit = defineCheck({
  id: 'redeem-credit',
  run({ facts, redeemCredit: hit, redeemTime }, say) {
    const r = facts.redeem;
    if (r && !['success', 'generic_failure', 'unknown'].includes(r.outcome)) return null;
    if (!facts.ledger) return say('unknown', 'nolog');
    if (hit) return say('ok', 'found', { creditAt: hit.at });
    // Without a time (and a history that does not name codes) no ledger row can be told to be this code's.
    const coded = facts.ledger.some((e) => e.kind === 'redeem' && e.codeMasked !== undefined);
    return redeemTime === undefined && !coded ? say('unknown', 'notime') : say('warn', 'none');
  },
});
