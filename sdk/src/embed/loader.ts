/**
 * topup-doctor.js: the script-tag loader (IIFE, framework-free, <= 1.5 KB gzip). The operator's reference
 * (every data attribute, the rules, events, the queued stub and the ESM API) is sdk/README.md.
 *
 *   <script src="/topup-doctor/topup-doctor.js" defer data-console="new-api" data-webhook="/api/tickets"
 *           data-mailto="support@example.com" data-rules='{"callbackMinutes":{"default":10}}'
 *           data-mode="launcher" data-target="#help" data-id="orders" data-locale="auto" data-theme="auto"
 *           data-console-origin="https://gw.example" data-clipboard="true" data-nonce="..." data-debug
 *           data-manual></script>
 *
 * What loads when, all resolved from this script's own src (so `script-src 'self'` is enough):
 * - page start, when a widget is configured: `topup-doctor-check.js` (the config schema, check-entry.ts).
 *   Unknown attributes and rule keys warn naming the closest valid one; an invalid value logs one error
 *   naming the attribute and the launcher never appears. It also flushes a masked ticket still waiting
 *   in the outbox. No console API request is made before the user opens the widget.
 * - first open: `topup-doctor-panel.js` (Preact, the dialog, the problem choice);
 * - a problem chosen: the rest (console preset, diagnosis, masking, tickets, transports).
 *
 * The queued stub `window.TopupDoctor = window.TopupDoctor || function () { (TopupDoctor.q = TopupDoctor.q
 * || []).push(arguments) }` takes 'init' | 'open' | 'close' | 'destroy' | 'on' before this file arrives;
 * `<topup-doctor data-...>` is the same widget as an element (inline unless data-mode="launcher").
 *
 * A deep link: a page opened with `#topup-doctor=paid_not_credited` (the help pages link so) opens the first
 * widget that passes the config check on that problem (check-entry.ts answers 2, the panel reads the id).
 */
import { CHECK_FILE, PANEL_FILE } from './constants.js';
import type { Listeners, PanelModule, RawConfig, WidgetEventName, WidgetListener } from './contract.js';
import { createWidget, type WidgetHandle } from './launcher.js';

type Command = 'init' | 'open' | 'close' | 'destroy' | 'on';
type Api = ((command: Command, a?: unknown, b?: unknown) => unknown) & { q?: Iterable<unknown>[]; td?: 1 };

const w = window as unknown as { TopupDoctor?: Api };
// The script included twice: the first one stays in charge. (tsup wraps this file in an IIFE.)
if (!w.TopupDoctor?.td) {
  const script = document.currentScript as HTMLScriptElement | null;
  const base = script?.src || location.href;
  const load = (file: string) => import(/* @vite-ignore */ new URL(file, base).href);
  const listeners: Listeners = new Set();
  const instances = new Map<string, WidgetHandle>();
  let count = 0;
  let checker: Promise<{ check(raw: RawConfig): 0 | 1 | 2 }> | undefined;
  const check = () => {
    checker ||= load(CHECK_FILE);
    return checker;
  };

  const init = (raw: RawConfig, host?: HTMLElement): WidgetHandle => {
    const id = (raw.id as string) || `td${++count}`;
    instances.get(id)?.destroy();
    const handle = createWidget(
      raw,
      id,
      () => load(PANEL_FILE) as Promise<PanelModule>,
      listeners,
      host,
      () => instances.delete(id),
      check().then((m) => m.check(raw)),
    );
    instances.set(id, handle);
    return handle;
  };

  const api: Api = (command, a, b) => {
    if (command === 'init') return init(a as RawConfig);
    if (command === 'on') {
      const entry: [WidgetEventName, WidgetListener] = [a as WidgetEventName, b as WidgetListener];
      listeners.add(entry);
      return () => listeners.delete(entry);
    }
    const list = a ? [instances.get(a as string)] : [...instances.values()];
    if (command === 'open') return list[0]?.open();
    // 'close' | 'destroy' (an unknown command finds no method and does nothing).
    for (const handle of list) handle?.[command as 'close']?.();
  };
  api.td = 1;
  const queued = w.TopupDoctor?.q || [];
  w.TopupDoctor = api;

  const attrs = (el: HTMLElement): RawConfig => ({ ...el.dataset, $attrs: 1 });

  customElements.get('topup-doctor') ||
    customElements.define(
      'topup-doctor',
      class extends HTMLElement {
        h?: WidgetHandle;
        connectedCallback() {
          this.h = init(attrs(this), this);
        }
        disconnectedCallback() {
          this.h?.destroy();
        }
      },
    );

  if (script && Object.keys(script.dataset).length && !('manual' in script.dataset)) init(attrs(script));
  for (const args of queued) api(...(args as Parameters<Api>));
}
