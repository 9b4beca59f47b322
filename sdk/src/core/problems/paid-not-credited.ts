import {
  accountMismatch,
  creditedDecision,
  is,
  openOrdersStep,
  operatorDecision,
  waitDecision,
} from '../diagnose/steps.js';
import { msg } from '../i18n/message.js';
import { defineProblem, ORDER_FIELDS } from './types.js';

// Handbook: check the logged-in account, the paying account, the order number and the balance change;
// never conclude from a payment screenshot. Seed 2: orders page, refresh, wait for the callback, then the
// operator with the order number.
export const paidNotCredited = defineProblem({
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
    // The console listed this account's orders, the user said none is the payment and nothing they typed
    // (a tail, a time) finds one, within the list's window: the payment most likely went to another account.
    const notHere = !ctx.order && ctx.facts.answers.orderNotListed && ctx.facts.orders !== undefined;
    if (notHere && !is(checks, 'history-window', 'warn'))
      return {
        reason: 'other_account',
        resolution: 'self',
        steps: [msg('step.whichAccount'), msg('step.otherAccounts')],
      };
    if (is(checks, 'paid-amount', 'fail')) return operatorDecision(ctx, 'amount_mismatch');
    if (is(checks, 'callback-time', 'ok')) return waitDecision(ctx);
    if (is(checks, 'callback-time', 'fail'))
      return operatorDecision(ctx, 'callback_late', [openOrdersStep(ctx)]);
    if (is(checks, 'order-status', 'fail'))
      return operatorDecision(ctx, 'order_closed', [msg('step.checkPayAccount')]);
    if (is(checks, 'history-window', 'warn')) return operatorDecision(ctx, 'old_order');
    if (is(checks, 'order-in-list', 'warn'))
      return operatorDecision(ctx, 'not_found', [msg('step.otherAccounts')]);
    return operatorDecision(ctx, 'unclear', [openOrdersStep(ctx)]);
  },
});
