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

// Handbook: check the method, the order time, the page message and whether the user ordered again; never
// ask for a full payment screenshot. Whether money left the payer's account decides who acts next: the
// user's answer `paidAmount` says it did.
export const paymentFailed = defineProblem({
  id: 'payment_failed',
  checks: [
    'session-user',
    'order-in-list',
    'order-status',
    'callback-time',
    'credit-arrived',
    'duplicate-orders',
  ],
  answers: ['method', 'paidAt', 'pageMessage', 'orderedAgain', 'paidAmount'],
  fields: [...ORDER_FIELDS, 'pageMessage', 'orderedAgain', 'orderRef', 'tradeNo'],
  avoid: ['avoid.fullScreenshot', 'avoid.payAccount', 'avoid.moreOrders'],
  reasons: ['other_account', 'credited', 'pending', 'callback_late', 'charged', 'not_charged'],
  decide(ctx, checks) {
    if (is(checks, 'credit-arrived', 'ok')) return creditedDecision(checks, ctx);
    const mismatch = accountMismatch(ctx, checks);
    if (mismatch) return mismatch;
    if (is(checks, 'callback-time', 'ok')) return waitDecision(ctx);
    const charged = ctx.facts.answers.paidAmount !== undefined;
    if (is(checks, 'callback-time', 'fail') && charged) return operatorDecision(ctx, 'callback_late');
    if (charged) return operatorDecision(ctx, 'charged', [openOrdersStep(ctx)]);
    return {
      reason: 'not_charged',
      resolution: 'self',
      steps: [msg('step.checkPayAccount'), msg('step.orderOnce')],
    };
  },
});
