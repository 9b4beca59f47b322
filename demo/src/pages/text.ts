// Page language: `?lang=en` (remembered in a cookie), zh-CN by default.
import type { Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { consoleStatusCopy } from './core-copy.js';
import { en } from './text-en.js';
import { type TextKey, zhCN } from './text-zh.js';

export type Lang = 'zh-CN' | 'en';
export type { TextKey };
export type T = (key: TextKey) => string;

export function langOf(c: Context): Lang {
  const q = c.req.query('lang');
  if (q === 'en' || q === 'zh-CN') {
    setCookie(c, 'lang', q, { path: '/', sameSite: 'Lax' });
    return q;
  }
  return getCookie(c, 'lang') === 'en' ? 'en' : 'zh-CN';
}

export function translator(lang: Lang): T {
  return (key) => (lang === 'en' ? en[key] : zhCN[key]);
}

/** A string-keyed lookup for keys built at runtime (simulator states); falls back to the key. */
export function tr(t: T, key: string): string {
  return key in zhCN ? t(key as TextKey) : key;
}

/** The catalog a page's script needs, embedded as JSON data (not script): the demo's own strings and the
 *  order statuses of the top-up history, worded by the core (./core-copy.ts). */
export function catalogFor(lang: Lang): Record<string, string> {
  return { ...(lang === 'en' ? en : zhCN), ...consoleStatusCopy(lang) };
}
