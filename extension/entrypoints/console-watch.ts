// The content script proper (entrypoints/console-watch.ts -> /console-watch.js), injected by the background
// into a page it knows as a console, once the stub that runs on every page of a granted site asked for it
// (./page-watch.ts). It relays what the main-world console observer saw, reports the page to the
// background (which reads the console through the sdk adapters with the on-demand reader and injects the
// banner on top-up, redeem and orders pages), and answers the page's widget over the bridge. No extension
// API at module scope: WXT imports this file at build time.
//
// Built as an unlisted script, not a WXT content-script entrypoint: WXT's ContentScriptContext would add
// ~1 KB gzip and post a message carrying the extension id to the page (`wxt:content-script-started`,
// window.postMessage(..., '*')), which lets any page fingerprint the extension.
import { createBridge } from '../lib/content/bridge.js';
import { pageLanguage } from '../lib/content/language.js';
import { ObserverMessage } from '../lib/content/observed.js';
import { CONTENT_FLAG } from '../lib/content/tap-protocol.js';
import { onMessage, sendMessage } from '../lib/messaging.js';
import { OWN_WIDGET } from '../lib/panel/constants.js';
import type { SnapRedeem } from '../lib/snapshot.js';
import { ContentView } from '../lib/view.js';

/** The extension was reloaded or removed: this copy must stop (its runtime is gone). */
const invalid = () => !(globalThis as { chrome?: { runtime?: { id?: string } } }).chrome?.runtime?.id;

export default defineUnlistedScript({
  main() {
    const w = window as unknown as Record<string, unknown>;
    if (w[CONTENT_FLAG]) return; // injected again into the same page (a second ask of the stub)
    w[CONTENT_FLAG] = true;

    let view: ContentView | undefined;
    let observed: ObserverMessage | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let fresh = true;
    const bridge = createBridge(window, () => view);
    // A hello from the widget the extension opened itself (entrypoints/panel.ts) is not the page's widget.
    const pageWidget = () => bridge.widgetPresent() && !w[OWN_WIDGET];

    const report = async () => {
      timer = undefined;
      if (invalid()) return;
      // Not named `storage`: WXT would auto-import its storage helper (+3 KB gzip) for that identifier.
      let store: Storage | null = null;
      try {
        store = localStorage;
      } catch {
        store = null; // storage blocked for this site
      }
      const lang = pageLanguage(document, store);
      const page = {
        path: location.pathname + location.search,
        fresh,
        ...(observed?.account ? { account: observed.account } : {}),
        ...(observed?.orders ? { orders: observed.orders } : {}),
        ...(observed?.keysLast4 ? { keysLast4: observed.keysLast4 } : {}),
        created: observed?.created ?? [],
        // Validated by the background (SnapRedeem): the content script only relays them.
        ...(observed?.redeemed ? { redeemed: observed.redeemed as SnapRedeem[] } : {}),
        ...(observed?.userHeaderMismatch ? { userHeaderMismatch: true } : {}),
        widget: pageWidget(),
        ...(lang ? { lang } : {}),
      };
      fresh = false;
      const answer = ContentView.safeParse(await sendMessage('report', page).catch(() => undefined));
      // The banner itself is injected by the background on top-up, redeem and orders pages; it goes on
      // other routes and where the background has no view (a sign-in page: no one is logged in).
      if (!answer.success || !answer.data.banner) document.querySelector('topup-doctor-ext-banner')?.remove();
      if (!answer.success) return;
      view = answer.data;
      bridge.update();
    };
    const schedule = (delay = 100) => {
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(() => void report(), delay);
    };

    window.addEventListener('message', (event: MessageEvent) => {
      if (event.source !== window || event.origin !== location.origin) return;
      const message = ObserverMessage.safeParse(event.data);
      if (!message.success) return;
      // A new order is reported at once (the page is about to leave for the payment platform), and so is
      // a redeem answer (recorded under the account logged in now).
      const newOrder =
        (message.data.created?.length ?? 0) > (observed?.created?.length ?? 0) ||
        (message.data.redeemed?.length ?? 0) > (observed?.redeemed?.length ?? 0);
      observed = message.data;
      schedule(newOrder ? 0 : 100);
    });
    // SPA consoles (new-api, sub2api) change routes without a load: read again on each route.
    let href = location.href;
    const routeCheck = setInterval(() => {
      if (invalid()) return clearInterval(routeCheck);
      if (location.href === href) return;
      href = location.href;
      fresh = true;
      schedule(0);
    }, 1000);

    onMessage('handToWidget', ({ data }) => {
      const parsed = ContentView.safeParse(data);
      if (parsed.success) view = parsed.data;
      if (bridge.widgetPresent()) bridge.update();
      else bridge.announce();
      return { widget: pageWidget() };
    });

    bridge.announce();
    schedule(0);
  },
});
