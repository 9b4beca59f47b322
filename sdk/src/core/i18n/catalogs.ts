// The core's catalogs, both locales, for every caller that words in either (the intake, the inbox, tests,
// the ESM package). The script-tag widget's build swaps this module for embed/catalogs-lazy.ts
// (tsup.config.ts), which loads only the user's locale: each catalog is about 5 KB gzip.
import { en } from './en.js';
import type { Locale } from './message.js';
import { type MessageKey, zhCN } from './zh-CN.js';

export const CATALOGS: Record<Locale, Record<MessageKey, string>> = { 'zh-CN': zhCN, en };

export const hasKey = (key: string): key is MessageKey => key in zhCN;

/** Both catalogs are here already: nothing to load. */
export const loadCatalog = (_locale: Locale): Promise<void> => Promise.resolve();
