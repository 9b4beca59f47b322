/**
 * topup-doctor.js: the script-tag loader (IIFE, framework-free, <= 1.5 KB gzip, no network request
 * until the user opens the widget). The panel (Preact + the core) is loaded on first open from
 * `topup-doctor-panel.js` next to this file, resolved from this script's own src, so a page with
 * `Content-Security-Policy: script-src 'self'; style-src 'self'` works when both files are served
 * from the page's origin.
 *
 * 1) Data attributes (the script initialises itself when it has any data-* attribute):
 *
 *   <script src="/topup-doctor.js" defer
 *     data-mode="launcher"               launcher (floating button, default) | inline
 *     data-target="#topup-doctor"        inline mode: CSS selector of the element to render in (followed across SPA routes)
 *     data-id="orders"                   instance id (for TopupDoctor('open', 'orders') and in events)
 *     data-locale="auto"                 auto (html lang, then browser) | zh-CN | en
 *     data-theme="auto"                  auto | light | dark
 *     data-console="auto"                auto | new-api | one-api | sub2api (the preset that reads the console)
 *     data-console-origin="https://gw.example"   the console's origin (default: this page's origin)
 *     data-webhook="/api/tickets"        POST tickets (JSON, Idempotency-Key header) to this URL
 *     data-mailto="support@example.com"  offer "send by email" to this address
 *     data-clipboard="true"              offer "copy the public version" (default true)
 *     data-rules='{"callbackMinutes":{"default":10},"contacts":[{"kind":"email","value":"support@example.com"}]}'
 *                                        rules (sdk/src/core/rules/schema.ts): callbackMinutes, contacts,
 *                                        supportHours, refundEntry, ... as JSON
 *     data-nonce="..."                   CSP nonce for a <style> fallback in browsers without constructable stylesheets
 *     data-manual                        do not initialise from attributes; wait for TopupDoctor('init', ...)
 *   ></script>
 *
 * 2) The queued stub (works before this file has loaded), for JS config and several instances:
 *
 *   <script src="/td-stub.js"></script>   containing:
 *     window.TopupDoctor = window.TopupDoctor || function () { (TopupDoctor.q = TopupDoctor.q || []).push(arguments) };
 *   TopupDoctor('init', { id: 'orders', mode: 'inline', target: '#help', console: { preset: 'new-api' },
 *                         transports: { webhook: { endpoint: '/api/tickets' }, clipboard: true }, rules: {...} });
 *   TopupDoctor('on', 'ticket_sent', (event) => analytics.track(event.type, event));
 *   TopupDoctor('open', 'orders'); TopupDoctor('close'); TopupDoctor('destroy');   // no id = first / all instances
 *   Events reach every 'on' listener with the instance id: { type, instance, problem?, transport?, code? }.
 *
 * 3) The custom element, configured with the same data-* attributes (inline unless data-mode="launcher"):
 *
 *   <topup-doctor data-webhook="/api/tickets" data-console="new-api"></topup-doctor>
 *
 * Events (no personal data): opened, problem_chosen, self_resolved, ticket_sent, ticket_failed.
 * A ticket that could not be sent waits (masked) in localStorage; when one is waiting, this loader
 * fetches `topup-doctor-outbox.js` at page start to deliver it.
 */
import { OUTBOX_FILE, OUTBOX_KEY, PANEL_FILE } from './constants.js';
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
    if (command === 'close' || command === 'destroy') for (const handle of list) handle?.[command]();
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

  // A masked ticket is still waiting from an earlier visit (the user did open the widget then).
  try {
    if (localStorage.getItem(OUTBOX_KEY))
      load(OUTBOX_FILE).then((m: { flushOutbox(): unknown }) => m.flushOutbox());
  } catch {
    // storage blocked: nothing can be waiting
  }
}
