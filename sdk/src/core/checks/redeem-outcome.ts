import type { CheckStatus } from '../diagnose/types.js';
import type { RedeemOutcome } from '../facts/schema.js';
import { defineCheck } from './types.js';

const LEVEL: Record<RedeemOutcome, CheckStatus> = {
  success: 'ok',
  invalid: 'fail',
  used: 'fail',
  expired: 'fail',
  disabled: 'fail',
  locked: 'fail',
  rate_limited: 'fail',
  switched_off: 'fail',
  // new-api (2025+) answers every failure with "兑换失败，请稍后重试": the reason is only in server logs.
  generic_failure: 'unknown',
  unknown: 'unknown',
};

export const redeemOutcome = defineCheck({
  id: 'redeem-outcome',
  run({ facts }, say) {
    const r = facts.redeem;
    return r ? say(LEVEL[r.outcome], r.outcome) : null;
  },
});
