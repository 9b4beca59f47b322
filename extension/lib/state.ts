// The background's state: per-origin history in storage.local (survives restarts, the user can clear
// it), per-tab latest snapshot in storage.session (the MV3 worker may be stopped between messages).
// Only the background imports this file.
//
// Every change runs in lib/serial.ts's queue for its tab (and, for the history, its origin). A page load
// sends a fresh report (the reader reads the console, keys included: a page round trip) and, moments
// later, the observer's report that reuses the tab's last read. Interleaved, the quick report stored the
// previous page's read (no key list) after or around the fresh one, and a key check typed in the popup
// meanwhile was judged without the key list (test/extension.test.ts flaked on that, ~1 in 6 under load).
import { browser } from 'wxt/browser';
import * as z from 'zod/mini';
import { CATALOGS, type ExtLocale, pickLocale, t, warningText } from '../i18n/catalog.js';
import { emptyHistory, History, record, toObservations } from './history.js';
import type { TabView } from './messages.js';
import { serial } from './serial.js';
import { mergeSnapshot, type PagePart, ReadPart, Snapshot } from './snapshot.js';
import { computeWarnings } from './warnings.js';

const TabState = z.object({
  origin: z.string(),
  snapshot: z.optional(Snapshot),
  /** The last console read of this tab (the reader runs on page load, not on every observer update). */
  read: z.optional(ReadPart),
  keyLast4: z.optional(z.string()),
});
type TabState = z.infer<typeof TabState>;

const historyKey = (origin: string) => `history:${origin}`;
const tabKey = (tabId: number) => `tab:${tabId}`;
/** The queue for one tab's state (lib/serial.ts). */
const forTab = <T>(tabId: number, task: () => Promise<T>) => serial(tabKey(tabId), task);
/** The queue for one origin's history: tabs of the same console report concurrently. */
const forOrigin = <T>(origin: string, task: () => Promise<T>) => serial(historyKey(origin), task);

export async function loadHistory(origin: string): Promise<History> {
  const key = historyKey(origin);
  const parsed = History.safeParse((await browser.storage.local.get(key))[key]);
  return parsed.success ? parsed.data : emptyHistory();
}

export async function loadTab(tabId: number): Promise<TabState | undefined> {
  const key = tabKey(tabId);
  const parsed = TabState.safeParse((await browser.storage.session.get(key))[key]);
  return parsed.success ? parsed.data : undefined;
}

/** The browser's UI language (the fallback when the console does not say which language it speaks). */
export function currentLocale(): ExtLocale {
  let language: string | undefined;
  try {
    language = browser.i18n.getUILanguage();
  } catch {
    language = undefined;
  }
  return language && CATALOGS[pickLocale(language)] ? pickLocale(language) : 'zh-CN';
}

/** The console's language when the page tells and we speak it (zh*, en*), else the browser's. */
export function viewLocale(pageLang: string | undefined): ExtLocale {
  const lang = pageLang?.toLowerCase();
  if (lang?.startsWith('zh')) return 'zh-CN';
  if (lang?.startsWith('en')) return 'en';
  return currentLocale();
}

/** Pages where the in-page banner shows: where the user pays, redeems or checks orders. */
const BANNER_PAGES = new Set(['topup', 'redeem', 'orders']);

function view(origin: string, history: History, tab: TabState | undefined, now: number): TabView {
  const locale = viewLocale(tab?.snapshot?.lang);
  const warnings = computeWarnings(history, tab?.snapshot, { now, keyLast4: tab?.keyLast4 });
  return {
    origin,
    locale,
    ...(tab?.snapshot ? { snapshot: tab.snapshot } : {}),
    banner: BANNER_PAGES.has(tab?.snapshot?.pageKind ?? 'other'),
    ...(tab?.keyLast4 ? { keyLast4: tab.keyLast4 } : {}),
    warnings: warnings.map((w) => ({ ...w, text: warningText(locale, w) })),
    labels: { title: t(locale, 'ext.banner.title'), close: t(locale, 'ext.banner.close') },
    accounts: history.accounts,
    ordersHere: history.orders.length,
    observations: toObservations(history),
  };
}

async function setBadge(tabId: number, count: number): Promise<void> {
  try {
    await browser.action.setBadgeText({ tabId, text: count ? String(count) : '' });
    if (count) await browser.action.setBadgeBackgroundColor({ tabId, color: '#b45309' });
  } catch {
    // The tab may be gone; a badge is best effort.
  }
}

/** A content script reported a page load (or new observer data), already merged with a console read. */
export function handleReport(
  tabId: number,
  origin: string,
  snapshot: Snapshot,
  now: number,
  read?: ReadPart,
): Promise<TabView> {
  return forTab(tabId, () => storeReport(tabId, origin, snapshot, now, read));
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
    const read = page.fresh || previous?.origin !== origin ? await readConsole() : previous.read;
    const snapshot = mergeSnapshot(read, page);
    return snapshot ? storeReport(tabId, origin, snapshot, now, read) : null;
  });
}

async function storeReport(
  tabId: number,
  origin: string,
  snapshot: Snapshot,
  now: number,
  read: ReadPart | undefined,
): Promise<TabView> {
  const history = await forOrigin(origin, async () => {
    const next = record(await loadHistory(origin), snapshot, now);
    await browser.storage.local.set({ [historyKey(origin)]: next });
    return next;
  });
  const previous = await loadTab(tabId);
  const tab: TabState = {
    origin,
    snapshot,
    ...(read ? { read } : {}),
    ...(previous?.origin === origin && previous.keyLast4 ? { keyLast4: previous.keyLast4 } : {}),
  };
  await browser.storage.session.set({ [tabKey(tabId)]: tab });
  const result = view(origin, history, tab, now);
  await setBadge(tabId, result.warnings.length);
  return result;
}

/** The tab's view once the reports already received for it are stored. */
export function getTabView(tabId: number, now: number): Promise<TabView | null> {
  return forTab(tabId, async () => {
    const tab = await loadTab(tabId);
    if (!tab) return null;
    return view(tab.origin, await loadHistory(tab.origin), tab, now);
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
    const result = view(tab.origin, await loadHistory(tab.origin), next, now);
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
