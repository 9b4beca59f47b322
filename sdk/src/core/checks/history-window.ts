import { DAY } from '../time.js';
import { defineCheck, result } from './types.js';

// Orders older than the console's list window (new-api: 30 days) are simply not listed.
export const historyWindow = defineCheck({
  id: 'history-window',
  run({ payTime, now, windowDays: days }) {
    if (payTime === undefined || now - payTime <= days * DAY) return null;
    return result(this.id, 'warn', 'check.history-window.old', { days });
  },
});
