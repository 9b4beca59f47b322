// Per-page costs the steps would pay the first time they render, paid instead while the user reads the
// problem list (App.tsx warm(), in idle periods). Measured in a fresh Chromium page:
// - The first Intl formatter a page builds costs 20-35 ms of main thread (ICU loads its locale data), the
//   next one 1-2 ms. The known step is the first to format (the balance, the orders' times and amounts):
//   18 of the ~30 ms of the problem choice's task (test/bench/widget-profile.ts). The formatters the steps
//   use are built into the formatters' cache (core/i18n/format.ts). On a console page that formats dates
//   itself the ICU part is already paid and this costs 1-2 ms per formatter.
// - The first date-time input a page styles costs 10-14 ms of style recalculation (Chromium builds the
//   locale's date and time field formats for the document), a later one ~1 ms: most of the questions
//   step's style time (its task 20 -> 14.5 ms with a text input in its place). One such input, inheriting
//   the panel's language, is styled and laid out out of sight (fixed, 1px, visibility hidden: never painted, focused
//   or announced) and removed in the same task, before any frame.
import type { Locale } from '../../core/index.js';
import { formatMoney, formatNumber, formatTime } from '../format.js';
import { CURRENCIES } from './Questions.js';

/**
 * The warm-ups, one task each (App runs each in an idle period of its own): the first pays ICU's start-up
 * (15-25 ms of the ~30 ms all together, measured from the panel's click to 1.5 s later), the others
 * 1-2 ms each, and a click that comes meanwhile waits for one of them at most.
 * `box`: an element inside the panel, whose language the steps' inputs inherit.
 */
export function warmUps(locale: Locale, box: HTMLElement): (() => void)[] {
  return [
    () => formatNumber(locale, 0),
    () => formatTime(locale, 0),
    ...CURRENCIES.map((currency) => () => formatMoney(locale, 0, currency)),
    () => {
      const input = document.createElement('input');
      input.type = 'datetime-local';
      input.className = 'warm';
      box.append(input);
      input.getBoundingClientRect();
      input.remove();
    },
  ];
}
