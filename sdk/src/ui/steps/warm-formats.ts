// The first Intl formatter a page builds costs 20-35 ms of main thread in Chromium (ICU loads its locale
// data; measured in a fresh page: the first NumberFormat or DateTimeFormat 20-36 ms, the next one 1-2 ms),
// and the known step is the first to format (the balance, the orders' times and amounts): that was 18 of
// the ~30 ms of the problem choice's task (test/bench/widget-profile.ts). Built while the user reads the
// problem list instead (App.tsx, in an idle period), the formatters the steps use are ready in the
// formatters' cache (core/i18n/format.ts) when the steps render. On a console page that formats dates
// itself the ICU part is already paid and this costs 1-2 ms per formatter.
import type { Locale } from '../../core/index.js';
import { formatMoney, formatNumber, formatTime } from '../format.js';
import { CURRENCIES } from './Questions.js';

export function warmFormats(locale: Locale): void {
  formatNumber(locale, 0);
  formatTime(locale, 0);
  for (const currency of CURRENCIES) formatMoney(locale, 0, currency);
}
