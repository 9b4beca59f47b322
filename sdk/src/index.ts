// @topup-doctor/sdk: the widget's ESM API, plus the pure core for convenience.
export * from './core/index.js';
export type {
  ConsoleConfigInput,
  WidgetConfig,
  WidgetConfigInput,
  WidgetEvent,
  WidgetEventName,
  WidgetHandle,
  WidgetListener,
} from './embed/index.js';
export { close, defineElement, destroy, mount, on, open } from './embed/index.js';
