import { defineCheck, result } from './types.js';

// The ledger is what the balance is made of: a credit after the order answers "paid, not credited" better
// than any payment page (new-api "使用在线充值成功..." / "管理员补单成功...").
export const creditArrived = defineCheck({
  id: 'credit-arrived',
  run({ facts, order, payTime, credit }) {
    if (!order && payTime === undefined) return null;
    if (credit) return result(this.id, 'ok', 'check.credit-arrived.found', { creditAt: credit.at });
    if (order?.status === 'credited') return result(this.id, 'ok', 'check.credit-arrived.status');
    if (!facts.ledger) return result(this.id, 'unknown', 'check.credit-arrived.nolog');
    return result(this.id, 'warn', 'check.credit-arrived.none');
  },
});
