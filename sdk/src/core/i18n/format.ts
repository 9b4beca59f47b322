// Locale formatting for times, numbers and money: Intl only, no catalogs, so the widget's first-open
// chunk can use it without pulling the copy in (size budget, sdk/scripts/size.mjs).
import type { Locale } from './message.js';

export interface FormatOptions {
  /** IANA zone for times; the runtime's zone when absent (the user's, in a browser). */
  timeZone?: string;
}

export function formatTime(locale: Locale, ms: number, opts?: FormatOptions): string {
  return new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: opts?.timeZone,
  }).format(ms);
}

export function formatNumber(locale: Locale, n: number): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(n);
}

/** Money with an ISO currency when there is one ('CNY' -> ¥100.00); other units follow the number. */
export function formatMoney(locale: Locale, amount: number, currency?: string): string {
  if (currency && /^[A-Z]{3}$/.test(currency)) {
    try {
      return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(amount);
    } catch {
      // not an ISO 4217 code Intl knows: fall through to "number unit"
    }
  }
  const n = formatNumber(locale, amount);
  return currency ? `${n} ${currency}` : n;
}
