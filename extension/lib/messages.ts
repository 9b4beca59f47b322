// The message protocol between content script, background, popup and panel (@webext-core/messaging: one
// listener per message, lib/messaging.ts). The library does not validate payloads: every receiver parses
// with the schemas here.
import { Locale } from '@topup-doctor/sdk/core';
import * as z from 'zod/mini';
import { WATCH } from './content/tap-protocol.js';
import { SeenAccount } from './history.js';
import { type PageReport, Snapshot } from './snapshot.js';
import { Labels, LooseObservations, RenderedWarning } from './view.js';

export { ContentView, RenderedWarning } from './view.js';

/** What the popup, banner and panel show for one tab. */
export const TabView = z.object({
  origin: z.string(),
  locale: Locale,
  snapshot: z.optional(Snapshot),
  /** The tab shows the in-page banner: a top-up, redeem or orders page. */
  banner: z.boolean(),
  warnings: z.array(RenderedWarning),
  /** Banner words, in the view's locale (the content script carries no catalog: size budget). */
  labels: Labels,
  accounts: z.array(SeenAccount),
  ordersHere: z.number(),
  keyLast4: z.optional(z.string()),
  /** The core's key check on that tail: in this account's key list, not in it, or no list read yet. */
  keyStatus: z.optional(z.enum(['in-account', 'not-in-account', 'unknown'])),
  /** The core's Observations for this origin (sdk/src/core/facts/schema.ts), handed to the widget. */
  observations: LooseObservations,
});
export type TabView = z.infer<typeof TabView>;

export const TabRef = z.object({ tabId: z.number().check(z.int(), z.gte(0)) });
export const EnableOrigin = z.object({ tabId: z.number().check(z.int(), z.gte(0)), origin: z.string() });
export const KeyLast4 = z.object({
  tabId: z.number().check(z.int(), z.gte(0)),
  // Only the last 4: a longer value is refused, so a pasted full key never reaches storage.
  last4: z.string().check(z.regex(/^[A-Za-z0-9]{4}$|^$/)),
});
export const OriginRef = z.object({ origin: z.string().check(z.regex(/^https?:\/\/[^/]+$/)) });
/** The content script's stub (entrypoints/page-watch.ts), sent with runtime.sendMessage outside ProtocolMap
 *  (the stub carries no messaging library: it runs on every page of a granted site). */
export const WatchRequest = z.strictObject({ type: z.literal(WATCH), tap: z.boolean() });
export const SelfCheckMode = z.object({ mode: z.enum(['bridge', 'panel', 'none']) });
export const WidgetState = z.object({ widget: z.boolean() });

export interface ProtocolMap {
  /** content -> background: the page part; the background adds the console read and answers the tab's
   *  view (warnings worded), or null when the page is no console it knows or a sign-in page. */
  report(data: PageReport): TabView | null;
  /** popup -> background */
  getTabView(data: z.infer<typeof TabRef>): TabView | null;
  enableOrigin(data: z.infer<typeof EnableOrigin>): { ok: boolean };
  setKeyLast4(data: z.infer<typeof KeyLast4>): TabView | null;
  clearHistory(data: z.infer<typeof OriginRef>): { ok: boolean };
  startSelfCheck(data: z.infer<typeof TabRef>): z.infer<typeof SelfCheckMode>;
  /** panel -> background: the view of the panel's own tab (from the sender). */
  getPanelView(data: Record<string, never>): TabView | null;
  /** background -> content: hand the view to the page's widget, if any. */
  handToWidget(data: TabView): z.infer<typeof WidgetState>;
}
