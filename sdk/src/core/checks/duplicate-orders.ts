import type { OrderStatus } from '../facts/schema.js';
import { amountParams, defineCheck } from './types.js';

const PAID = new Set<OrderStatus>(['paid', 'credited', 'refund_requested', 'refunding', 'refunded']);

// Two identical orders close together, one paid: the user cannot tell which. Looked for around the order in
// question only (context.duplicates): a same-amount pair from days ago says nothing about today's order.
export const duplicateOrders = defineCheck({
  id: 'duplicate-orders',
  run({ facts, order, duplicates, rules }, say) {
    if (!order || !facts.orders || (facts.orders.length < 2 && !facts.answers.orderedAgain)) return null;
    if (duplicates.length === 0) return say('ok', 'none');
    const group = [order, ...duplicates];
    return say('warn', 'found', {
      count: group.length,
      ...amountParams(order),
      minutes: rules.duplicateWindowMinutes,
      paidCount: group.filter((o) => PAID.has(o.status)).length,
      // Masked tails only (…1832), so the user can compare them with their receipts.
      tails: group
        .map((o) => o.tradeNo ?? (o.tradeNoTail ? `…${o.tradeNoTail}` : ''))
        .filter(Boolean)
        .join(', '),
    });
  },
});
