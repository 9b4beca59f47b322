// The background's state: per-origin history in storage.local (survives restarts, the user can clear
// it), per-tab latest snapshot in storage.session (the MV3 worker may be stopped between messages).
// Only the background imports this file.
//
// Every change runs in lib/serial.ts's queue for its tab (and, for the history, its origin). A page load
// sends a fresh report (the reader reads the console, keys included: a page round trip) and, moments
// later, the observer's report that reuses the tab's last read. Interleaved, the quick report stored the
// previous page's read (no key list) after or around the fresh one, and a key check typed in the popup
// meanwhile was judged without the key list (test/extension.test.ts flaked on that, ~1 in 6 under load).
//
// A tab left open on another account: all tabs of a console share its session (new-api's cookie and
// localStorage, sub2api's localStorage token), so when a fresh reading in one tab names another account
// than an older tab shows, that older tab is stale. The origin's latest confirmed account is kept in
// storage.session (`current:<origin>`); every other tab of the origin is then re-worded (the core's
// session-user check fails for it), its badge set, and the background shows it (onOtherTabView).
import { detectLocale, type Locale, type Rules, type Session } from '@topup-doctor/sdk/core';
import { browser } from 'wxt/browser';
import * as z from 'zod/mini';
import { t, uiLanguage, warningText } from '../i18n/catalog.js';
import { emptyHistory, History, record, toObservations } from './history.js';
import type { TabView } from './messages.js';
import { serial } from './serial.js';
import { mergeSnapshot, type PagePart, ReadPart, Snapshot } from './snapshot.js';
import { computeWarnings, keyStatus } from './warnings.js';

const TabState = z.object({
  origin: z.string(),
  snapshot: z.optional(Snapshot),
  /** The last console read of this tab (the reader runs on page load, not on every observer update). */
  read: z.optional(ReadPart),
  keyLast4: z.optional(z.string()),
  /** When this tab's account was last confirmed by a reading of the console (not an older reading reused). */
  confirmedAt: z.optional(z.number()),
});
type TabState = z.infer<typeof TabState>;

/** The account a console reading last named on this origin, in any tab. */
const Current = z.object({ id: z.string(), at: z.number() });
type Current = z.infer<typeof Current>;

const historyKey = (origin: string) => `history:${origin}`;
const tabKey = (tabId: number) => `tab:${tabId}`;
const currentKey = (origin: string) => `current:${origin}`;
/** The queue for one tab's state (lib/serial.ts). */
const forTab = <T>(tabId: number, task: () => Promise<T>) => serial(tabKey(tabId), task);
/** The queue for one origin's history: tabs of the same console report concurrently. */
const forOrigin = <T>(origin: string, task: () => Promise<T>) => serial(historyKey(origin), task);

export async function loadHistory(origin: string): Promise<History> {
  const key = historyKey(origin);
  const parsed = History.safeParse((await browser.storage.local.get(key))[key]);
  return parsed.success ? parsed.data : emptyHistory();
}

async function loadTab(tabId: number): Promise<TabState | undefined> {
  const key = tabKey(tabId);
  const parsed = TabState.safeParse((await browser.storage.session.get(key))[key]);
  return parsed.success ? parsed.data : undefined;
}

async function loadCurrent(origin: string): Promise<Current | undefined> {
  const key = currentKey(origin);
  const parsed = Current.safeParse((await browser.storage.session.get(key))[key]);
  return parsed.success ? parsed.data : undefined;
}

/**
 * The session this browser knows for the tab when another tab read a later login of another account:
 * the tab shows (stores) its own account, the console's session is the other one. Undefined otherwise.
 */
function staleSession(tab: TabState | undefined, current: Current | undefined): Session | undefined {
  const shown = tab?.snapshot?.account?.id;
  if (!shown || !current || current.id === shown || current.at <= (tab?.confirmedAt ?? 0)) return undefined;
  return { ...tab?.snapshot?.session, storedUserId: shown, serverUserId: current.id };
}

/** The console's language when the page tells it, else the browser's UI language (core/i18n/locale.ts). */
export const viewLocale = (pageLang: string | undefined): Locale => detectLocale([pageLang, uiLanguage()]);

/** Pages where the in-page banner shows: where the user pays, redeems or checks orders. */
const BANNER_PAGES = new Set(['topup', 'redeem', 'orders']);

function view(
  origin: string,
  history: History,
  tab: TabState | undefined,
  now: number,
  current?: Current,
): TabView {
  const locale = viewLocale(tab?.snapshot?.lang);
  const rules: Rules | undefined = tab?.read?.rules;
  const session = staleSession(tab, current);
  const warnings = computeWarnings(history, tab?.snapshot, {
    now,
    ...(tab?.keyLast4 ? { keyLast4: tab.keyLast4 } : {}),
    ...(rules ? { rules } : {}),
    ...(session ? { session } : {}),
  });
  return {
    origin,
    locale,
    ...(tab?.snapshot ? { snapshot: tab.snapshot } : {}),
    // A stale tab is shown on any page: the account it shows is not the one logged in.
    banner:
      BANNER_PAGES.has(tab?.snapshot?.pageKind ?? 'other') || warnings.some((w) => w.id === 'stale-tab'),
    ...(tab?.keyLast4
      ? { keyLast4: tab.keyLast4, keyStatus: keyStatus(tab.snapshot, tab.keyLast4, rules, now) }
      : {}),
    warnings: warnings.map((w) => ({ ...w, text: warningText(locale, w) })),
    labels: { title: t(locale, 'ext.banner.title'), close: t(locale, 'ext.banner.close') },
    accounts: history.accounts,
    ordersHere: history.orders.length,
    observations: toObservations(history),
  };
}

/** How the background shows a view that changed without its tab reporting (a stale tab): set by it. */
let showOtherTab: (tabId: number, view: TabView) => void = () => undefined;
export function onOtherTabView(show: (tabId: number, view: TabView) => void): void {
  showOtherTab = show;
}

async function setBadge(tabId: number, count: number): Promise<void> {
  try {
    await browser.action.setBadgeText({ tabId, text: count ? String(count) : '' });
    if (count) await browser.action.setBadgeBackgroundColor({ tabId, color: '#b45309' });
  } catch {
    // The tab may be gone; a badge is best effort.
  }
}

/** A content script reported a page load (or new observer data), already merged with a console read:
 *  a reading of the console at `now` (it confirms the account it names). */
export function handleReport(
  tabId: number,
  origin: string,
  snapshot: Snapshot,
  now: number,
  read?: ReadPart,
): Promise<TabView> {
  return forTab(tabId, () => storeReport(tabId, origin, snapshot, now, read, true));
}

/**
 * A content script's report: the console is read again (`readConsole`) on a fresh page or a new origin,
 * else the tab's last read is reused. The whole step holds the tab's queue, so a report arriving while a
 * fresh read is under way builds on that read, and popup messages see its result.
 */
export function reportPage(
  tabId: number,
  origin: string,
  page: PagePart,
  now: number,
  readConsole: () => Promise<ReadPart | undefined>,
): Promise<TabView | null> {
  return forTab(tabId, async () => {
    if (page.pageKind === 'login') {
      // No one is logged in on a sign-in page, whatever the console's storage still holds: nothing is
      // read (each read would answer 401), and this tab's last reading is dropped.
      await browser.storage.session.remove(tabKey(tabId));
      await setBadge(tabId, 0);
      return null;
    }
    const previous = await loadTab(tabId);
    const fresh = page.fresh || previous?.origin !== origin;
    const read = fresh ? await readConsole() : previous?.read;
    const snapshot = mergeSnapshot(read, page);
    if (!snapshot) return null;
    // The account is confirmed now by a fresh reading of the console, or (new-api C, where only the
    // page's own answers tell) when the page's own /api/user/self answer names a new one. A reused
    // reading confirms nothing: a tab left open keeps showing what it read then.
    const id = snapshot.account?.id;
    const confirmed =
      !!id && (fresh && read?.account ? true : !read?.account && previous?.snapshot?.account?.id !== id);
    return storeReport(tabId, origin, snapshot, now, read, confirmed);
  });
}

async function storeReport(
  tabId: number,
  origin: string,
  snapshot: Snapshot,
  now: number,
  read: ReadPart | undefined,
  confirmed: boolean,
): Promise<TabView> {
  const account = snapshot.account;
  const { history, current, changed } = await forOrigin(origin, async () => {
    const next = record(await loadHistory(origin), snapshot, now);
    await browser.storage.local.set({ [historyKey(origin)]: next });
    let latest = await loadCurrent(origin);
    const moved = confirmed && !!account && latest?.id !== account.id;
    if (confirmed && account) {
      latest = { id: account.id, at: now };
      await browser.storage.session.set({ [currentKey(origin)]: latest });
    }
    return { history: next, current: latest, changed: moved };
  });
  const previous = await loadTab(tabId);
  const sameAccount = previous?.origin === origin && previous.snapshot?.account?.id === account?.id;
  const confirmedAt = confirmed ? now : sameAccount ? previous?.confirmedAt : undefined;
  const tab: TabState = {
    origin,
    snapshot,
    ...(read ? { read } : {}),
    ...(previous?.origin === origin && previous.keyLast4 ? { keyLast4: previous.keyLast4 } : {}),
    ...(confirmedAt !== undefined ? { confirmedAt } : {}),
  };
  await browser.storage.session.set({ [tabKey(tabId)]: tab });
  const result = view(origin, history, tab, now, current);
  await setBadge(tabId, result.warnings.length);
  if (changed) void rewordOtherTabs(origin, tabId, now);
  return result;
}

/** The other tabs of this origin, re-worded after a login of another account was read in one of them. */
async function rewordOtherTabs(origin: string, except: number, now: number): Promise<void> {
  const all = await browser.storage.session.get(null);
  for (const key of Object.keys(all)) {
    const tabId = Number(key.slice('tab:'.length));
    if (!key.startsWith('tab:') || !Number.isInteger(tabId) || tabId === except) continue;
    await forTab(tabId, async () => {
      const tab = await loadTab(tabId);
      if (tab?.origin !== origin) return;
      const result = view(origin, await loadHistory(origin), tab, now, await loadCurrent(origin));
      await setBadge(tabId, result.warnings.length);
      if (result.warnings.some((w) => w.id === 'stale-tab')) showOtherTab(tabId, result);
    }).catch(() => undefined);
  }
}

/** The tab's view once the reports already received for it are stored. */
export function getTabView(tabId: number, now: number): Promise<TabView | null> {
  return forTab(tabId, async () => {
    const tab = await loadTab(tabId);
    if (!tab) return null;
    return view(tab.origin, await loadHistory(tab.origin), tab, now, await loadCurrent(tab.origin));
  });
}

/** The key's last 4 typed in the popup, checked against the key list of the latest read of the tab. */
export function setKeyLast4(tabId: number, last4: string, now: number): Promise<TabView | null> {
  return forTab(tabId, async () => {
    const tab = await loadTab(tabId);
    if (!tab) return null;
    const { keyLast4: _previous, ...rest } = tab;
    const next: TabState = last4 ? { ...rest, keyLast4: last4 } : rest;
    await browser.storage.session.set({ [tabKey(tabId)]: next });
    const result = view(tab.origin, await loadHistory(tab.origin), next, now, await loadCurrent(tab.origin));
    await setBadge(tabId, result.warnings.length);
    return result;
  });
}

export function clearHistory(origin: string): Promise<void> {
  return forOrigin(origin, () => browser.storage.local.remove(historyKey(origin)));
}

export function forgetTab(tabId: number): Promise<void> {
  return forTab(tabId, () => browser.storage.session.remove(tabKey(tabId)));
}
