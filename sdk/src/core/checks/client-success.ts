import { defineCheck } from './types.js';

// Detection only (the words users copy from result pages), not copy. Negations first: "未成功" contains "成功".
const NEGATIVE = /未成功|没有成功|不成功|失败|unsuccessful|not (?:paid|successful)|fail/i;
const SUCCESS = /成功|已支付|支付完成|success|paid|completed/i;

// Forged or premature "success" pages exist and the epay return page credits nothing: a page is never
// proof of payment, only the order status and the ledger are.
export const clientSuccess = defineCheck({
  id: 'client-success',
  run({ facts, order }, say) {
    const text = facts.answers.pageMessage;
    if (!text || NEGATIVE.test(text) || !SUCCESS.test(text) || order?.status === 'credited') return null;
    return order
      ? say('warn', 'unconfirmed', { statusKey: `status.${order.status}` })
      : say('warn', 'noorder');
  },
});
