// Any widget string in a locale, shell or flow: for what words the widget's copy outside the panel (the
// help pages, the inbox, the browser tests).
import type { Locale } from '../../core/i18n/locale.js';
import { FLOW_WORDS } from './flow.js';
import { type CatalogKey, type Params, wordsFor } from './index.js';

export function tr(locale: Locale, key: CatalogKey, params?: Params): string {
  return wordsFor(locale, FLOW_WORDS)(key, params);
}
