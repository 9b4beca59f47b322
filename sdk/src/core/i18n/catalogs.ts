// The core's catalogs, both locales, for every caller that words in either (the intake, the inbox, tests,
// the ESM package): each is the problems' names (problems.ts) under the locale's catalog. The script-tag
// widget's build swaps this module for embed/catalogs-lazy.ts (tsup.config.ts), which loads only the user's
// locale: each catalog is about 5 KB gzip.

import type { ProblemId } from '../facts/schema.js';
import { enExt } from './en.ext.js';
import { en } from './en.js';
import { enRedeem } from './en.redeem.js';
import type { Catalog } from './interpolate.js';
import type { Locale } from './message.js';
import { PROBLEM_TITLES } from './problems.js';
import { zhCNExt } from './zh-CN.ext.js';
import { type MessageKey, zhCN } from './zh-CN.js';
import { zhCNRedeem } from './zh-CN.redeem.js';

export const CATALOGS: Record<Locale, Record<MessageKey, string>> = {
  'zh-CN': { ...PROBLEM_TITLES['zh-CN'], ...zhCN, ...zhCNRedeem, ...zhCNExt },
  en: { ...PROBLEM_TITLES.en, ...en, ...enRedeem, ...enExt },
};

export const hasKey = (key: string): key is MessageKey => key in CATALOGS['zh-CN'];

/** Both catalogs are here already: nothing to load. (`titles`: see embed/catalogs-lazy.ts.) */
export const loadCatalog = (_locale: Locale, _titles: Catalog): Promise<void> => Promise.resolve();

/** A problem's own words are here already too (see embed/catalogs-lazy.ts): nothing to wait for. */
export const loadProblemWords = (_locale: Locale, _problem: ProblemId): Promise<void> | undefined =>
  undefined;

/** The extension's warnings are here already too (see embed/catalogs-lazy.ts). */
export const loadExtensionWords = (_locale: Locale): Promise<void> => Promise.resolve();
