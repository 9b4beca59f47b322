// t(locale, message): the catalogs turn the core's message keys into words. Pure: Intl only, clock-free.
// Param conventions: `...At` = epoch ms, formatted as a local time; `...Key` = another catalog key, translated;
// `x` + `xCurrency` = money in that currency, `x` + `xUnitKey` = a number in the console's units; other numbers
// are formatted for the locale.
import type { CheckStatus, Resolution } from '../diagnose/types.js';
import type { ProblemId } from '../facts/schema.js';
import { CATALOGS } from './catalogs.js';
import { type FormatOptions, formatMoney, formatNumber, formatTime } from './format.js';
import { type Locale, type Message, msg } from './message.js';

export { CATALOGS, hasKey } from './catalogs.js';
export { type FormatOptions, formatMoney, formatNumber, formatTime } from './format.js';
export type { MessageKey } from './zh-CN.js';

/**
 * `t` over a given catalog: lets a bundle ship one locale and load the other on demand (each catalog is
 * about 4 KB gzip). Falls back to the key itself, which the catalog test makes unreachable.
 */
export function format(
  catalog: Record<string, string>,
  locale: Locale,
  m: Message,
  opts?: FormatOptions,
): string {
  // A catalog not loaded (the widget loads only its user's locale) words nothing: the key.
  const template = catalog?.[m.key] || m.key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = m.params?.[name];
    if (v === undefined) return whole;
    if (typeof v === 'number') {
      if (name.endsWith('At')) return formatTime(locale, v, opts);
      // Money: `x` with `xCurrency` (ISO 4217, only when the console says it) is shown with its currency; with
      // `xUnitKey` in the console's own units, worded by the catalog. Never a currency that is not known.
      const currency = m.params?.[`${name}Currency`];
      if (typeof currency === 'string') return formatMoney(locale, v, currency);
      const unit = m.params?.[`${name}UnitKey`];
      if (typeof unit === 'string')
        return `${formatNumber(locale, v)} ${format(catalog, locale, { key: unit }, opts)}`;
      return formatNumber(locale, v);
    }
    return name.endsWith('Key') ? format(catalog, locale, { key: v }, opts) : v;
  });
}

export function t(locale: Locale, m: Message, opts?: FormatOptions): string {
  return format(CATALOGS[locale], locale, m, opts);
}

export const problemTitle = (locale: Locale, id: ProblemId): string => t(locale, msg(`problem.${id}`));
export const reasonText = (locale: Locale, reason: string): string => t(locale, { key: `reason.${reason}` });
export const resolutionText = (locale: Locale, r: Resolution): string => t(locale, msg(`resolution.${r}`));
export const statusMark = (locale: Locale, s: CheckStatus): string => t(locale, msg(`mark.${s}`));
