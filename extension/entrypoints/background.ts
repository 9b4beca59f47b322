import { browser } from 'wxt/browser';
import { pageKind } from '../lib/content/page-kind.js';
import {
  EnableOrigin,
  KeyLast4,
  OriginRef,
  SelfCheckMode,
  TabRef,
  WatchRequest,
  WidgetState,
} from '../lib/messages.js';
import { onMessage, sendMessage } from '../lib/messaging.js';
import {
  BANNER_FILE,
  CONSOLE_OBSERVER_FILE,
  CONSOLE_WATCH_FILE,
  injectNow,
  PANEL_FILE,
  patternFor,
  READER_FILE,
  syncRegistrations,
} from '../lib/registration.js';
import { PageReport, ReadPart } from '../lib/snapshot.js';
import {
  clearHistory,
  forgetTab,
  getTabView,
  onOtherTabView,
  reportPage,
  setKeyLast4,
} from '../lib/state.js';

/** The sender's origin, from the browser (never from the payload). */
function senderOrigin(sender: { origin?: string; url?: string; tab?: { url?: string } }): string | undefined {
  const raw = sender.origin ?? sender.url ?? sender.tab?.url;
  if (!raw) return undefined;
  try {
    const origin = new URL(raw).origin;
    return /^https?:/.test(origin) ? origin : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Runs in the page (main world, scripting.executeScript): opens the page's own widget through its public
 * script-tag API (sdk/src/embed/loader.ts, `TopupDoctor('open')`). Passes no data and reads none: the
 * observations reach that widget over the bridge when it says hello.
 */
function openPageWidget(): boolean {
  const api = (window as unknown as { TopupDoctor?: ((command: string) => unknown) & { td?: unknown } })
    .TopupDoctor;
  if (typeof api !== 'function' || !api.td) return false;
  try {
    api('open');
    return true;
  } catch {
    return false;
  }
}

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(() => void syncRegistrations());
  browser.runtime.onStartup.addListener(() => void syncRegistrations());
  browser.permissions.onAdded.addListener(() => void syncRegistrations());
  browser.permissions.onRemoved.addListener(() => void syncRegistrations());
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));

  /** Run the reader (sdk adapters) in the reporting frame; its result is parsed like any message. */
  async function readTab(tabId: number, frameId: number): Promise<ReadPart | undefined> {
    const [injection] = await browser.scripting
      .executeScript({ target: { tabId, frameIds: [frameId] }, files: [READER_FILE] })
      .catch(() => []);
    const parsed = ReadPart.safeParse(injection?.result);
    return parsed.success ? parsed.data : undefined;
  }

  // The stub's read of a page (asked at load, to know whether it is a console), kept a few seconds for
  // the content script's first report, so the console is read once per page load, not twice.
  const primed = new Map<string, { at: number; read: Promise<ReadPart | undefined> }>();
  const PRIMED_MS = 10_000;
  const frameKey = (tabId: number, frameId: number, origin: string) => `${tabId}:${frameId}:${origin}`;
  function readOnce(tabId: number, frameId: number, origin: string): Promise<ReadPart | undefined> {
    const key = frameKey(tabId, frameId, origin);
    const kept = primed.get(key);
    primed.delete(key);
    return kept && Date.now() - kept.at < PRIMED_MS ? kept.read : readTab(tabId, frameId);
  }

  /**
   * The stub on every page of a granted site asks once at load (and once more when the main-world tap saw
   * console answers): for a console we know (the tap saw its answers, or the reader recognises it; never
   * read on a sign-in page), inject the console observer into the page's main world and the content script
   * proper beside the stub. Elsewhere nothing more runs.
   */
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const request = WatchRequest.safeParse(message);
    if (!request.success) return undefined; // not the stub's: the messaging library's listener answers
    const tabId = sender.tab?.id;
    const origin = senderOrigin(sender);
    const frameId = sender.frameId ?? 0;
    if (tabId === undefined || !origin) return undefined;
    void (async () => {
      let known = request.data.tap;
      if (!known) {
        const url = new URL(sender.url ?? origin);
        if (pageKind(url.pathname, url.search) === 'login') return;
        const key = frameKey(tabId, frameId, origin);
        const read = readTab(tabId, frameId);
        primed.set(key, { at: Date.now(), read });
        known = (await read) !== undefined;
        if (!known) primed.delete(key);
      }
      if (!known) return;
      const target = { tabId, frameIds: [frameId] };
      await browser.scripting.executeScript({ target, files: [CONSOLE_OBSERVER_FILE], world: 'MAIN' });
      await browser.scripting.executeScript({ target, files: [CONSOLE_WATCH_FILE] });
    })().catch(() => undefined);
    return undefined;
  });

  // A tab left open on another account (a later login was read in another tab of the console): its
  // content script hands the new warnings to the page's widget, and the banner shows them.
  onOtherTabView((tabId, view) => {
    void sendMessage('handToWidget', view, tabId).catch(() => undefined);
    void browser.scripting.executeScript({ target: { tabId }, files: [BANNER_FILE] }).catch(() => undefined);
  });

  onMessage('report', async ({ data, sender }) => {
    const tabId = sender.tab?.id;
    const origin = senderOrigin(sender);
    if (tabId === undefined || !origin) throw new Error('report: not from a web page tab');
    const { path, ...part } = PageReport.parse(data);
    const url = new URL(path, origin);
    const page = { ...part, pageKind: pageKind(url.pathname, url.search) };
    const view = await reportPage(tabId, origin, page, Date.now(), () =>
      readOnce(tabId, sender.frameId ?? 0, origin),
    );
    if (view?.banner) {
      // Lazy banner: rendered (or cleared) by its own script, outside the content script's budget.
      void browser.scripting
        .executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: [BANNER_FILE] })
        .catch(() => undefined);
    }
    return view;
  });

  onMessage('getTabView', async ({ data }) => getTabView(TabRef.parse(data).tabId, Date.now()));

  onMessage('enableOrigin', async ({ data }) => {
    const { tabId, origin } = EnableOrigin.parse(data);
    // The popup asked the user (permissions.request needs its click); we only act if it was granted.
    const granted = await browser.permissions.contains({ origins: [patternFor(origin)] });
    if (!granted) return { ok: false };
    await syncRegistrations();
    await injectNow(tabId);
    return { ok: true };
  });

  onMessage('setKeyLast4', async ({ data }) => {
    const { tabId, last4 } = KeyLast4.parse(data);
    return setKeyLast4(tabId, last4, Date.now());
  });

  onMessage('clearHistory', async ({ data }) => {
    await clearHistory(OriginRef.parse(data).origin);
    return { ok: true };
  });

  onMessage('startSelfCheck', async ({ data }) => {
    const { tabId } = TabRef.parse(data);
    const view = await getTabView(tabId, Date.now());
    if (!view) return SelfCheckMode.parse({ mode: 'none' });
    // The content script answers the page widget's hello with this view (now, or when it says hello).
    const answer = WidgetState.safeParse(
      await sendMessage('handToWidget', view, tabId).catch(() => undefined),
    );
    const [opened] = await browser.scripting
      .executeScript({ target: { tabId }, world: 'MAIN', func: openPageWidget })
      .catch(() => []);
    if (opened?.result === true || (answer.success && answer.data.widget)) return { mode: 'bridge' };
    // No widget on the page: open the sdk's widget ourselves (lazy: not part of the content script budget).
    await browser.scripting.executeScript({ target: { tabId }, files: [PANEL_FILE] });
    return { mode: 'panel' };
  });

  onMessage('getPanelView', async ({ sender }) => {
    const tabId = sender.tab?.id;
    return tabId === undefined ? null : getTabView(tabId, Date.now());
  });
});
