import { defineCheck } from './types.js';

// The operator can switch redeem codes off (rules) or the console says so: no retry helps then.
export const redemptionEnabled = defineCheck({
  id: 'redemption-enabled',
  run({ facts, rules }, say) {
    const off = !rules.redemptionEnabled || facts.redeem?.outcome === 'switched_off';
    return off ? say('fail', 'off') : say('ok', 'on');
  },
});
