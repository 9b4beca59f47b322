// What the content script sends the background about one page load: already masked and minimal.
// The background trusts nothing in it: every message is parsed with these schemas at the receiver, and
// the origin is taken from the message sender, never from the payload.
import { RedeemOutcome, Rules } from '@topup-doctor/sdk/core';
import * as z from 'zod/mini';
import { Short, SnapAccount, SnapOrder } from './snapshot-parts.js';

/** A redeem answer the page got (main-world observer): the code masked (first 2 + last 4), never whole. */
export const SnapRedeem = z.strictObject({
  codeMasked: z.optional(z.string().check(z.maxLength(12))),
  outcome: RedeemOutcome,
  at: z.number().check(z.gte(0)),
  /** The console's own message, masked. */
  message: z.optional(z.string().check(z.maxLength(300))),
});
export type SnapRedeem = z.infer<typeof SnapRedeem>;

export { SnapAccount, SnapOrder } from './snapshot-parts.js';

/** 'login': a sign-in or sign-up route, where nothing is read (lib/content/page-kind.ts). */
export const PageKind = z.enum(['topup', 'redeem', 'orders', 'login', 'other']);
export type PageKind = z.infer<typeof PageKind>;

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
  /** Redeem answers the page got while we watched (new-api POST /api/user/topup, sub2api POST /api/v1/redeem). */
  redeemed: z.optional(z.array(SnapRedeem).check(z.maxLength(20))),
  /** Last 4 of each key in this account's masked key list (undefined: unknown). */
  keysLast4: z.optional(z.array(z.string().check(z.length(4))).check(z.maxLength(200))),
  /** The page embeds the widget (it said hello over the bridge). */
  widget: z.boolean(),
  /** Where the page's widget config sends tickets, when it declares it (operator endpoint / email). */
  widgetEndpoint: z.optional(z.string().check(z.maxLength(300))),
  widgetEmail: z.optional(z.string().check(z.maxLength(120))),
  /** The console's language (its stored choice or <html lang>), when the page tells (lib/content/language.ts). */
  lang: z.optional(z.string().check(z.maxLength(20))),
});
export type Snapshot = z.infer<typeof Snapshot>;

/** What the reader (entrypoints/reader.ts, injected on demand) read through the sdk adapters. */
export const ReadPart = z.object({
  /** Undefined when the page is no console the adapters recognise (the observer may still know it). */
  console: z.optional(Snapshot.shape.console),
  /** The operator's rules the page's widget config declares (its data-rules), validated. */
  rules: z.optional(Rules),
  account: z.optional(SnapAccount),
  session: Snapshot.shape.session,
  orders: Snapshot.shape.orders,
  keysLast4: Snapshot.shape.keysLast4,
});
export type ReadPart = z.infer<typeof ReadPart>;

/** What the content script itself knows: the page, the main-world observer's masked parts, the widget. */
export const PagePart = z.object({
  pageKind: PageKind,
  /** Ask the background to (re)read the console: a page load or an SPA route change. */
  fresh: z.boolean(),
  account: z.optional(SnapAccount),
  orders: Snapshot.shape.orders,
  keysLast4: Snapshot.shape.keysLast4,
  created: Snapshot.shape.created,
  redeemed: Snapshot.shape.redeemed,
  userHeaderMismatch: z.optional(z.boolean()),
  widget: z.boolean(),
  lang: Snapshot.shape.lang,
});
export type PagePart = z.infer<typeof PagePart>;

/**
 * What the content script sends: the page part with the page's path instead of its kind. The background
 * tells the kind (lib/content/page-kind.ts), so the route rules stay out of the content script's budget.
 */
export const PageReport = z.extend(z.omit(PagePart, { pageKind: true }), {
  path: z.string().check(z.maxLength(4096)),
});
export type PageReport = z.infer<typeof PageReport>;

/** The console read wins where it has a value; the observer fills what the read could not (new-api C). */
export function mergeSnapshot(read: ReadPart | undefined, page: PagePart): Snapshot | undefined {
  const account = read?.account ?? page.account;
  if (!read?.console && !account) return undefined; // not a console we know, nothing observed
  const session = { ...read?.session, ...(page.userHeaderMismatch ? { userHeaderMismatch: true } : {}) };
  const orders = read?.orders ?? page.orders;
  const keysLast4 = read?.keysLast4 ?? page.keysLast4;
  return {
    // Only the observer saw the user: new-api generation C (nothing user-related in localStorage).
    console: read?.console ?? { kind: 'new-api', generation: 'C' },
    pageKind: page.pageKind,
    ...(account ? { account } : {}),
    ...(Object.keys(session).length ? { session } : {}),
    ...(orders ? { orders } : {}),
    ...(keysLast4 ? { keysLast4 } : {}),
    created: page.created,
    ...(page.redeemed?.length ? { redeemed: page.redeemed } : {}),
    widget: page.widget,
    ...(page.lang ? { lang: page.lang } : {}),
  };
}
