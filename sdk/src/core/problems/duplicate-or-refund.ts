import { is, operatorSteps } from '../diagnose/steps.js';
import { type Message, msg } from '../i18n/message.js';
import { defineProblem, ORDER_FIELDS } from './types.js';

// Handbook: check duplicate orders, amounts, times, back-office status and support records; never promise
// a fixed refund rule. Refunds and compensation are decided from back-office records: always the operator.
export const duplicateOrRefund = defineProblem({
  id: 'duplicate_or_refund',
  checks: [
    'duplicate-orders',
    'order-in-list',
    'order-status',
    'paid-amount',
    'credit-arrived',
    'display-unit',
  ],
  answers: ['paidAt', 'paidAmount', 'method', 'tradeNoTail', 'orderedAgain'],
  fields: [...ORDER_FIELDS, 'orderedAgain', 'orderRef', 'tradeNo', 'duplicateOrders'],
  avoid: ['avoid.fixedRefund', 'avoid.payAccount', 'avoid.moreOrders'],
  reasons: ['duplicate', 'refund_status', 'amount_mismatch', 'refund'],
  decide(ctx, checks) {
    const status = ctx.order?.status;
    const reason = is(checks, 'duplicate-orders', 'warn')
      ? 'duplicate'
      : status === 'refund_requested' || status === 'refunding' || status === 'refunded'
        ? 'refund_status'
        : is(checks, 'paid-amount', 'fail')
          ? 'amount_mismatch'
          : 'refund';
    const steps: Message[] = [msg('step.listOrders')];
    const entry = ctx.rules.refundEntry;
    if (entry) steps.push(msg('step.refundEntry', { label: entry.label ?? entry.url }));
    steps.push(...operatorSteps(ctx), msg('step.recordsDecide'));
    return { reason, resolution: 'operator', steps };
  },
});
