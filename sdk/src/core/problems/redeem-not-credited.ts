import { accountMismatch, is, operatorSteps } from '../diagnose/steps.js';
import { msg } from '../i18n/message.js';
import type { Decision, Problem } from './types.js';

// Handbook: check the code's status, the redeeming account, the time used and the ledger; never publish
// the full code. Invalid, used, expired, other account and delayed credit are different problems.
export const redeemNotCredited: Problem = {
  id: 'redeem_not_credited',
  checks: [
    'redemption-enabled',
    'redeem-outcome',
    'session-user',
    'accounts-seen',
    'redeem-used-no-credit',
    'redeem-credit',
    'key-in-account',
    'display-unit',
  ],
  answers: ['pageMessage', 'paidAt', 'keyLast4'],
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
    'credited',
    'delayed',
    'unclear',
  ],
  decide(ctx, checks): Decision {
    const op = (reason: string, first = [msg('step.keepCode')]): Decision => ({
      reason,
      resolution: 'operator',
      steps: [...first, ...operatorSteps(ctx)],
    });
    if (is(checks, 'redemption-enabled', 'fail')) return op('switched_off');
    const outcome = ctx.facts.redeem?.outcome;
    // Codes are case-sensitive (sub2api) and get copied with spaces or for another console.
    if (outcome === 'invalid')
      return { reason: 'invalid', resolution: 'self', steps: [msg('step.checkCode'), msg('step.askSeller')] };
    if (outcome === 'expired') return op('expired');
    if (outcome === 'disabled') return op('disabled');
    if (outcome === 'locked' || outcome === 'rate_limited')
      return { reason: 'locked', resolution: 'wait', steps: [msg('step.waitLock'), msg('step.checkCode')] };
    // Only now the account: switching accounts does not help an expired or locked code.
    const mismatch = accountMismatch(ctx, checks);
    if (mismatch) return mismatch;
    if (outcome === 'used') {
      if (is(checks, 'redeem-used-no-credit', 'ok'))
        return { reason: 'used', resolution: 'self', steps: [msg('step.checkLedger')] };
      return op('other_account', [msg('step.otherAccounts'), msg('step.keepCode')]);
    }
    if (is(checks, 'redeem-credit', 'ok')) {
      const steps = [msg('step.checkLedger')];
      if (is(checks, 'display-unit', 'warn')) steps.push(msg('step.checkUnit'));
      return { reason: 'credited', resolution: 'self', steps };
    }
    if (outcome === 'success') return op('delayed', [msg('step.refreshBalance'), msg('step.keepCode')]);
    return op('unclear');
  },
};
