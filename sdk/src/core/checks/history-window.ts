import { DAY } from '../time.js';
import { defineCheck } from './types.js';

// Orders older than the console's list window (new-api: 30 days) are simply not listed.
export const historyWindow = defineCheck({
  id: 'history-window',
  run({ payTime, now, windowDays: days }, say) {
    if (payTime === undefined || now - payTime <= days * DAY) return null;
    return say('warn', 'old', { days });
  },
});
