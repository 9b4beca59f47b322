// What the content script sends the background about one page load: already masked and minimal.
// The background trusts nothing in it: every message is parsed with these schemas at the receiver, and
// the origin is taken from the message sender, never from the payload.
import * as z from 'zod/mini';

export const PageKind = z.enum(['topup', 'redeem', 'orders', 'other']);
export type PageKind = z.infer<typeof PageKind>;

const Short = z.string().check(z.maxLength(80));
const Tail = z.string().check(z.maxLength(8));

export const SnapStatus = z.enum([
  'pending',
  'paid',
  'credited',
  'failed',
  'cancelled',
  'expired',
  'refund_requested',
  'refunding',
  'refunded',
  'unknown',
]);
export type SnapStatus = z.infer<typeof SnapStatus>;

/** An order as the page showed it: masked refs only (no full trade number ever crosses this boundary). */
export const SnapOrder = z.object({
  ref: z.optional(Short),
  tradeNoTail: z.optional(Tail),
  tradeNoUserId: z.optional(Short),
  amount: z.optional(z.number()),
  method: z.optional(Short),
  status: SnapStatus,
  createdAt: z.number().check(z.gte(0)),
});
export type SnapOrder = z.infer<typeof SnapOrder>;

export const SnapAccount = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  /** Display label, masked by the content script (nickname, or masked email). */
  label: z.optional(Short),
  /** Balance as the console shows it, e.g. "$12.50" (amounts are not sensitive). */
  balance: z.optional(Short),
});
export type SnapAccount = z.infer<typeof SnapAccount>;

export const Snapshot = z.object({
  console: z.object({
    kind: z.enum(['new-api', 'one-api', 'sub2api', 'custom']),
    generation: z.optional(Short),
  }),
  pageKind: PageKind,
  account: z.optional(SnapAccount),
  session: z.optional(
    z.object({
      storedUserId: z.optional(Short),
      serverUserId: z.optional(Short),
      userHeaderMismatch: z.optional(z.boolean()),
    }),
  ),
  /** Recent orders of the logged-in account (undefined: the console has no list or it failed). */
  orders: z.optional(z.array(SnapOrder).check(z.maxLength(100))),
  /** Orders the page itself created while we watched (main-world observer of its pay responses). */
  created: z.array(SnapOrder).check(z.maxLength(20)),
  /** Last 4 of each key in this account's masked key list (undefined: unknown). */
  keysLast4: z.optional(z.array(z.string().check(z.length(4))).check(z.maxLength(200))),
  /** The page embeds the widget (it said hello over the bridge). */
  widget: z.boolean(),
  /** Where the page's widget config sends tickets, when it declares it (operator endpoint / email). */
  widgetEndpoint: z.optional(z.string().check(z.maxLength(300))),
  widgetEmail: z.optional(z.string().check(z.maxLength(120))),
});
export type Snapshot = z.infer<typeof Snapshot>;
