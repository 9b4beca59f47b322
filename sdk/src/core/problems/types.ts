import type { Context } from '../diagnose/context.js';
import type { CheckResult, Resolution } from '../diagnose/types.js';
import type { Answers, ProblemId } from '../facts/schema.js';
import type { Message } from '../i18n/message.js';
import type { TicketFieldName } from '../ticket/fields.js';

/**
 * What support needs to find any order (docs/domain.md section 3: account, method, time, amount, status); each
 * order problem adds its own fields after these.
 */
export const ORDER_FIELDS = [
  'accountId',
  'username',
  'accountEmail',
  'paymentMethod',
  'orderTime',
  'amount',
  'currency',
  'orderStatus',
  'paidAt',
  'paidAmount',
] as const satisfies readonly TicketFieldName[];

export interface Decision {
  reason?: string;
  resolution: Resolution;
  waitMinutes?: number;
  steps: Message[];
}

export interface Problem {
  id: ProblemId;
  /** Check ids run for this problem, in the order they are shown. */
  checks: readonly string[];
  /** What the widget may ask the user (only when the facts do not already answer it). */
  answers: readonly (keyof Answers)[];
  /** The minimal ticket fields (docs/domain.md section 3). */
  fields: readonly TicketFieldName[];
  /** Message keys of what to avoid (the handbook's "must avoid" column and the field's failure modes). */
  avoid: readonly string[];
  /** Every reason `decide` may return (catalogued as `reason.<id>`). */
  reasons: readonly string[];
  decide(ctx: Context, checks: readonly CheckResult[]): Decision;
}
