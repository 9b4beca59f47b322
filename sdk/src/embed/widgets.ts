// The page's widget instances, its event listeners and the <topup-doctor> element: one implementation
// behind both public APIs, the script-tag loader's `TopupDoctor(command, ...)` (loader.ts) and the ESM
// functions (index.ts). Framework-free and small: it ships in the script-tag loader (gzip budget in sdk/scripts/size.mjs,
// sdk/scripts/size.mjs). The two differ only in how a config is checked before its widget shows (the
// loader's precheck or the lazily fetched config check; the ESM API's validateConfig at mount).
import type { Listeners, PanelModule, RawConfig, WidgetEventName, WidgetListener } from './contract.js';
import { createWidget, type WidgetHandle } from './launcher.js';

/** What the operator calls: `TopupDoctor('open', id)` or the ESM `open(id)`, the same function. */
export interface Commands {
  /**
   * Opens the instance with this id; without one, the most recently created (a page that creates a widget
   * and then opens it gets the one it just created, whichever API it uses).
   */
  open(id?: string): Promise<void>;
  /** Closes the instance with this id, or every instance. */
  close(id?: string): void;
  /** Removes the instance with this id, or every instance (nothing is left in the page). */
  destroy(id?: string): void;
  /** A page-wide listener for every instance's events (no personal data in them); returns its remover. */
  on(event: WidgetEventName, fn: WidgetListener): () => void;
}

export interface PageWidgets {
  commands: Commands;
  /**
   * Creates a widget (an existing one with the same id is replaced). `checked` is the config check the
   * widget waits for before it shows (see createWidget); `host` renders it inside that element.
   */
  add(raw: RawConfig, host?: HTMLElement, checked?: Promise<number | boolean>): WidgetHandle;
  /** Registers `<name data-...>` (the script tag's data attributes), once per page: the first definition
   *  stays. The element's widget is inline unless data-mode="launcher" and goes away with the element. */
  define(name: string, check: (raw: RawConfig) => Promise<number | boolean>): void;
}

/** A script tag's or an element's data attributes as a raw config (`$attrs`: strings to be parsed). */
export const attrs = (el: HTMLElement): RawConfig => ({ ...el.dataset, $attrs: 1 });

export function pageWidgets(load: () => Promise<PanelModule>): PageWidgets {
  const instances = new Map<string, WidgetHandle>();
  const listeners: Listeners = new Set();
  let count = 0;
  const each = (id: string | undefined, method: 'close' | 'destroy') => {
    for (const handle of id ? [instances.get(id)] : [...instances.values()]) handle?.[method]();
  };

  const add: PageWidgets['add'] = (raw, host, checked) => {
    // A JS config's id is checked (string, pattern) by the config check, like the attribute's.
    const id = (raw.id as string) || `td${++count}`;
    instances.get(id)?.destroy();
    const handle = createWidget(
      raw,
      id,
      load,
      listeners,
      host,
      // A replaced instance destroyed again later (its element leaving the page) must not drop its successor.
      () => instances.get(id) === handle && instances.delete(id),
      checked,
    );
    instances.set(id, handle);
    return handle;
  };

  return {
    add,
    commands: {
      open: async (id) => (id ? instances.get(id) : [...instances.values()].pop())?.open(),
      close: (id) => each(id, 'close'),
      destroy: (id) => each(id, 'destroy'),
      on(event, fn) {
        const entry: [WidgetEventName, WidgetListener] = [event, fn];
        listeners.add(entry);
        return () => listeners.delete(entry);
      },
    },
    define(name, check) {
      customElements.get(name) ||
        customElements.define(
          name,
          class extends HTMLElement {
            declare h?: WidgetHandle;
            connectedCallback() {
              const raw = attrs(this);
              this.h = add(raw, this, check(raw));
            }
            disconnectedCallback() {
              this.h?.destroy();
            }
          },
        );
    },
  };
}
