// The message the main-world console observer (entrypoints/console-observer.ts) posts to the content script: the page's
// own responses, already mapped and masked in the main world (sdk new-api observer). Any page script
// could post one, so it carries nothing the page does not already know and is validated on receipt.
import * as z from 'zod/mini';
import { SnapAccount, SnapOrder } from '../snapshot-parts.js';

export const OBSERVER_SOURCE = 'topup-doctor-observer';

export const ObserverMessage = z.strictObject({
  source: z.literal(OBSERVER_SOURCE),
  v: z.literal(1),
  type: z.literal('observed'),
  account: z.optional(SnapAccount),
  orders: z.optional(z.array(SnapOrder).check(z.maxLength(100))),
  keysLast4: z.optional(z.array(z.string().check(z.length(4))).check(z.maxLength(200))),
  created: z.optional(z.array(SnapOrder).check(z.maxLength(20))),
  /** Redeem answers (masked codes): checked strictly by the background (SnapRedeem in ../snapshot.ts). */
  redeemed: z.optional(z.array(z.unknown()).check(z.maxLength(20))),
  userHeaderMismatch: z.optional(z.boolean()),
});
export type ObserverMessage = z.infer<typeof ObserverMessage>;
