import { defineCheck, result } from './types.js';

// The operator can switch redeem codes off (rules) or the console says so: no retry helps then.
export const redemptionEnabled = defineCheck({
  id: 'redemption-enabled',
  run({ facts, rules }) {
    const off = !rules.redemptionEnabled || facts.redeem?.outcome === 'switched_off';
    return off
      ? result(this.id, 'fail', 'check.redemption-enabled.off')
      : result(this.id, 'ok', 'check.redemption-enabled.on');
  },
});
