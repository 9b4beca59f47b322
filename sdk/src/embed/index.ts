// ESM API for bundler users: mount(target, config) -> handle; module-level open/close/destroy/on act on
// the mounted instances; defineElement() registers <topup-doctor>. The instances, listeners and element
// are the script-tag loader's too (widgets.ts); what differs is the check: the config is validated here,
// at mount (one console error naming the field; mount returns null and the page keeps working). The panel
// is still loaded lazily on first open (a separate chunk for bundlers that split dynamic imports).
import { validateConfig, type WidgetConfigInput } from './config.js';
import type { PanelModule, RawConfig } from './contract.js';
import type { WidgetHandle } from './launcher.js';
import { pageWidgets } from './widgets.js';

export type { ConsoleConfigInput, WidgetConfig, WidgetConfigInput } from './config.js';
export type { WidgetEvent, WidgetEventName, WidgetListener } from './contract.js';
export type { WidgetHandle } from './launcher.js';

const widgets = pageWidgets(() => import('./panel.js') as Promise<PanelModule>);

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
  return widgets.add(raw);
}

/** The same functions as the script tag's `TopupDoctor('open' | 'close' | 'destroy' | 'on', ...)`:
 *  open() without an id opens the most recently mounted instance (widgets.ts). */
export const { open, close, destroy, on } = widgets.commands;

/** Registers <topup-doctor data-...> (same data attributes as the script tag). */
export function defineElement(name = 'topup-doctor'): void {
  widgets.define(name, (raw) => Promise.resolve(!!validateConfig(raw)));
}
