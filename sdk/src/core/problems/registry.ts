// Adding a problem = one file here plus one line below (the meta-test fails otherwise).
import type { ProblemId } from '../facts/schema.js';
import { duplicateOrRefund } from './duplicate-or-refund.js';
import { orderProcessing } from './order-processing.js';
import { paidNotCredited } from './paid-not-credited.js';
import { paymentFailed } from './payment-failed.js';
import { redeemNotCredited } from './redeem-not-credited.js';
import type { Problem } from './types.js';

export type { Decision, Problem } from './types.js';

/** In the handbook's order: what the widget lists when it asks "what happened?". */
export const PROBLEMS: readonly Problem[] = [
  paymentFailed,
  orderProcessing,
  paidNotCredited,
  duplicateOrRefund,
  redeemNotCredited,
];

export const PROBLEM_BY_ID = Object.fromEntries(PROBLEMS.map((p) => [p.id, p])) as Record<ProblemId, Problem>;
