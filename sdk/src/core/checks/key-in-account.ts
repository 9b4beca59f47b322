import { defineCheck } from './types.js';

// Keys are listed masked (new-api first 4 + stars + last 4, sub2api first 6 + ... + last 4): the last 4 is
// what both the user and the console can show.
export const keyInAccount = defineCheck({
  id: 'key-in-account',
  run({ facts }, say) {
    const last4 = facts.answers.keyLast4;
    if (!last4) return null;
    if (!facts.keys) return say('unknown', 'nolist', { last4 });
    return facts.keys.some((k) => k.last4 === last4)
      ? say('ok', 'ok', { last4 })
      : say('fail', 'fail', { last4, count: facts.keys.length });
  },
});
