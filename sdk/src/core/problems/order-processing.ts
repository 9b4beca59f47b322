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

// Handbook: check the channel callback, the order status and the time waited; never create more orders
// and mix them up. Closing the QR page does not cancel a payment: only the callback moves the order.
export const orderProcessing = defineProblem({
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
    if (is(checks, 'callback-time', 'fail')) return operatorDecision(ctx, 'callback_late');
    if (is(checks, 'order-status', 'fail'))
      return operatorDecision(ctx, 'order_closed', [msg('step.checkPayAccount')]);
    return operatorDecision(ctx, ctx.order ? 'unclear' : 'not_found', [openOrdersStep(ctx)]);
  },
});
