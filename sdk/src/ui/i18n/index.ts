// Widget strings, a layer over the core's catalogs. The shell catalogs (zh-CN.ts, en.ts) and the problems'
// names (the core's, core/i18n/problems.ts) come with the first open; the flow catalogs (*.flow.ts) with the
// second stage, which hands them to wordsFor(). Core decisions (checks, next steps) are worded by the core's
// own catalogs through `t(locale, message)`; both through the core's one interpolator (the widget's own
// params are plain text and counts: no time, money or key conventions to pay for on first open).
import { fill, type Params, template } from '../../core/i18n/interpolate.js';
import type { Locale } from '../../core/i18n/locale.js';
import { PROBLEM_TITLES, type ProblemTitleKey } from '../../core/i18n/problems.js';
import { en } from './en.js';
import type { FlowKey } from './zh-CN.flow.js';
import { type ShellKey, zhCN } from './zh-CN.js';

export type { FlowKey, Params, ShellKey };
/** What the widget words: its own keys (shell, flow) and the problems' names. */
export type CatalogKey = ShellKey | FlowKey | ProblemTitleKey;
export type Words = (key: CatalogKey, params?: Params) => string;
export type FlowCatalogs = Record<Locale, Record<FlowKey, string>>;

const SHELL: Record<Locale, Record<ShellKey, string>> = { 'zh-CN': zhCN, en };

/** Words for one locale: the shell now, the flow strings once the second stage brought them. */
export function wordsFor(locale: Locale, flow?: FlowCatalogs): Words {
  const layers = [SHELL[locale], flow?.[locale], PROBLEM_TITLES[locale]];
  return (key, params) => fill(template(layers, key), params);
}
