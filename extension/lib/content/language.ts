// The console's own language, so the banner and popup speak it: the console's stored choice first (the
// user picked it there; the keys are the core's CONSOLE_LOCALE_KEYS), then the page's <html lang>. The
// background turns it into a locale with the core's detector (lib/state.ts).
import { CONSOLE_LOCALE_KEYS, isLanguageTag } from '@topup-doctor/sdk/core';

// The store parameter is not named `storage`: WXT auto-imports its storage helper for that identifier.
export function pageLanguage(doc: Document, store: Pick<Storage, 'getItem'> | null): string | undefined {
  for (const key of CONSOLE_LOCALE_KEYS) {
    let value: string | null = null;
    try {
      value = store?.getItem(key) ?? null;
    } catch {
      value = null; // storage blocked for this site
    }
    if (isLanguageTag(value)) return value.slice(0, 20);
  }
  const lang = doc.documentElement?.lang?.trim();
  return lang ? lang.slice(0, 20) : undefined;
}
