// The one lint for every catalog layer (the core's, the widget's, the extension's, the help site's): what the
// compiler cannot say about the text. The types already hold each layer to its own keys (Layer) and both
// locales to the same keys (Record<Key, string>); this checks the words themselves. Used by the layers' tests.
import { PROMISE_EN, PROMISE_ZH } from './promise.js';

export interface LintOptions {
  /**
   * No literal number at all: times and amounts come only from the operator's rules, through {params}
   * (the core's and the help site's copy). A quoted single character (the digit “0”) names a look-alike,
   * and New-Api-User is a header's name.
   */
  noDigits?: boolean;
}

const params = (text: string) =>
  [...text.matchAll(/\{(\w+)\}/g)]
    .map((m) => m[1])
    .sort()
    .join(', ');

/** What is wrong with one layer's zh-CN and en copy, a line per finding (none: []). */
export function lintCatalog(
  zh: Readonly<Record<string, string>>,
  en: Readonly<Record<string, string>>,
  options: LintOptions = {},
): string[] {
  const found: string[] = [];
  for (const [key, zhText] of Object.entries(zh)) {
    const enText = en[key] ?? '';
    for (const [locale, text, promise] of [
      ['zh-CN', zhText, PROMISE_ZH],
      ['en', enText, PROMISE_EN],
    ] as const) {
      if (!text.trim()) found.push(`${key} (${locale}): empty`);
      if (promise.test(text)) found.push(`${key} (${locale}): promise wording: ${text}`);
      const bare = text.replace(/\{\w+\}|“\w”|New-Api-User/g, '');
      if (options.noDigits && /\d/.test(bare)) found.push(`${key} (${locale}): a literal number: ${text}`);
    }
    if (params(zhText) !== params(enText))
      found.push(`${key}: params differ: zh-CN {${params(zhText)}}, en {${params(enText)}}`);
  }
  return found;
}
