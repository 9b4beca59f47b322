// Content scripts run only on origins the user granted ("use on this site"). The manifest declares
// none; the background (re)registers them from the granted origins on install, startup and every
// permission change, and unregisters them when access is removed.
import { browser } from 'wxt/browser';

const CONTENT_ID = 'td-content';
/** The tap's registration id (from when its file was observer.js: installed browsers hold registrations by it). */
const TAP_ID = 'td-observer';
/** On every page of a granted site: the stub and the main-world tap (budgets in scripts/size.mjs). */
const CONTENT_FILE = '/page-watch.js';
const TAP_FILE = '/tap.js';
/** Injected by the background into pages it knows as a console: the content script proper and the observer. */
export const CONSOLE_WATCH_FILE = '/console-watch.js';
export const CONSOLE_OBSERVER_FILE = '/console-observer.js';
export const PANEL_FILE = '/panel.js';
export const READER_FILE = '/reader.js';
export const BANNER_FILE = '/banner.js';

/** Only web origins: the optional host permissions are http(s) match patterns. */
export function webPatterns(origins: readonly string[] | undefined): string[] {
  return (origins ?? []).filter((o) => /^https?:\/\/[^/*]+\/\*$/.test(o)).sort();
}

export function patternFor(origin: string): string {
  const url = new URL(origin);
  return `${url.protocol}//${url.hostname}/*`;
}

export async function syncRegistrations(): Promise<string[]> {
  const granted = webPatterns((await browser.permissions.getAll()).origins);
  const ours = (await browser.scripting.getRegisteredContentScripts()).filter(
    (s) => s.id === CONTENT_ID || s.id === TAP_ID,
  );
  if (ours.length) await browser.scripting.unregisterContentScripts({ ids: ours.map((s) => s.id) });
  if (!granted.length) return [];
  await browser.scripting.registerContentScripts([
    // The main-world tap must see the page's first /api/user/self response (new-api generation C).
    {
      id: TAP_ID,
      matches: granted,
      js: [TAP_FILE],
      runAt: 'document_start',
      world: 'MAIN',
      persistAcrossSessions: true,
    },
    {
      id: CONTENT_ID,
      matches: granted,
      js: [CONTENT_FILE],
      runAt: 'document_idle',
      persistAcrossSessions: true,
    },
  ]);
  return granted;
}

/** Right after the user grants an origin: run in the open tab too, without a reload (the page's earlier
 *  answers were not seen by a tap: the reader recognises the console then). */
export async function injectNow(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId }, files: [TAP_FILE], world: 'MAIN' });
  await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_FILE] });
}
