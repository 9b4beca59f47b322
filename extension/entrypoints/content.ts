// The content script, registered at runtime for granted origins only (lib/registration.ts). It reads
// the console through the sdk adapters, merges what the main-world observer saw, reports a masked
// snapshot to the background, shows the warnings as a banner on top-up, redeem and orders pages, and
// answers the page's widget over the bridge. No extension API at module scope: WXT imports this file
// at build time.
import { renderBanner } from '../lib/content/banner.js';
import { createBridge } from '../lib/content/bridge.js';
import { ObserverMessage } from '../lib/content/observed.js';
import { pageKind } from '../lib/content/page-kind.js';
import { pageEnv, type ReadPart, readConsole } from '../lib/content/read.js';
import { onMessage, sendMessage, TabView } from '../lib/messages.js';
import type { Snapshot } from '../lib/snapshot.js';

export default defineContentScript({
  registration: 'runtime',
  main(ctx) {
    const w = window as unknown as Record<string, unknown>;
    if (w.__topupDoctorContent) return; // registered script + injectNow in the same tab
    w.__topupDoctorContent = true;

    let view: TabView | undefined;
    let read: ReadPart | undefined;
    let observed: ObserverMessage | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let dismissed = false;
    const bridge = createBridge(window, () => view);

    const snapshot = (): Snapshot | undefined => {
      const account = read?.account ?? observed?.account;
      if (!read && !account) return undefined; // not a console we know, nothing observed
      const session = {
        ...read?.session,
        ...(observed?.userHeaderMismatch ? { userHeaderMismatch: true } : {}),
      };
      const orders = read?.orders ?? observed?.orders;
      const keys = read?.keysLast4 ?? observed?.keysLast4;
      return {
        // Only the observer saw the user: new-api generation C (nothing in localStorage).
        console: read?.console ?? { kind: 'new-api', generation: 'C' },
        pageKind: pageKind(location.pathname, location.search),
        ...(account ? { account } : {}),
        ...(Object.keys(session).length ? { session } : {}),
        ...(orders ? { orders } : {}),
        ...(keys ? { keysLast4: keys } : {}),
        created: observed?.created ?? [],
        widget: bridge.widgetPresent(),
      };
    };

    const report = async () => {
      timer = undefined;
      const snap = snapshot();
      if (!snap || ctx.isInvalid) return;
      const answer = TabView.safeParse(await sendMessage('report', snap).catch(() => undefined));
      if (!answer.success) return;
      view = answer.data;
      bridge.update(view);
      const kind = snap.pageKind;
      if (!dismissed && (kind === 'topup' || kind === 'redeem' || kind === 'orders')) {
        renderBanner(
          document,
          { title: view.labels.title, close: view.labels.close, items: view.warnings.map((x) => x.text) },
          () => {
            dismissed = true;
          },
        );
      } else {
        document.querySelector('topup-doctor-ext-banner')?.remove();
      }
    };
    const schedule = (delay = 100) => {
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(() => void report(), delay);
    };

    const readNow = async () => {
      read = await readConsole(pageEnv(window)).catch(() => undefined);
      schedule(0);
    };

    ctx.addEventListener(window, 'message', (event: MessageEvent) => {
      if (event.source !== window || event.origin !== location.origin) return;
      const message = ObserverMessage.safeParse(event.data);
      if (!message.success) return;
      observed = message.data;
      schedule();
    });
    // SPA consoles (new-api, sub2api) change routes without a load: read again on each route.
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      dismissed = false;
      void readNow();
    });

    onMessage('handToWidget', ({ data }) => {
      const parsed = TabView.safeParse(data);
      if (parsed.success) view = parsed.data;
      if (bridge.widgetPresent()) bridge.update(view);
      else bridge.announce();
      return { widget: bridge.widgetPresent() };
    });

    bridge.announce();
    void readNow();
  },
});
