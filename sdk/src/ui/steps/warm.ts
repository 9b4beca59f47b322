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
// - Each text style (font size and weight) a page lays out for the first time costs Chromium a font instance,
//   and each character laid out for the first time in it its glyph's metrics, loaded from the font file:
//   most of the first layout of the steps after the problem choice, whose text is new characters (zh-CN:
//   ~470 distinct characters in the words) in styles the problem list does not use (the step number,
//   h4, legends, bold, badges, inputs). The locale's words are laid out once in each such style, out of
//   sight, one style per task (pnpm bench:widget; figures in the commit that added it).
import { CATALOGS } from '../../core/i18n/catalogs.js';
import type { Locale } from '../../core/index.js';
import { formatMoney, formatNumber, formatTime } from '../format.js';
import { FLOW_WORDS } from '../i18n/flow.js';
import { CURRENCIES } from './Questions.js';
import { type Rehearsal, rehearse } from './rehearse.js';

/** The text styles of the steps after the problem choice, as the panel's stylesheet (styles.ts) styles them:
 *  body text and buttons, .muted and the step number (13px), h3, h4, legends and labels (600), strong
 *  (700), badges (12px 700), inputs (16px). */
const TEXT_STYLES = ['p', 'p muted', 'h3', 'h4', 'legend', 'strong', 'p badge', 'input'];

/** Lays out an element out of sight (.warm: fixed, 1px, hidden, on one line) and removes it in the same task. */
function layOut(box: HTMLElement, style: string, text: string, type?: string): void {
  const [tag, className = ''] = style.split(' ');
  const el = document.createElement(tag!);
  el.className = `warm ${className}`;
  if (el instanceof HTMLInputElement) {
    if (type) el.type = type;
    el.value = text;
  } else el.textContent = text;
  box.append(el);
  el.getBoundingClientRect();
  el.remove();
}

/**
 * The warm-ups, one task each (App runs each in an idle period of its own): the first pays ICU's start-up
 * (15-25 ms of the ~30 ms all together, measured from the panel's click to 1.5 s later), the formatters
 * after it 1-2 ms each, the text styles 2-5 ms each, and a click that comes meanwhile waits for one of them
 * at most.
 * `box`: an element inside the panel, whose language the steps' inputs inherit. `rehearsal`: the panel's
 * state, services and handlers while the user is still on the problem list (steps/rehearse.ts).
 */
export function warmUps(
  locale: Locale,
  box: HTMLElement,
  rehearsal?: () => Rehearsal | undefined,
): (() => void)[] {
  let chars: string | undefined;
  const words = () =>
    (chars ??= [
      ...new Set(
        [...Object.values(FLOW_WORDS[locale] ?? {}), ...Object.values(CATALOGS[locale] ?? {})].join(''),
      ),
    ].join(''));
  return [
    () => formatNumber(locale, 0),
    () => formatTime(locale, 0),
    ...CURRENCIES.map((currency) => () => formatMoney(locale, 0, currency)),
    () => layOut(box, 'input', '', 'datetime-local'),
    ...TEXT_STYLES.map((style) => () => layOut(box, style, words())),
    // Last: by then the console's read is usually in. Not once the user has chosen (rehearsal() says so).
    () => {
      const now = rehearsal?.();
      if (now) rehearse(locale, now);
    },
  ];
}
