// The content script's stub (entrypoints/page-watch.ts -> /page-watch.js), registered at runtime for
// granted origins only (lib/registration.ts). It runs on every page of a granted site, so it only asks:
// once at load, and once more when the main-world tap (./tap.ts) says the page received console
// answers, it asks the background whether this is a console. The background reads the page with the
// on-demand reader (sdk adapters) and, for a console it knows, injects the content script proper
// (./console-watch.ts) and the main-world console observer (./console-observer.ts). No extension API at
// module scope: WXT imports this file at build time. Size budget: scripts/size.mjs (with the tap, 6 KB).
import { browser } from 'wxt/browser';
import {
  CONTENT_FLAG,
  isTapSignal,
  STUB_SOURCE,
  type StubPing,
  WATCH,
  type WatchRequest,
} from '../lib/content/tap-protocol.js';

export default defineUnlistedScript({
  main() {
    const w = window as unknown as Record<string, unknown>;
    if (w.__topupDoctorStub) return; // registered script + injectNow in the same tab
    w.__topupDoctorStub = true;

    const ask = (tap: boolean) => {
      // The extension was reloaded or removed (its runtime is gone), or the content script already runs.
      if (!browser.runtime?.id || w[CONTENT_FLAG]) return;
      const request: WatchRequest = { type: WATCH, tap };
      void browser.runtime.sendMessage(request).catch(() => undefined);
    };
    let tapSeen = false;
    window.addEventListener('message', (event: MessageEvent) => {
      if (event.source !== window || event.origin !== location.origin || tapSeen) return;
      if (!isTapSignal(event.data)) return;
      tapSeen = true;
      ask(true);
    });
    ask(false);
    const ping: StubPing = { source: STUB_SOURCE, v: 1, type: 'ping' };
    window.postMessage(ping, location.origin);
  },
});
