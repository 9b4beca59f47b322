import { DAY, REDEEM_SLACK } from '../diagnose/context.js';
import { defineCheck, result } from './types.js';

// "Already used" while this account's ledger has no redemption: the code most likely went into another
// account (bought or redeemed while logged in elsewhere). new-api logs redemptions as type 1 rows
// "通过兑换码充值 ...".
export const redeemUsedNoCredit = defineCheck({
  id: 'redeem-used-no-credit',
  run({ facts, now, rules }) {
    const r = facts.redeem;
    if (r?.outcome !== 'used') return null;
    if (!facts.ledger) return result(this.id, 'unknown', 'check.redeem-used-no-credit.nolog');
    const days = rules.recentAccountsDays;
    const attempt = r.at ?? now;
    // When the user says when they redeemed it, only a redemption around that time can be this code: one
    // from days before ("used" on a first try of a code bought for someone else) is another code.
    const said = facts.answers.redeemedAt;
    const from = said === undefined ? attempt - days * DAY : said - REDEEM_SLACK;
    const to = said === undefined ? attempt : Math.min(attempt, said + REDEEM_SLACK);
    const hit = facts.ledger
      .filter((e) => e.kind === 'redeem' && e.at >= from && e.at <= to)
      .sort((a, b) => b.at - a.at)[0];
    return hit
      ? result(this.id, 'ok', 'check.redeem-used-no-credit.found', { creditAt: hit.at })
      : result(this.id, 'fail', 'check.redeem-used-no-credit.none', { days });
  },
});
