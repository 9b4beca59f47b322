// The console words the product's order statuses with the core's catalogs (one source of copy), the demo's
// own catalogs keep only the demo's UI. (The inbox's wording is tested in @topup-doctor/intake.)
import { type Locale, type MessageKey, msg, t } from '@topup-doctor/sdk/core';
import { describe, expect, test } from 'vitest';
import { catalogFor } from './text.js';
import { en } from './text-en.js';
import { zhCN } from './text-zh.js';

describe.each(['zh-CN', 'en'] as Locale[])('console in %s', (locale) => {
  const word = (key: MessageKey) => t(locale, msg(key));

  test('the console’s top-up statuses are the core’s order statuses (new-api success = credited)', () => {
    const catalog = catalogFor(locale);
    expect(catalog['status.success']).toBe(word('status.credited'));
    for (const raw of ['pending', 'failed', 'expired'] as const)
      expect(catalog[`status.${raw}`]).toBe(word(`status.${raw}`));
  });
});

test('the demo catalogs no longer carry the core’s keys', () => {
  for (const catalog of [zhCN, en] as Record<string, string>[])
    expect(Object.keys(catalog).filter((k) => /^(problem|resolution|check|field|status)\./.test(k))).toEqual(
      [],
    );
});
