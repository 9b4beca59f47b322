import { defineCheck, result } from './types.js';

// Keys are listed masked (new-api first 4 + stars + last 4, sub2api first 6 + ... + last 4): the last 4 is
// what both the user and the console can show.
export const keyInAccount = defineCheck({
  id: 'key-in-account',
  run({ facts }) {
    const last4 = facts.answers.keyLast4;
    if (!last4) return null;
    if (!facts.keys) return result(this.id, 'unknown', 'check.key-in-account.nolist', { last4 });
    return facts.keys.some((k) => k.last4 === last4)
      ? result(this.id, 'ok', 'check.key-in-account.ok', { last4 })
      : result(this.id, 'fail', 'check.key-in-account.fail', { last4, count: facts.keys.length });
  },
});
