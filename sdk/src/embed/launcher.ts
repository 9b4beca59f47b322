// One widget instance, framework-free (it ships in the script-tag loader, size-budgeted in sdk/scripts/size.mjs): a shadow root with the
// floating launcher button or the inline entry button, and the box the panel renders into on first open.
// No Preact, no zod and no network here: the panel chunk is fetched only by open().
// Where it lives: the floating launcher on <body>; inline, the target element (a selector is followed
// across SPA route changes: when the target leaves the DOM the view goes, when a new one appears it is
// mounted again, same handle); or inside the custom element.
import { detectLocale, type Locale } from '../core/i18n/locale.js';
import { LAUNCHER_LABEL } from '../ui/i18n/launcher.js';
import type { Listeners, PanelHandle, PanelModule, RawConfig } from './contract.js';
import { LAUNCHER_CSS } from './launcher-css.js';
import { keepClear } from './placement.js';
import { adoptStyles } from './styles.js';

export interface WidgetHandle {
  open(): Promise<void>;
  close(): void;
  destroy(): void;
}

const el = <K extends keyof HTMLElementTagNameMap>(tag: K): HTMLElementTagNameMap[K] =>
  document.createElement(tag);

export function createWidget(
  raw: RawConfig,
  id: string,
  load: () => Promise<PanelModule>,
  listeners: Listeners,
  /** Render inside this element (the custom element). */
  element: HTMLElement | undefined,
  onDestroy: () => void,
  /** The config check (check-entry.ts): nothing shows until it passed; false / 0 removes the widget, 2
   *  also opens it (a deep link), 3 says the loader's precheck vouched for the attributes (the panel then
   *  builds the config without a check). A check that could not load lets the launcher show (the panel
   *  checks again). */
  checked?: Promise<number | boolean>,
): WidgetHandle {
  const inline = element ? raw.mode !== 'launcher' : raw.mode === 'inline';
  // Set when the widget starts: the config check may have set raw.locale to the console's language.
  let locale: Locale;
  let host: HTMLElement | undefined;
  let root: ShadowRoot;
  let button: HTMLButtonElement;
  let box: HTMLElement;
  let panel: PanelHandle | undefined;
  let loading: Promise<PanelModule> | undefined;
  let dead = false;
  let vouched = false;

  const unmount = () => {
    panel?.destroy();
    panel = undefined;
    host?.remove();
    host = undefined;
  };

  const sync = () => {
    if (!host?.isConnected) unmount();
    const target = raw.target as Element | string | undefined;
    const parent =
      element ||
      (inline ? (typeof target === 'string' ? document.querySelector(target) : target) : document.body);
    if (dead || host || !parent) return;
    // Our own host element, also inside the custom element: removing it removes every trace.
    host = parent.appendChild(el('div'));
    root = host.attachShadow({ mode: 'open' });
    adoptStyles(root, LAUNCHER_CSS, raw.nonce as string | undefined);
    button = el('button');
    button.textContent = LAUNCHER_LABEL[locale];
    button.onclick = open;
    // Intent: the pointer resting on the launcher, keyboard focus on it or a touch starts fetching the
    // panel, so the click finds it loaded or on its way (nothing is fetched before the user shows intent).
    button.onpointerenter = button.onfocus = button.onpointerdown = fetchPanel;
    button.lang = locale;
    if (!inline) {
      button.className = 'launch';
      button.ariaHasPopup = 'dialog';
    }
    box = el('div');
    root.append(button, box);
  };

  /** The panel chunk, fetched once (a failed fetch is tried again on the next intent or click). */
  function fetchPanel(): Promise<PanelModule> {
    loading ||= load().catch((error) => {
      loading = undefined;
      throw error;
    });
    loading.catch(() => 0);
    return loading;
  }

  async function open(): Promise<void> {
    panel?.show();
    if (panel || dead || !host) return;
    const module = await fetchPanel();
    if (panel || dead || !host) return;
    panel = module.openPanel({
      root,
      box,
      button,
      raw,
      vouched,
      inline,
      locale,
      id,
      listeners,
      invalid: handle.destroy,
    });
    panel.show();
  }

  const observer = new MutationObserver(sync);
  const handle: WidgetHandle = {
    open,
    close: () => panel?.hide(),
    destroy() {
      dead = true;
      observer.disconnect();
      // The DOMContentLoaded listener stays: sync() does nothing once dead (bytes: the size-budgeted loader).
      unmount();
      onDestroy();
    },
  };

  const start = () => {
    if (dead) return; // destroyed while the config check was loading
    // The operator's data-locale (or the console's language, follow-console.ts), the page's, the browser's.
    locale = detectLocale([raw.locale, document.documentElement.lang, navigator.language]);
    document.addEventListener('DOMContentLoaded', sync);
    sync();
    // Floating: steps aside from the console's own controls (placement.ts).
    if (!inline) keepClear(() => host && button);
    // Inline by selector: follow SPA route changes (the orders page re-rendered, the target replaced).
    if (!element && inline && typeof raw.target === 'string') {
      observer.observe(document.documentElement, { childList: true, subtree: true });
    }
  };
  // 2: a deep link asks this widget to open at once (check-entry.ts).
  if (checked)
    checked
      .catch(() => 1)
      .then((ok) => {
        vouched = ok === 3;
        if (ok) start();
        else handle.destroy();
        if (ok === 2) void open();
      });
  else start();
  return handle;
}
