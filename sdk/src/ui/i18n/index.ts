// Widget strings. The shell catalogs (zh-CN.ts, en.ts) come with the first open; the flow catalogs
// (*.flow.ts) with the second stage, which hands them to wordsFor(). Core decisions (checks, next
// steps) are worded by the core's own catalogs through `t(locale, message)`.
import type { WidgetLocale } from './detect.js';
import { en } from './en.js';
import type { FlowKey } from './zh-CN.flow.js';
import { type ShellKey, zhCN } from './zh-CN.js';

export type { FlowKey, ShellKey, WidgetLocale };
export type CatalogKey = ShellKey | FlowKey;
export type Params = Record<string, string | number>;
export type Words = (key: CatalogKey, params?: Params) => string;
export type FlowCatalogs = Record<WidgetLocale, Record<FlowKey, string>>;

const SHELL: Record<WidgetLocale, Record<ShellKey, string>> = { 'zh-CN': zhCN, en };

/** Words for one locale: the shell now, the flow strings once the second stage brought them. */
export function wordsFor(locale: WidgetLocale, flow?: FlowCatalogs): Words {
  return (key, params) => {
    const text =
      (SHELL[locale] as Record<string, string>)[key] ??
      (flow?.[locale] as Record<string, string>)?.[key] ??
      key;
    return params ? text.replace(/\{(\w+)\}/g, (all, name: string) => String(params[name] ?? all)) : text;
  };
}
