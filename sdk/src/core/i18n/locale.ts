// Which of the two languages the catalogs speak a user gets. Pure: the edges read the page, its storage and
// the browser (the widget's loader, the extension's content script and popup) and pass what they read here,
// most trusted first. (Kept small and zod-free: it ships in the script-tag loader.)
export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/**
 * Where the consoles keep the language their user picked: new-api and one-api in i18next's `i18nextLng`
 * (i18next-browser-languagedetector's default key, web/src/i18n), sub2api in `sub2api_locale` ('zh' | 'en',
 * frontend/src/i18n/locale.ts).
 */
export const CONSOLE_LOCALE_KEYS = ['i18nextLng', 'sub2api_locale'];

/** A language tag ('zh-CN', 'en_US', 'zh-Hant-TW'), not whatever else a page left in its storage. */
export const isLanguageTag = (value: unknown): value is string =>
  /^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*$/.test(value as string);

/**
 * The locale for these language tags, most trusted first (the operator's choice, the console's, the page's,
 * the browser's): the first language tag decides. Any Chinese variant gets zh-CN (the only Chinese catalog),
 * any other language en (the likelier read of the two for someone who reads neither); with no language at
 * all, zh-CN, the consoles' own.
 */
export function detectLocale(tags: readonly unknown[]): Locale {
  const tag = tags.find(isLanguageTag);
  return tag && !/^zh/i.test(tag) ? 'en' : 'zh-CN';
}
