// The flow catalogs of both locales, for the second stage (and for tests and other composition roots).

import type { Locale } from '../../core/i18n/locale.js';
import { enFlow } from './en.flow.js';
import type { CatalogKey, FlowCatalogs, Params } from './index.js';
import { wordsFor } from './index.js';
import { zhCNFlow } from './zh-CN.flow.js';

export const FLOW_WORDS: FlowCatalogs = { 'zh-CN': zhCNFlow, en: enFlow };

/** Any widget string in a locale (shell or flow). */
export function tr(locale: Locale, key: CatalogKey, params?: Params): string {
  return wordsFor(locale, FLOW_WORDS)(key, params);
}
