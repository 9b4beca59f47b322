import { accountMismatch, creditedDecision, is, operatorSteps, waitDecision } from '../diagnose/steps.js';
import { msg } from '../i18n/message.js';
import { ORDER_FIELDS, type Problem } from './types.js';

// Handbook: check the logged-in account, the paying account, the order number and the balance change;
// never conclude from a payment screenshot. Seed 2: orders page, refresh, wait for the callback, then the
// operator with the order number.
export const paidNotCredited: Problem = {
  id: 'paid_not_credited',
  checks: [
    'session-user',
    'trade-no-user',
    'accounts-seen',
    'key-in-account',
    'order-in-list',
    'history-window',
    'order-status',
    'callback-time',
    'credit-arrived',
    'display-unit',
    'paid-amount',
    'client-success',
    'duplicate-orders',
  ],
  answers: ['paidAt', 'paidAmount', 'method', 'tradeNoTail', 'keyLast4', 'pageMessage'],
  fields: [
    ...ORDER_FIELDS,
    'pageMessage',
    'orderRef',
    'tradeNo',
    'duplicateOrders',
    'balanceChangeAt',
    'keyLast4',
  ],
  avoid: ['avoid.screenshotProof', 'avoid.moreOrders', 'avoid.fullOrderNo', 'avoid.payAccount'],
  reasons: [
    'other_account',
    'credited',
    'amount_mismatch',
    'pending',
    'callback_late',
    'order_closed',
    'not_found',
    'old_order',
    'unclear',
  ],
  decide(ctx, checks) {
    const mismatch = accountMismatch(ctx, checks);
    if (mismatch) return mismatch;
    if (is(checks, 'credit-arrived', 'ok')) return creditedDecision(checks, ctx);
    const operator = (reason: string, first: ReturnType<typeof msg>[] = []) => ({
      reason,
      resolution: 'operator' as const,
      steps: [...first, ...operatorSteps(ctx)],
    });
    if (is(checks, 'paid-amount', 'fail')) return operator('amount_mismatch');
    if (is(checks, 'callback-time', 'ok')) return waitDecision(ctx);
    if (is(checks, 'callback-time', 'fail')) return operator('callback_late', [msg('step.openOrders')]);
    if (is(checks, 'order-status', 'fail')) return operator('order_closed', [msg('step.checkPayAccount')]);
    if (is(checks, 'history-window', 'warn')) return operator('old_order');
    if (is(checks, 'order-in-list', 'warn')) return operator('not_found', [msg('step.otherAccounts')]);
    return operator('unclear', [msg('step.openOrders')]);
  },
};
