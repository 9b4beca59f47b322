// t(locale, message): the core's catalogs turn its message keys into words, through the one interpolator
// (interpolate.ts). Pure: Intl only, clock-free.
// Param conventions: `...At` = epoch ms, formatted as a local time; `...Key` = another catalog key, worded
// from the same layers; `x` + `xCurrency` = money in that currency, `x` + `xUnitKey` = a number in the
// console's units; other numbers are formatted for the locale.
import type { CheckStatus, Resolution } from '../diagnose/types.js';
import type { ProblemId } from '../facts/schema.js';
import { CATALOGS } from './catalogs.js';
import { type FormatOptions, formatMoney, formatNumber, formatTime } from './format.js';
import { fill, type Layers, type Params, template } from './interpolate.js';
import { type Locale, type Message, msg } from './message.js';

export { CATALOGS, hasKey } from './catalogs.js';
export { type FormatOptions, formatMoney, formatNumber, formatTime } from './format.js';
export { type Catalog, fill, type Layer, type Layers, type Params, template } from './interpolate.js';
export type { MessageKey } from './zh-CN.js';

/** A message in words from these catalog layers, with the core's param conventions (above). */
export function format(
  layers: Layers,
  locale: Locale,
  m: { key: string; params?: Params | undefined },
  opts?: FormatOptions,
): string {
  const params = m.params;
  return fill(template(layers, m.key), params, (name, v) => {
    if (typeof v === 'string') return name.endsWith('Key') ? format(layers, locale, { key: v }, opts) : v;
    if (name.endsWith('At')) return formatTime(locale, v, opts);
    // Money: `x` with `xCurrency` (ISO 4217, only when the console says it) is shown with its currency; with
    // `xUnitKey` in the console's own units, worded by the catalog. Never a currency that is not known.
    const currency = params?.[`${name}Currency`];
    if (typeof currency === 'string') return formatMoney(locale, v, currency);
    const unit = params?.[`${name}UnitKey`];
    if (typeof unit === 'string')
      return `${formatNumber(locale, v)} ${format(layers, locale, { key: unit }, opts)}`;
    return formatNumber(locale, v);
  });
}

export function t(locale: Locale, m: Message, opts?: FormatOptions): string {
  return format(CATALOGS[locale], locale, m, opts);
}

export const problemTitle = (locale: Locale, id: ProblemId): string => t(locale, msg(`problem.${id}`));
export const reasonText = (locale: Locale, reason: string): string => t(locale, { key: `reason.${reason}` });
export const resolutionText = (locale: Locale, r: Resolution): string => t(locale, msg(`resolution.${r}`));
export const statusMark = (locale: Locale, s: CheckStatus): string => t(locale, msg(`mark.${s}`));
