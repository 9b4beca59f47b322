// Locale detection shared by the loader and the panel: the operator's choice wins ('zh-CN' | 'en'),
// then the page's <html lang>, then the browser. Any Chinese variant gets zh-CN (the only Chinese
// catalog), everything else en. (Written for bytes: it ships in the 1.5 KB loader.)
export type WidgetLocale = 'zh-CN' | 'en';

export function detectLocale(preference?: unknown): WidgetLocale {
  const tag = (preference !== 'auto' && preference) || document.documentElement.lang || navigator.language;
  // RegExp.test coerces to a string itself (bytes).
  return /^zh/i.test(tag as string) ? 'zh-CN' : 'en';
}
