import { defineCheck } from './types.js';

const round = (n: number) => Math.round(n * 100) / 100;

// new-api stores quota and shows quota / quota_per_unit (default 500000) or raw tokens depending on display
// settings; an order's `amount` is in top-up units while `money` is what was paid. Either makes a credit
// that arrived look wrong.
export const displayUnit = defineCheck({
  id: 'display-unit',
  run({ facts, order, credit }, say) {
    const balance = facts.account?.balance;
    const arrived = credit || order?.status === 'credited' || facts.redeem?.outcome === 'success';
    if (!balance || !arrived) return null;
    const value = round(balance.raw / balance.quotaPerUnit);
    // new-api's tokens display (map.ts) reads one raw unit per shown unit: no rate to convert with, so say
    // what the number is rather than "34,842,804 at 1 per unit is 34,842,804".
    if (balance.displayUnit.toUpperCase() === 'TOKENS' && balance.quotaPerUnit <= 1)
      return say('warn', 'tokensOnly', { raw: balance.raw });
    if (balance.displayUnit.toUpperCase() === 'TOKENS')
      return say('warn', 'tokens', {
        raw: balance.raw,
        value,
        perUnit: balance.quotaPerUnit,
      });
    if (
      order?.amount !== undefined &&
      order.money !== undefined &&
      round(order.amount) !== round(order.money)
    )
      return say('warn', 'ratio', {
        amount: order.amount,
        money: order.money,
        ...(order.currency ? { moneyCurrency: order.currency } : {}),
      });
    return say('ok', 'ok', { value, unit: balance.displayUnit });
  },
});
