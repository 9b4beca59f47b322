import { MINUTE } from '../diagnose/context.js';
import type { Order } from '../facts/schema.js';
import { type Check, result } from './types.js';

const PAID = new Set(['paid', 'credited', 'refund_requested', 'refunding', 'refunded']);

// Two identical pending orders, one paid: the user cannot tell which. Same amount + close in time.
export const duplicateOrders: Check = {
  id: 'duplicate-orders',
  run({ facts, rules }) {
    const orders = facts.orders;
    if (!orders || (orders.length < 2 && !facts.answers.orderedAgain)) return null;
    const win = rules.duplicateWindowMinutes * MINUTE;
    let group: Order[] = [];
    for (const o of orders) {
      const amount = o.money ?? o.amount;
      const g = orders.filter(
        (p) =>
          (p.money ?? p.amount) === amount &&
          amount !== undefined &&
          Math.abs(p.createdAt - o.createdAt) <= win,
      );
      if (g.length > group.length) group = g;
    }
    if (group.length < 2) return result(this.id, 'ok', 'check.duplicate-orders.none');
    return result(this.id, 'warn', 'check.duplicate-orders.found', {
      count: group.length,
      amount: group[0]?.money ?? group[0]?.amount ?? 0,
      minutes: rules.duplicateWindowMinutes,
      paidCount: group.filter((o) => PAID.has(o.status)).length,
    });
  },
};
