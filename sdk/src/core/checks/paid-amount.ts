import { defineCheck } from './types.js';

// A payment of a different amount than the order (typed 55 for a 50 order) is never matched automatically.
export const paidAmount = defineCheck({
  id: 'paid-amount',
  run({ facts, order, rules }, say) {
    const paid = facts.answers.paidAmount;
    if (paid === undefined || order?.money === undefined) return null;
    // Both in the order's currency where the console says it (the user's own pick of currency otherwise).
    const currency = order.currency ?? facts.answers.currency;
    const cur = (name: string) => (currency ? { [`${name}Currency`]: currency } : {});
    return Math.abs(paid - order.money) <= rules.amountTolerance
      ? say('ok', 'ok', { paidAmount: paid, ...cur('paidAmount') })
      : say('fail', 'fail', {
          paidAmount: paid,
          orderAmount: order.money,
          ...cur('paidAmount'),
          ...cur('orderAmount'),
        });
  },
});
