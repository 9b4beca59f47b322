import type { OrderStatus } from '../facts/schema.js';
import { amountParams, defineCheck, result } from './types.js';

const PAID = new Set<OrderStatus>(['paid', 'credited', 'refund_requested', 'refunding', 'refunded']);

// Two identical orders close together, one paid: the user cannot tell which. Looked for around the order in
// question only (context.duplicates): a same-amount pair from days ago says nothing about today's order.
export const duplicateOrders = defineCheck({
  id: 'duplicate-orders',
  run({ facts, order, duplicates, rules }) {
    if (!order || !facts.orders || (facts.orders.length < 2 && !facts.answers.orderedAgain)) return null;
    if (duplicates.length === 0) return result(this.id, 'ok', 'check.duplicate-orders.none');
    const group = [order, ...duplicates];
    return result(this.id, 'warn', 'check.duplicate-orders.found', {
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
