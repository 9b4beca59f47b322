import { describe, expect, it } from 'vitest';
import { pageLanguage } from './language.js';

const doc = (lang: string) => ({ documentElement: { lang } }) as unknown as Document;
const store = (values: Record<string, string>) => ({ getItem: (k: string) => values[k] ?? null });

describe('pageLanguage: the console’s own language', () => {
  it('prefers the console’s stored choice (new-api/one-api i18next, sub2api) over <html lang>', () => {
    expect(pageLanguage(doc('en'), store({ i18nextLng: 'zh-CN' }))).toBe('zh-CN');
    expect(pageLanguage(doc('zh-CN'), store({ sub2api_locale: 'en' }))).toBe('en');
  });

  it('falls back to <html lang>, and to nothing', () => {
    expect(pageLanguage(doc('zh-CN'), null)).toBe('zh-CN');
    expect(pageLanguage(doc(''), store({}))).toBeUndefined();
  });

  it('ignores a stored value that is no language tag, and blocked storage', () => {
    expect(pageLanguage(doc('en'), store({ i18nextLng: '<script>' }))).toBe('en');
    const blocked = {
      getItem() {
        throw new Error('SecurityError');
      },
    };
    expect(pageLanguage(doc('zh'), blocked)).toBe('zh');
  });
});
