import { describe, expect, test } from 'vitest';
import { followConsole } from './follow-console.js';

const root = (...classes: string[]) => ({ classList: { contains: (c: string) => classes.includes(c) } });
const store = (items: Record<string, string>) => ({ getItem: (k: string) => items[k] ?? null });

describe('following the console', () => {
  test('new-api switched to English (i18nextLng) and dark mode (html.dark): the widget follows', () => {
    const raw: Record<string, unknown> = { $attrs: 1 };
    followConsole(raw, root('dark'), store({ i18nextLng: 'en' }));
    expect(raw).toMatchObject({ locale: 'en', theme: 'dark' });
  });

  test('theme-mode dark without the class yet, zh variants, sub2api_locale', () => {
    const raw: Record<string, unknown> = { locale: 'auto', theme: 'auto' };
    followConsole(raw, root(), store({ i18nextLng: 'zh-TW', 'theme-mode': 'dark' }));
    expect(raw).toMatchObject({ locale: 'zh-CN', theme: 'dark' });
    const sub2api: Record<string, unknown> = {};
    followConsole(sub2api, root(), store({ sub2api_locale: 'en', 'theme-mode': 'light' }));
    expect(sub2api).toMatchObject({ locale: 'en', theme: 'light' });
  });

  test("the operator's explicit choice wins; nothing stored leaves auto; junk is ignored", () => {
    const raw: Record<string, unknown> = { locale: 'zh-CN', theme: 'light' };
    followConsole(raw, root('dark'), store({ i18nextLng: 'en' }));
    expect(raw).toEqual({ locale: 'zh-CN', theme: 'light' });
    const bare: Record<string, unknown> = {};
    followConsole(bare, root(), store({ i18nextLng: '<script>' }));
    expect(bare).toEqual({});
    const blocked = {
      getItem: () => {
        throw new Error('SecurityError');
      },
    };
    const none: Record<string, unknown> = {};
    followConsole(none, root(), blocked);
    expect(none).toEqual({});
  });
});
