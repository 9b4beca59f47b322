import type { CheckId } from '../checks/registry.js';
import type { Context } from '../diagnose/context.js';
import type { CheckResult, Resolution } from '../diagnose/types.js';
import type { Answers, ProblemId } from '../facts/schema.js';
import type { Message, MessageKey } from '../i18n/message.js';
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

/** A reason a decision can give: one the catalog words as `reason.<id>` (a reason without words does not compile). */
export type ReasonId = MessageKey extends infer K ? (K extends `reason.${infer R}` ? R : never) : never;

/** What a problem tells the user to avoid: the catalog's `avoid.*` copy. */
export type AvoidKey = Extract<MessageKey, `avoid.${string}`>;

export interface Decision<R extends ReasonId = ReasonId> {
  reason?: R;
  resolution: Resolution;
  waitMinutes?: number;
  steps: Message[];
}

export interface Problem<R extends ReasonId = ReasonId> {
  id: ProblemId;
  /** Check ids run for this problem, in the order they are shown. */
  checks: readonly CheckId[];
  /** What the widget may ask the user (only when the facts do not already answer it). */
  answers: readonly (keyof Answers)[];
  /** The minimal ticket fields (docs/domain.md section 3). */
  fields: readonly TicketFieldName[];
  /** Message keys of what to avoid (the handbook's "must avoid" column and the field's failure modes). */
  avoid: readonly AvoidKey[];
  /** Every reason `decide` may return (catalogued as `reason.<id>`). */
  reasons: readonly R[];
  decide(ctx: Context, checks: readonly CheckResult[]): Decision<NoInfer<R>>;
}

/**
 * Keeps a problem's reasons literal: `decide` returning a reason the problem does not list is a compile error
 * (the list is what the catalogs, the inbox filter and the tests enumerate).
 */
export const defineProblem = <const R extends ReasonId>(problem: Problem<R>): Problem<R> => problem;
