import { MINUTE } from '../time.js';
import { defineCheck } from './types.js';

// Epay-style orders stay pending until the provider's server-to-server callback arrives; the page does not
// poll. Past the operator's configured time the callback is likely lost or misconfigured (wrong host,
// trailing slash), which only the operator can fix.
export const callbackTime = defineCheck({
  id: 'callback-time',
  run({ order, payTime, now, expectedMinutes: expected }, say) {
    if (!order || (order.status !== 'pending' && order.status !== 'paid')) return null;
    const waited = Math.max(0, Math.floor((now - (payTime ?? order.createdAt)) / MINUTE));
    return waited < expected
      ? say('ok', 'within', { waited, expected })
      : say('fail', 'late', { waited, expected });
  },
});
