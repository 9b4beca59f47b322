// The background's state: per-origin history in storage.local (survives restarts, the user can clear
// it), per-tab latest snapshot in storage.session (the MV3 worker may be stopped between messages).
// Only the background imports this file.
import { browser } from 'wxt/browser';
import * as z from 'zod/mini';
import { CATALOGS, type ExtLocale, pickLocale, t, warningText } from '../i18n/catalog.js';
import { emptyHistory, History, record, toObservations } from './history.js';
import type { TabView } from './messages.js';
import { ReadPart, Snapshot } from './snapshot.js';
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

function view(origin: string, history: History, tab: TabState | undefined, now: number): TabView {
  const locale = viewLocale(tab?.snapshot?.lang);
  const warnings = computeWarnings(history, tab?.snapshot, { now, keyLast4: tab?.keyLast4 });
  return {
    origin,
    locale,
    ...(tab?.snapshot ? { snapshot: tab.snapshot } : {}),
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

/** A content script reported a page load (or new observer data). */
export async function handleReport(
  tabId: number,
  origin: string,
  snapshot: Snapshot,
  now: number,
  read?: ReadPart,
): Promise<TabView> {
  const history = record(await loadHistory(origin), snapshot, now);
  await browser.storage.local.set({ [historyKey(origin)]: history });
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

export async function getTabView(tabId: number, now: number): Promise<TabView | null> {
  const tab = await loadTab(tabId);
  if (!tab) return null;
  return view(tab.origin, await loadHistory(tab.origin), tab, now);
}

export async function setKeyLast4(tabId: number, last4: string, now: number): Promise<TabView | null> {
  const tab = await loadTab(tabId);
  if (!tab) return null;
  const { keyLast4: _previous, ...rest } = tab;
  const next: TabState = last4 ? { ...rest, keyLast4: last4 } : rest;
  await browser.storage.session.set({ [tabKey(tabId)]: next });
  const result = view(tab.origin, await loadHistory(tab.origin), next, now);
  await setBadge(tabId, result.warnings.length);
  return result;
}

export async function clearHistory(origin: string): Promise<void> {
  await browser.storage.local.remove(historyKey(origin));
}

export async function forgetTab(tabId: number): Promise<void> {
  await browser.storage.session.remove(tabKey(tabId));
}
