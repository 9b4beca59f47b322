// t(locale, message): the catalogs turn the core's message keys into words. Pure: Intl only, clock-free.
// Param conventions: `...At` = epoch ms, formatted as a local time; `...Key` = another catalog key, translated;
// other numbers are formatted for the locale.
import type { CheckStatus, Resolution } from '../diagnose/types.js';
import type { ProblemId } from '../facts/schema.js';
import { CATALOGS } from './catalogs.js';
import { type FormatOptions, formatNumber, formatTime } from './format.js';
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
    if (typeof v === 'number')
      return name.endsWith('At') ? formatTime(locale, v, opts) : formatNumber(locale, v);
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
