export { type LintOptions, lintCatalog } from './lint.js';
export { CONSOLE_LOCALE_KEYS, detectLocale, isLanguageTag, LOCALES } from './locale.js';
export { PROMISE_EN, PROMISE_ZH } from './promise.js';
export * from './t.js';
