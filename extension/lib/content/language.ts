// The console's own language, so the banner and popup speak it: the console's stored choice
// first (the user picked it there), then the page's <html lang>. new-api and one-api keep i18next's
// choice in localStorage `i18nextLng` (i18next-browser-languagedetector's default key, web/src/i18n);
// sub2api keeps `sub2api_locale` ('zh' | 'en', frontend/src/i18n/locale.ts).
const STORED = ['i18nextLng', 'sub2api_locale'];

// The store parameter is not named `storage`: WXT auto-imports its storage helper for that identifier.
export function pageLanguage(doc: Document, store: Pick<Storage, 'getItem'> | null): string | undefined {
  for (const key of STORED) {
    let value: string | null = null;
    try {
      value = store?.getItem(key) ?? null;
    } catch {
      value = null; // storage blocked for this site
    }
    if (value && /^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*$/.test(value)) return value.slice(0, 20);
  }
  const lang = doc.documentElement?.lang?.trim();
  return lang ? lang.slice(0, 20) : undefined;
}
