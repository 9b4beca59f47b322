// What `diagnose(facts, { now, rules })` returns. Pure data: message keys, not words.
import * as z from 'zod/mini';
import { LedgerEntry, Order, ProblemId, RedeemAttempt } from '../facts/schema.js';
import { Message } from '../i18n/message-schema.js';
import { TicketFieldName } from '../ticket/fields.js';

export const CheckStatus = z.enum(['ok', 'warn', 'fail', 'unknown']);
export type CheckStatus = z.infer<typeof CheckStatus>;

export const CheckResult = z.object({
  /** Stable id of the check ('trade-no-user', 'order-in-list', ...): used in tickets and analytics. */
  id: z.string(),
  status: CheckStatus,
  /** What was compared, in words a user understands (catalog key + params). */
  evidence: Message,
});
export type CheckResult = z.infer<typeof CheckResult>;

/** Who can likely resolve it: the user alone (switch account), by waiting, or only the operator. */
export const Resolution = z.enum(['self', 'wait', 'operator']);
export type Resolution = z.infer<typeof Resolution>;

/** What a diagnosis decided from: the one order or redeem attempt in question and the evidence around it. */
export const DiagnosisBasis = z.object({
  /** The order in question (masked as the adapter masked it). */
  order: z.optional(Order),
  /** How it was chosen: picked from the list, by the receipt's tail, by the time paid, or the latest. */
  matched: z.optional(z.enum(['picked', 'tail', 'time', 'latest'])),
  /** The ledger credit matched to it (or to the redemption). */
  credit: z.optional(LedgerEntry),
  /** Same-amount orders created near it (duplicate candidates). */
  duplicates: z.array(Order),
  /** The redeem attempt in question. */
  redeem: z.optional(RedeemAttempt),
});
export type DiagnosisBasis = z.infer<typeof DiagnosisBasis>;

export const Diagnosis = z.object({
  problem: ProblemId,
  /** Sub-reason where a problem has several (redeem: 'used', 'expired', 'other_account', ...). */
  reason: z.optional(z.string()),
  checks: z.array(CheckResult),
  nextSteps: z.array(Message),
  avoid: z.array(Message),
  resolution: Resolution,
  /** With resolution 'wait': minutes left until the configured callback time has passed. */
  waitMinutes: z.optional(z.number()),
  /** The minimal ticket fields this problem needs (docs/domain.md section 3). */
  ticketFields: z.array(TicketFieldName),
  rulesVersion: z.string(),
  /** What it decided from; buildTicket reads the order, credit and duplicates from here. */
  basis: z.optional(DiagnosisBasis),
});
export type Diagnosis = z.infer<typeof Diagnosis>;
