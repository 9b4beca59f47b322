// The steps after the first one: loaded with the second stage (when the user picks a problem), so the
// first open carries only the shell and the problem choice (size budget, sdk/scripts/size.mjs).

import { formatNumber, formatTime } from '../format.js';
import type { WidgetLocale } from '../i18n/index.js';

export { FLOW_WORDS } from '../i18n/flow.js';
export { Delivery } from './Delivery.js';
export { Known } from './Known.js';
export { Preview } from './Preview.js';
export { Questions } from './Questions.js';
export { Result } from './Result.js';
export { Undelivered } from './Undelivered.js';

/**
 * The formatters the next steps use (core/i18n/format.ts keeps them), built one per task. A page's first
 * Intl formatter initialises ICU: 10-30 ms of main-thread CPU in Chromium on a shared machine (up to 57 ms
 * seen in test/bench/widget-profile.ts). Built while the console is being read, that happens during the
 * network wait instead of inside the task that renders what the console said.
 */
export const FORMATTERS: ((locale: WidgetLocale) => void)[] = [
  (locale) => formatNumber(locale, 0),
  (locale) => formatTime(locale, 0),
];
