// Locale formatting for times, numbers and money: Intl only, no catalogs, so the widget's first-open
// chunk can use it without pulling the copy in (size budget, sdk/scripts/size.mjs).
import type { Locale } from './message.js';

export interface FormatOptions {
  /** IANA zone for times; the runtime's zone when absent (the user's, in a browser). */
  timeZone?: string;
}

// Formatters are cached per locale (and zone / currency): building an Intl formatter costs far more than
// using one (tens of microseconds each in Chromium and V8), and a ticket preview formats dozens of values.
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
function cached<F extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => F): F {
  const known = formatters.get(key) as F | undefined;
  if (known) return known;
  const made = make();
  formatters.set(key, made);
  return made;
}

export function formatTime(locale: Locale, ms: number, opts?: FormatOptions): string {
  const timeZone = opts?.timeZone;
  return cached(
    `t ${locale} ${timeZone ?? ''}`,
    () =>
      new Intl.DateTimeFormat(locale, {
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
        timeZone,
      }),
  ).format(ms);
}

export function formatNumber(locale: Locale, n: number): string {
  return cached(`n ${locale}`, () => new Intl.NumberFormat(locale, { maximumFractionDigits: 2 })).format(n);
}

/** Money with an ISO currency when there is one ('CNY' -> ¥100.00); other units follow the number. */
export function formatMoney(locale: Locale, amount: number, currency?: string): string {
  if (currency && /^[A-Z]{3}$/.test(currency)) {
    try {
      return cached(
        `c ${locale} ${currency}`,
        () => new Intl.NumberFormat(locale, { style: 'currency', currency }),
      ).format(amount);
    } catch {
      // not an ISO 4217 code Intl knows: fall through to "number unit"
    }
  }
  const n = formatNumber(locale, amount);
  return currency ? `${n} ${currency}` : n;
}
