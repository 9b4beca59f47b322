import { REDEEM_SLACK } from '../diagnose/context.js';
import { defineCheck } from './types.js';

const sameCode = (a: string | undefined, b: string | undefined) =>
  a !== undefined && b !== undefined && a.toLowerCase() === b.toLowerCase();

// "Already used": was it this account that used it? Only a redemption that is this code counts as "used
// here", never any redemption of the last days (this account redeeming another code says nothing about
// this one):
// - where the console's history names the code (sub2api `GET /api/v1/redeem/history`), by the masked code;
// - else (new-api logs "通过兑换码充值 …" with the code's id only, model/redemption.go) by the time the user
//   says they redeemed it. The time of the refused attempt the page recorded is not that time: "used" says
//   the code was redeemed before it, not when.
export const redeemUsedNoCredit = defineCheck({
  id: 'redeem-used-no-credit',
  run({ facts, rules }, say) {
    const r = facts.redeem;
    if (r?.outcome !== 'used') return null;
    if (!facts.ledger) return say('unknown', 'nolog');
    const rows = facts.ledger.filter((e) => e.kind === 'redeem');
    const code = r.codeMasked ?? facts.answers.redeemCode;
    if (code !== undefined && rows.some((e) => e.codeMasked !== undefined)) {
      const hit = rows.filter((e) => sameCode(e.codeMasked, code)).sort((a, b) => b.at - a.at)[0];
      return hit ? say('ok', 'code', { creditAt: hit.at }) : say('fail', 'codeNone');
    }
    const days = rules.recentAccountsDays;
    const said = facts.answers.redeemedAt;
    if (said === undefined) return rows.length ? say('unknown', 'notime') : say('fail', 'none', { days });
    const hit = rows
      .filter((e) => Math.abs(e.at - said) <= REDEEM_SLACK)
      .sort((a, b) => Math.abs(a.at - said) - Math.abs(b.at - said))[0];
    return hit ? say('ok', 'found', { creditAt: hit.at }) : say('fail', 'near', { redeemedAt: said });
  },
});
