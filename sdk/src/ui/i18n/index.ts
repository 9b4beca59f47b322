// Widget strings: `tr(locale, key, params)`. Core decisions (checks, next steps) are worded by the
// core's own catalogs through `t(locale, message)`; this file covers only the widget's chrome.
import type { WidgetLocale } from './detect.js';
import { en } from './en.js';
import { type CatalogKey, zhCN } from './zh-CN.js';

export type { CatalogKey, WidgetLocale };

const CATALOGS: Record<WidgetLocale, Record<CatalogKey, string>> = { 'zh-CN': zhCN, en };

export function tr(locale: WidgetLocale, key: CatalogKey, params?: Record<string, string | number>): string {
  const text = CATALOGS[locale][key] ?? zhCN[key];
  return params ? text.replace(/\{(\w+)\}/g, (all, name: string) => String(params[name] ?? all)) : text;
}

/** For keys built from data (a finding kind, a status): falls back to `fallback` when unknown. */
export function trKey(locale: WidgetLocale, key: string, fallback: CatalogKey): string {
  return key in zhCN ? tr(locale, key as CatalogKey) : tr(locale, fallback);
}

export function catalogKeys(): CatalogKey[] {
  return Object.keys(zhCN) as CatalogKey[];
}
