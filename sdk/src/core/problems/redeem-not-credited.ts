import type { Context } from '../diagnose/context.js';
import { accountMismatch, is, operatorDecision } from '../diagnose/steps.js';
import { type Message, msg } from '../i18n/message.js';
import { defineProblem } from './types.js';

// Handbook: check the code's status, the redeeming account, the time used and the ledger; never publish
// the full code. Invalid, used, expired, other account and delayed credit are different problems.
export const redeemNotCredited = defineProblem({
  id: 'redeem_not_credited',
  checks: [
    'redemption-enabled',
    'redeem-outcome',
    'redeem-account',
    'session-user',
    'accounts-seen',
    'redeem-used-no-credit',
    'redeem-credit',
    'key-in-account',
    'display-unit',
  ],
  answers: ['redeemCode', 'redeemedAt', 'pageMessage', 'keyLast4'],
  fields: [
    'accountId',
    'username',
    'accountEmail',
    'redeemCode',
    'redeemTime',
    'pageMessage',
    'balanceChangeAt',
    'keyLast4',
  ],
  avoid: ['avoid.fullCode', 'avoid.retryRedeem', 'avoid.buyElsewhere'],
  reasons: [
    'switched_off',
    'other_account',
    'invalid',
    'used',
    'expired',
    'disabled',
    'locked',
    'redeemed',
    'delayed',
    'unclear',
  ],
  decide(ctx, checks) {
    if (is(checks, 'redemption-enabled', 'fail')) return operatorDecision(ctx, 'switched_off');
    const redeem = ctx.facts.redeem;
    const outcome = redeem?.outcome;
    // A mistyped code is fixed by re-entering it: say what to look for, no ticket needed.
    if (outcome === 'invalid')
      return { reason: 'invalid', resolution: 'self', steps: [...codeChecks(ctx), msg('step.askSeller')] };
    if (outcome === 'expired') return operatorDecision(ctx, 'expired');
    if (outcome === 'disabled') return operatorDecision(ctx, 'disabled');
    if (outcome === 'locked' || outcome === 'rate_limited') {
      // How long: the console's own message, else the operator's rule, else no number at all.
      const minutes = redeem?.waitMinutes ?? ctx.rules.redeemLockMinutes;
      const steps: Message[] =
        outcome === 'locked'
          ? [msg('step.lockBusy')]
          : [minutes !== undefined ? msg('step.waitLockMinutes', { minutes }) : msg('step.waitLock')];
      // Repeated failures are mostly mistyped codes: what to check before the next try. A busy lock is
      // another attempt in progress, where the code is fine.
      if (outcome === 'rate_limited') steps.push(...codeChecks(ctx));
      return {
        reason: 'locked',
        resolution: 'wait',
        ...(minutes !== undefined && outcome === 'rate_limited' ? { waitMinutes: minutes } : {}),
        steps,
      };
    }
    // Only now the account: switching accounts does not help an expired or locked code.
    const mismatch = accountMismatch(ctx, checks);
    if (mismatch) return mismatch;
    if (outcome === 'used') {
      // A redemption in this account's ledger at the time. Only where the console's history names the code
      // (sub2api) is it this code's, and the step can say so; new-api's log names no code, so a row near the
      // time the user gives may be another code's: the step points at it to check, as the check's evidence does.
      const here = checks.find((c) => c.id === 'redeem-used-no-credit' && c.status === 'ok');
      const creditAt = here?.evidence.params?.creditAt;
      if (here) {
        const step =
          typeof creditAt !== 'number'
            ? msg('step.checkLedger')
            : here.evidence.key === 'check.redeem-used-no-credit.code'
              ? msg('step.usedHereAt', { creditAt })
              : msg('step.checkRedeemAt', { creditAt });
        return { reason: 'used', resolution: 'self', steps: [step] };
      }
      return operatorDecision(ctx, 'other_account', [msg('step.otherAccounts')]);
    }
    // The code's own row in the ledger: words about a redemption, never a top-up's or an order's.
    if (is(checks, 'redeem-credit', 'ok')) {
      const steps = [
        ctx.redeemCredit
          ? msg('step.checkRedeemAt', { creditAt: ctx.redeemCredit.at })
          : msg('step.checkLedger'),
      ];
      if (is(checks, 'display-unit', 'warn')) steps.push(msg('step.checkUnit'));
      return { reason: 'redeemed', resolution: 'self', steps };
    }
    if (outcome === 'success') return operatorDecision(ctx, 'delayed', [msg('step.refreshBalance')]);
    // new-api 2025 says only "兑换失败，请稍后重试": a typo is still the likeliest cause worth checking first.
    if (outcome === 'generic_failure') return operatorDecision(ctx, 'unclear', codeChecks(ctx));
    return operatorDecision(ctx, 'unclear');
  },
});

/** What to look for in a code the console refused: look-alike characters, and case where it matters. */
function codeChecks(ctx: Context): Message[] {
  const steps = [msg('step.checkCodeChars')];
  // sub2api batch codes are upper-case hex groups compared as stored (backend/internal/service/redeem_service.go).
  const kind = ctx.facts.console.kind;
  if (kind === 'sub2api' || kind === 'custom') steps.push(msg('step.checkCodeCase'));
  return steps;
}
