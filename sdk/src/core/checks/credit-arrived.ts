import { defineCheck } from './types.js';

// The ledger is what the balance is made of: a credit after the order answers "paid, not credited" better
// than any payment page (new-api "使用在线充值成功..." / "管理员补单成功...").
export const creditArrived = defineCheck({
  id: 'credit-arrived',
  run({ facts, order, payTime, credit }, say) {
    if (!order && payTime === undefined) return null;
    if (credit) return say('ok', 'found', { creditAt: credit.at });
    if (order?.status === 'credited') return say('ok', 'status');
    if (!facts.ledger) return say('unknown', 'nolog');
    return say('warn', 'none');
  },
});
