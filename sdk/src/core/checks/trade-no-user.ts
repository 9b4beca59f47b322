import { defineCheck } from './types.js';

// new-api epay trade numbers are `USR{uid}NO...`: the number itself says which account ordered it.
export const tradeNoUser = defineCheck({
  id: 'trade-no-user',
  run({ facts, order }, say) {
    const tradeUserId = facts.answers.tradeNoUserId ?? order?.tradeNoUserId;
    if (tradeUserId === undefined) return null;
    const accountId = facts.account?.id;
    if (accountId === undefined) return say('unknown', 'unknown', { tradeUserId });
    return tradeUserId === accountId
      ? say('ok', 'ok', { accountId })
      : say('fail', 'fail', { tradeUserId, accountId });
  },
});
