/**
 * topup-doctor.js: the script-tag loader (IIFE, framework-free, size budget in sdk/scripts/size.mjs). The operator's reference
 * (every data attribute, the rules, events, the queued stub and the ESM API) is sdk/README.md.
 *
 *   <script src="/topup-doctor/topup-doctor.js" defer data-console="new-api" data-webhook="/api/tickets"
 *           data-mailto="support@example.com" data-rules='{"callbackMinutes":{"default":10}}'
 *           data-mode="launcher" data-target="#help" data-id="orders" data-locale="auto" data-theme="auto"
 *           data-console-origin="https://gw.example" data-clipboard="true" data-nonce="..." data-debug
 *           data-manual></script>
 *
 * What loads when, all resolved from this script's own src (so `script-src 'self'` is enough):
 * - page start: nothing, for a script tag whose attributes are plainly valid (precheck.ts: known names,
 *   values of the right shape). The loader itself follows the console's language and theme
 *   (follow-console.ts), installs the redeem watcher (redeem-watch.ts) and, only when a masked ticket still
 *   waits in this browser's outbox, fetches `topup-doctor-outbox.js` to deliver it.
 * - page start, only when something needs a closer look (an unknown attribute, a value of the wrong shape,
 *   data-debug, a deep link, a JS config from the queued stub): `topup-doctor-check.js` (the config schema,
 *   check-entry.ts). Unknown attributes and rule keys warn naming the closest valid one; an invalid value
 *   logs one error naming the attribute and the launcher never appears. No console API request is made
 *   before the user opens the widget.
 * - intent (the pointer on the launcher, keyboard focus on it, a touch): `topup-doctor-panel.js` (Preact,
 *   the dialog, the problem choice), so the click finds it loaded or on its way;
 * - a problem chosen: the rest (console preset, diagnosis, masking, tickets, transports).
 *
 * The queued stub `window.TopupDoctor = window.TopupDoctor || function () { (TopupDoctor.q = TopupDoctor.q
 * || []).push(arguments) }` takes 'init' | 'open' | 'close' | 'destroy' | 'on' before this file arrives;
 * `<topup-doctor data-...>` is the same widget as an element (inline unless data-mode="launcher"). The
 * instances, listeners, element and commands are the ESM API's too (widgets.ts): only the check differs.
 *
 * A deep link: a page opened with `#topup-doctor=paid_not_credited` (the help pages link so) opens the first
 * widget that passes the config check on that problem (check-entry.ts answers 2, the panel reads the id).
 */
import { CHECK_FILE, OUTBOX_FILE, OUTBOX_PREFIX, PANEL_FILE } from './constants.js';
import type { PanelModule, RawConfig } from './contract.js';
import { followConsole } from './follow-console.js';
import { plainlyValid } from './precheck.js';
import { watchRedeems } from './redeem-watch.js';
import { attrs, type Commands, pageWidgets } from './widgets.js';

type Command = 'init' | keyof Commands;
type Api = ((command: Command, a?: unknown, b?: unknown) => unknown) & { q?: Iterable<unknown>[]; td?: 1 };

const w = window as unknown as { TopupDoctor?: Api };
// The script included twice: the first one stays in charge. (tsup wraps this file in an IIFE.)
if (!w.TopupDoctor?.td) {
  const script = document.currentScript as HTMLScriptElement | null;
  const base = script?.src || location.href;
  const load = (file: string) => import(/* @vite-ignore */ new URL(file, base).href);
  let checker: Promise<{ check(raw: RawConfig): 0 | 1 | 2 }> | undefined;
  let started: 1 | undefined;
  // 1: the launcher may show; the full check (check-entry.ts) is fetched only when the precheck cannot
  // vouch for the attributes. Either way the page-start work below runs once, for a config that passed.
  const check = (raw: RawConfig): Promise<number> => {
    if (!plainlyValid(raw)) {
      checker ||= load(CHECK_FILE);
      return checker.then((m) => m.check(raw));
    }
    let store: Storage | null = null;
    try {
      store = localStorage;
    } catch {
      // storage blocked for this site: nothing to follow, nothing waiting
    }
    followConsole(raw, document.documentElement, store);
    if (!started) {
      started = 1;
      watchRedeems();
      // One key per waiting ticket (transports/outbox.ts).
      if (store && Object.keys(store).some((k) => k.startsWith(OUTBOX_PREFIX)))
        void load(OUTBOX_FILE).then((m) => m.flushOutbox());
    }
    // 3: shown, and vouched for by the precheck: the panel builds the config without checking it again
    // (config-plain.ts), so the second stage does not carry this precheck a second time.
    return Promise.resolve(3);
  };

  // The first open is topup-doctor-panel.js alone (scripts/preload.mjs fails the build otherwise): one
  // round trip, with no list of its chunks to fetch beside it.
  const { add, commands, define } = pageWidgets(() => load(PANEL_FILE) as Promise<PanelModule>);
  const init = (raw: RawConfig) => add(raw, undefined, check(raw));

  // An unknown command finds no function and does nothing.
  const api: Api = (command, a, b) =>
    command === 'init'
      ? init(a as RawConfig)
      : (commands[command] as ((a?: unknown, b?: unknown) => unknown) | undefined)?.(a, b);
  api.td = 1;
  const queued = w.TopupDoctor?.q || [];
  w.TopupDoctor = api;

  define('topup-doctor', check);

  if (script && Object.keys(script.dataset).length && !('manual' in script.dataset)) init(attrs(script));
  for (const args of queued) api(...(args as Parameters<Api>));
}
