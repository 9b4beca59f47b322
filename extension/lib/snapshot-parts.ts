// A page's account and orders, masked: shared by the content script, the observer and the background.
// Kept apart from ./snapshot.ts so the content script bundles only what it parses. The order status is
// the core's OrderStatus itself (sdk/src/core/facts/schema.ts): importing it adds 11 B gzip to the content
// script and nothing else of the core (measured with `pnpm --filter ./extension size`).
import { Balance, OrderStatus } from '@topup-doctor/sdk/core';
import * as z from 'zod/mini';

export const Short = z.string().check(z.maxLength(80));
export const Tail = z.string().check(z.maxLength(8));

/** An order as the page showed it: masked refs only (no full trade number ever crosses this boundary). */
export const SnapOrder = z.object({
  ref: z.optional(Short),
  tradeNoTail: z.optional(Tail),
  tradeNoUserId: z.optional(Short),
  amount: z.optional(z.number()),
  method: z.optional(Short),
  status: OrderStatus,
  createdAt: z.number().check(z.gte(0)),
});
export type SnapOrder = z.infer<typeof SnapOrder>;

export const SnapAccount = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  /** Display label, masked by the content script (nickname, or masked email). */
  label: z.optional(Short),
  /** The adapter's balance reading (raw, units per display unit, display unit): formatted where shown. */
  balance: z.optional(Balance),
});
export type SnapAccount = z.infer<typeof SnapAccount>;
