import { DAY } from '../time.js';
import { defineCheck } from './types.js';

// new-api's /api/user/topup/self returns the last 30 days only: "not found" is a hint, never proof.
export const orderInList = defineCheck({
  id: 'order-in-list',
  run({ facts, order, matched, payTime, now, windowDays }, say) {
    const { tradeNoTail, paidAt } = facts.answers;
    if (!tradeNoTail && paidAt === undefined) {
      // "Not in the list", with nothing to look it up by: the user saw this account's recent orders (the
      // widget lists the 5 most recent) and none was theirs.
      if (order || !facts.answers.orderNotListed || !facts.orders?.length) return null;
      return say('warn', 'notPicked', {
        count: Math.min(5, facts.orders.length),
      });
    }
    if (payTime !== undefined && now - payTime > windowDays * DAY) return null; // history-window speaks
    if (!facts.orders) return say('unknown', 'nolist');
    if (order && matched !== 'latest') return say('ok', 'found', { statusKey: `status.${order.status}` });
    return say('warn', 'missing', { days: windowDays });
  },
});
