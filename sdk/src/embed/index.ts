// ESM API for bundler users: mount(target, config) -> handle; module-level open/close/destroy/on act on
// the mounted instances; defineElement() registers <topup-doctor>. Config is validated here, at mount
// (one console error naming the field; mount returns null and the page keeps working). The panel is
// still loaded lazily on first open (a separate chunk for bundlers that split dynamic imports).
import { validateConfig, type WidgetConfigInput } from './config.js';
import type { Listeners, PanelModule, RawConfig, WidgetEventName, WidgetListener } from './contract.js';
import { createWidget, type WidgetHandle } from './launcher.js';

export type { ConsoleConfigInput, WidgetConfig, WidgetConfigInput } from './config.js';
export type { WidgetEvent, WidgetEventName, WidgetListener } from './contract.js';
export type { WidgetHandle } from './launcher.js';

const loadPanel = () => import('./panel.js') as Promise<PanelModule>;
const instances = new Map<string, WidgetHandle>();
const listeners: Listeners = new Set();
let count = 0;

function create(raw: RawConfig, host?: HTMLElement, checked?: Promise<boolean>): WidgetHandle {
  const id = typeof raw.id === 'string' && raw.id ? raw.id : `tdm${++count}`;
  instances.get(id)?.destroy();
  const handle = createWidget(raw, id, loadPanel, listeners, host, () => instances.delete(id), checked);
  instances.set(id, handle);
  return handle;
}

/**
 * Mounts a widget. `target` (element or selector) renders it inline there; null/undefined gives the
 * floating launcher (unless config.mode says otherwise).
 */
export function mount(
  target: HTMLElement | string | null | undefined,
  config: WidgetConfigInput = {},
): WidgetHandle | null {
  const raw: RawConfig = { ...config };
  if (target) {
    raw.target = target;
    raw.mode ??= 'inline';
  }
  if (!validateConfig(raw)) return null;
  return create(raw);
}

/** Opens the instance with this id, or the most recently mounted one. */
export function open(id?: string): Promise<void> {
  const handle = id ? instances.get(id) : [...instances.values()].pop();
  return handle?.open() ?? Promise.resolve();
}

export function close(id?: string): void {
  for (const handle of id ? [instances.get(id)] : [...instances.values()]) handle?.close();
}

export function destroy(id?: string): void {
  for (const handle of id ? [instances.get(id)] : [...instances.values()]) handle?.destroy();
}

/** Page-wide listener for every instance's events (no personal data in them). */
export function on(event: WidgetEventName, fn: WidgetListener): () => void {
  const entry: [WidgetEventName, WidgetListener] = [event, fn];
  listeners.add(entry);
  return () => listeners.delete(entry);
}

/** Registers <topup-doctor data-...> (same data attributes as the script tag). */
export function defineElement(name = 'topup-doctor'): void {
  if (customElements.get(name)) return;
  customElements.define(
    name,
    class extends HTMLElement {
      handle?: WidgetHandle;
      connectedCallback() {
        const raw: RawConfig = { ...this.dataset, $attrs: 1 };
        this.handle = create(raw, this, Promise.resolve(!!validateConfig(raw)));
      }
      disconnectedCallback() {
        this.handle?.destroy();
      }
    },
  );
}
