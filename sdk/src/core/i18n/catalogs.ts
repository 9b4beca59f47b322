// The core's catalogs, both locales, for every caller that words in either (the intake, the inbox, tests,
// the ESM package): each is the problems' names (problems.ts) under the locale's catalog. The script-tag
// widget's build swaps this module for embed/catalogs-lazy.ts (tsup.config.ts), which loads only the user's
// locale: each catalog is about 5 KB gzip.

import { en } from './en.js';
import type { Catalog } from './interpolate.js';
import type { Locale } from './message.js';
import { PROBLEM_TITLES } from './problems.js';
import { type MessageKey, zhCN } from './zh-CN.js';

export const CATALOGS: Record<Locale, Record<MessageKey, string>> = {
  'zh-CN': { ...PROBLEM_TITLES['zh-CN'], ...zhCN },
  en: { ...PROBLEM_TITLES.en, ...en },
};

export const hasKey = (key: string): key is MessageKey => key in CATALOGS['zh-CN'];

/** Both catalogs are here already: nothing to load. (`titles`: see embed/catalogs-lazy.ts.) */
export const loadCatalog = (_locale: Locale, _titles: Catalog): Promise<void> => Promise.resolve();
