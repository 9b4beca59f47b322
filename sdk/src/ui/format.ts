// Small Intl formatters for the first-open chunk. The core has the same ones (core/i18n/t.ts), but
// importing them there pulls both core catalogs into the first download (size budget, issue 5).
import type { WidgetLocale } from './i18n/detect.js';

export const formatTime = (locale: WidgetLocale, ms: number): string =>
  new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(ms);

export const formatNumber = (locale: WidgetLocale, n: number): string =>
  new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(n);

export function formatMoney(locale: WidgetLocale, amount: number, currency?: string): string {
  if (currency && /^[A-Z]{3}$/.test(currency)) {
    try {
      return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(amount);
    } catch {
      // not an ISO 4217 code: "number unit" below
    }
  }
  return currency ? `${formatNumber(locale, amount)} ${currency}` : formatNumber(locale, amount);
}
