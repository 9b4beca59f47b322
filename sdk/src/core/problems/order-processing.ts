import { accountMismatch, creditedDecision, is, operatorSteps, waitDecision } from '../diagnose/steps.js';
import { msg } from '../i18n/message.js';
import { ORDER_FIELDS, type Problem } from './types.js';

// Handbook: check the channel callback, the order status and the time waited; never create more orders
// and mix them up. Closing the QR page does not cancel a payment: only the callback moves the order.
export const orderProcessing: Problem = {
  id: 'order_processing',
  checks: [
    'session-user',
    'trade-no-user',
    'accounts-seen',
    'order-in-list',
    'order-status',
    'callback-time',
    'credit-arrived',
    'display-unit',
    'duplicate-orders',
    'client-success',
  ],
  answers: ['paidAt', 'method', 'tradeNoTail', 'orderedAgain'],
  fields: [...ORDER_FIELDS, 'orderedAgain', 'orderRef', 'tradeNo', 'duplicateOrders'],
  avoid: ['avoid.moreOrders', 'avoid.fullOrderNo', 'avoid.screenshotProof'],
  reasons: ['other_account', 'credited', 'pending', 'callback_late', 'order_closed', 'not_found', 'unclear'],
  decide(ctx, checks) {
    if (is(checks, 'credit-arrived', 'ok')) return creditedDecision(checks, ctx);
    const mismatch = accountMismatch(ctx, checks);
    if (mismatch) return mismatch;
    if (is(checks, 'callback-time', 'ok')) {
      const d = waitDecision(ctx);
      if (is(checks, 'duplicate-orders', 'warn')) d.steps.push(msg('step.compareTails'));
      return d;
    }
    const steps = operatorSteps(ctx);
    if (is(checks, 'callback-time', 'fail'))
      return { reason: 'callback_late', resolution: 'operator', steps };
    if (is(checks, 'order-status', 'fail'))
      return {
        reason: 'order_closed',
        resolution: 'operator',
        steps: [msg('step.checkPayAccount'), ...steps],
      };
    if (!ctx.order)
      return { reason: 'not_found', resolution: 'operator', steps: [msg('step.openOrders'), ...steps] };
    return { reason: 'unclear', resolution: 'operator', steps: [msg('step.openOrders'), ...steps] };
  },
};
