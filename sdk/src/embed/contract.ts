// The seam between the tiny framework-free launcher (in the script-tag loader) and the lazily loaded
// panel chunk. Types only: nothing here reaches the loader bundle. As much behaviour as possible sits
// on the panel side of this seam (events, show/hide, focus return), because the loader has a tight size budget (sdk/scripts/size.mjs).
import type { Locale } from '../core/i18n/locale.js';

/** Events for the operator's analytics. Never personal data: a problem id, a transport, an error code. */
export type WidgetEventName = 'opened' | 'problem_chosen' | 'self_resolved' | 'ticket_sent' | 'ticket_failed';

export interface WidgetEvent {
  type: WidgetEventName;
  /** The instance that raised it (config `id`, or td1, td2, ...). */
  instance: string;
  problem?: string;
  transport?: 'webhook' | 'mailto' | 'clipboard';
  /** ticket_failed: 'network' | 'http_<status>' | ... */
  code?: string;
}

export type WidgetListener = (event: WidgetEvent) => void;

/** Page-wide listeners: [event name, function] pairs (TopupDoctor('on', ...), ESM on()). */
export type Listeners = Set<[WidgetEventName, WidgetListener]>;

/** Raw operator config as it arrives (data attributes or a JS object). The panel validates it. */
export type RawConfig = Record<string, unknown>;

export interface PanelContext {
  /** The instance's shadow root (the panel adopts its stylesheet here). */
  root: ShadowRoot;
  /** Where the panel renders (inside the shadow root). */
  box: HTMLElement;
  /** The launcher / entry button: hidden while an inline panel is open; gets focus back on close. */
  button: HTMLElement;
  raw: RawConfig;
  /** The loader's precheck (precheck.ts) vouched for raw's attributes: the panel builds the config from
   *  them without a schema (config-plain.ts). */
  vouched?: boolean;
  inline: boolean;
  locale: Locale;
  id: string;
  listeners: Listeners;
  /** The operator config is invalid (one console error was logged): remove the widget, keep the page. */
  invalid(): void;
}

export interface PanelHandle {
  show(): void;
  hide(): void;
  destroy(): void;
}

export interface PanelModule {
  openPanel(context: PanelContext): PanelHandle;
}
