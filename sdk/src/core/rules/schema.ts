// Operator-tunable rules. Validated at the boundary (operator config); defaults are deliberately
// conservative and promise nothing: a time appears in copy only when the operator configured it.
import * as z from 'zod/mini';

export const ContactChannel = z.object({
  kind: z.enum(['email', 'url', 'qq', 'wechat', 'telegram', 'discord', 'other']),
  label: z.optional(z.string().check(z.maxLength(60))),
  value: z.string().check(z.minLength(1), z.maxLength(300)),
});
export type ContactChannel = z.infer<typeof ContactChannel>;

export const SupportHours = z.object({
  /** IANA zone, e.g. 'Asia/Shanghai'. */
  timeZone: z.string(),
  /** 0 = Sunday ... 6 = Saturday. */
  days: z.array(z.int().check(z.gte(0), z.lte(6))),
  start: z.string().check(z.regex(/^\d{2}:\d{2}$/)),
  end: z.string().check(z.regex(/^\d{2}:\d{2}$/)),
});
export type SupportHours = z.infer<typeof SupportHours>;

export const Rules = z.object({
  /** Version of the rule set, recorded in every ticket. */
  version: z._default(z.string(), 'default-1'),
  /** Expected minutes until the payment channel's callback credits an order, per method; `default` for others. */
  callbackMinutes: z._default(z.record(z.string(), z.number().check(z.gte(0), z.lte(24 * 60))), {
    default: 10,
  }),
  /** Orders of the same amount created this close together count as possible duplicates. */
  duplicateWindowMinutes: z._default(z.number().check(z.gte(1)), 30),
  /** Window for "several accounts were used here recently". */
  recentAccountsDays: z._default(z.number().check(z.gte(1)), 7),
  /** Console order-history window when the adapter does not know it (new-api: 30 days). */
  historyWindowDays: z._default(z.number().check(z.gte(1)), 30),
  /** Tolerance when comparing paid money with ordered money. */
  amountTolerance: z._default(z.number().check(z.gte(0)), 0.01),
  supportHours: z.optional(SupportHours),
  contacts: z._default(z.array(ContactChannel), []),
  /** Where users request refunds (the operator's page); absent = copy never mentions a refund entry. */
  refundEntry: z.optional(z.object({ url: z.string(), label: z.optional(z.string()) })),
  /** Minutes a redeem lock lasts on this console, when the console's own message does not say (absent = the
   *  widget names no time). */
  redeemLockMinutes: z.optional(z.number().check(z.gte(1), z.lte(7 * 24 * 60))),
  /** Whether the operator has turned redeem codes off on this console. */
  redemptionEnabled: z._default(z.boolean(), true),
});
export type Rules = z.infer<typeof Rules>;
export type RulesInput = z.input<typeof Rules>;
