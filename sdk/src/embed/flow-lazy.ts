// The script-tag widget's stand-in for ui/i18n/flow.ts (swapped in by tsup.config.ts, as catalogs-lazy.ts
// stands in for the core's catalogs): the flow steps' words of the user's locale only, filled by
// catalogs-lazy.ts loadCatalog with the second stage. The other locale's words are never fetched, nor the
// undelivered reports' unless the panel counted one (loadUndeliveredWords, with the outbox's reads).
import type { Locale } from '../core/i18n/locale.js';
import type { FlowCatalogs } from '../ui/i18n/index.js';
import type { UndeliveredKey } from '../ui/i18n/zh-CN.undelivered.js';

export const FLOW_WORDS = {} as FlowCatalogs;

type Words = Record<string, string>;
/** Words that arrived before the locale's flow words (both load at once with the second stage). */
const early: Partial<Record<Locale, Words>> = {};

/** The locale's flow words (catalogs-lazy.ts), with any that arrived before them. */
export function setFlowWords(locale: Locale, flow: Words): void {
  FLOW_WORDS[locale] ??= { ...flow, ...early[locale] } as FlowCatalogs[Locale];
}

/** The undelivered reports' words of one locale: the panel loads them only when it counted a report. */
export async function loadUndeliveredWords(locale: Locale): Promise<void> {
  const words: Record<UndeliveredKey, string> =
    locale === 'en'
      ? (await import('../ui/i18n/en.undelivered.js')).enUndelivered
      : (await import('../ui/i18n/zh-CN.undelivered.js')).zhCNUndelivered;
  early[locale] = words;
  if (FLOW_WORDS[locale]) Object.assign(FLOW_WORDS[locale], words);
}
