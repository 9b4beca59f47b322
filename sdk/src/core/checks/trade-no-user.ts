import { defineCheck, result } from './types.js';

// new-api epay trade numbers are `USR{uid}NO...`: the number itself says which account ordered it.
export const tradeNoUser = defineCheck({
  id: 'trade-no-user',
  run({ facts, order }) {
    const tradeUserId = facts.answers.tradeNoUserId ?? order?.tradeNoUserId;
    if (tradeUserId === undefined) return null;
    const accountId = facts.account?.id;
    if (accountId === undefined)
      return result(this.id, 'unknown', 'check.trade-no-user.unknown', { tradeUserId });
    return tradeUserId === accountId
      ? result(this.id, 'ok', 'check.trade-no-user.ok', { accountId })
      : result(this.id, 'fail', 'check.trade-no-user.fail', { tradeUserId, accountId });
  },
});
