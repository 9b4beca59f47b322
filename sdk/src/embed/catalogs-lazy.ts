// The script-tag widget's stand-in for core/i18n/catalogs.ts (swapped in by tsup.config.ts): the panel
// loads the user's locale with the second stage (loadCatalog, before the services word anything), and the
// other one is never fetched. Same exports, so the core's t() and hasKey() work unchanged; both catalogs
// have the same keys (their types), so hasKey answers the same from either.
// The problems' names come from the panel, which already has them (its first open shows them): imported
// here, core/i18n/problems.ts would become a chunk of its own, shared by the first open and the catalogs.
import type { Catalog } from '../core/i18n/interpolate.js';
import type { Locale } from '../core/i18n/message.js';
import type { MessageKey } from '../core/i18n/zh-CN.js';

export const CATALOGS = {} as Record<Locale, Record<MessageKey, string>>;

export const hasKey = (key: string): key is MessageKey => Object.values(CATALOGS).some((c) => key in c);

export async function loadCatalog(locale: Locale, titles: Catalog): Promise<void> {
  CATALOGS[locale] ??= {
    ...titles,
    ...(locale === 'en'
      ? (await import('../core/i18n/en.js')).en
      : (await import('../core/i18n/zh-CN.js')).zhCN),
  } as Record<MessageKey, string>;
}
