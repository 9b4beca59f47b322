// The script-tag widget's stand-in for core/i18n/catalogs.ts (swapped in by tsup.config.ts): the panel
// loads the user's locale with the second stage (loadCatalog, before the services word anything), and the
// other one is never fetched. The flow steps' words of that locale come with it (flow-lazy.ts). Same exports, so the core's t() and hasKey() work unchanged; both catalogs
// have the same keys (their types), so hasKey answers the same from either.
// The problems' names come from the panel, which already has them (its first open shows them): imported
// here, core/i18n/problems.ts would become a chunk of its own, shared by the first open and the catalogs.
import type { Catalog } from '../core/i18n/interpolate.js';
import type { Locale } from '../core/i18n/message.js';
import type { MessageKey } from '../core/i18n/zh-CN.js';
import { setFlowWords } from './flow-lazy.js';

export const CATALOGS = {} as Record<Locale, Record<MessageKey, string>>;

export const hasKey = (key: string): key is MessageKey => Object.values(CATALOGS).some((c) => key in c);

export async function loadCatalog(locale: Locale, titles: Catalog): Promise<void> {
  if (CATALOGS[locale]) return;
  // The flow steps' words (flow-lazy.ts) come in the same file as the core's: one request per locale.
  const words = locale === 'en' ? await import('./words.en.js') : await import('./words.zh-CN.js');
  CATALOGS[locale] ??= { ...titles, ...words.core } as Record<MessageKey, string>;
  setFlowWords(locale, words.flow);
}

/** The companion extension's warnings (core/i18n/*.ext.ts), loaded by the bridge with the first message
 *  from the extension (embed/bridge.ts): a page without the extension never fetches them. Laid over the
 *  locale's catalog, which the panel loaded with the second stage. */
export async function loadExtensionWords(locale: Locale): Promise<void> {
  const words =
    locale === 'en'
      ? (await import('../core/i18n/en.ext.js')).enExt
      : (await import('../core/i18n/zh-CN.ext.js')).zhCNExt;
  // The locale's catalog is there: the services (and their bridge) exist only once loadCatalog resolved.
  Object.assign(CATALOGS[locale], words);
}
