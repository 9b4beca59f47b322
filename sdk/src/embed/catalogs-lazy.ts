// The script-tag widget's stand-in for core/i18n/catalogs.ts (swapped in by tsup.config.ts): the panel
// loads the user's locale with the second stage (loadCatalog, before the services word anything), and the
// other one is never fetched. The flow steps' words of that locale come with it (flow-lazy.ts). Same exports, so the core's t() and hasKey() work unchanged; both catalogs
// have the same keys (their types), so hasKey answers the same from either.
// The problems' names come from the panel, which already has them (its first open shows them): imported
// here, core/i18n/problems.ts would become a chunk of its own, shared by the first open and the catalogs.
import type { ProblemId } from '../core/facts/schema.js';
import type { Catalog } from '../core/i18n/interpolate.js';
import type { Locale } from '../core/i18n/message.js';
import type { MessageKey } from '../core/i18n/zh-CN.js';
import { setFlowWords } from './flow-lazy.js';

export const CATALOGS = {} as Record<Locale, Record<MessageKey, string>>;

export const hasKey = (key: string): key is MessageKey => Object.values(CATALOGS).some((c) => key in c);

/** The redeem problem's own words (core/i18n/*.redeem.ts): the order problems' are all in the locale's catalog. */
const redeemWords = (locale: Locale): Promise<Catalog> =>
  locale === 'en'
    ? import('../core/i18n/en.redeem.js').then((m) => m.enRedeem)
    : import('../core/i18n/zh-CN.redeem.js').then((m) => m.zhCNRedeem);
/** Per locale: the redeem words on their way, or true once they are in the catalog (or waiting for it in `early`). */
const redeemState: Partial<Record<Locale, Promise<void> | true>> = {};
/** Problem words that arrived before the locale's catalog (the outbox's reads load beside it). */
const early: Partial<Record<Locale, Catalog>> = {};

/**
 * The problem's own words in the user's locale, fetched when the user picks it (the panel's services,
 * App.tsx, which waits for them before the diagnosis words anything) or with the outbox's reads (an
 * undelivered report may be the redeem problem's): the four order problems never fetch the redeem words.
 * Undefined when there is nothing to wait for (no words of its own, or here already).
 */
export function loadProblemWords(locale: Locale, problem: ProblemId): Promise<void> | undefined {
  const state = redeemState[locale];
  if (problem !== 'redeem_not_credited' || state === true) return undefined;
  if (state) return state;
  const load = redeemWords(locale).then(
    (words) => {
      early[locale] = words;
      if (CATALOGS[locale]) Object.assign(CATALOGS[locale], words);
      redeemState[locale] = true;
    },
    (error: unknown) => {
      redeemState[locale] = undefined; // a failed chunk load is tried again with the next diagnosis
      throw error;
    },
  );
  redeemState[locale] = load;
  return load;
}

export async function loadCatalog(locale: Locale, titles: Catalog): Promise<void> {
  if (CATALOGS[locale]) return;
  // The flow steps' words (flow-lazy.ts) come in the same file as the core's: one request per locale.
  const words = locale === 'en' ? await import('./words.en.js') : await import('./words.zh-CN.js');
  CATALOGS[locale] ??= { ...titles, ...words.core, ...early[locale] } as Record<MessageKey, string>;
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
