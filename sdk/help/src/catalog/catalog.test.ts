// The help site's own catalog layer: the types hold it to its own keys, both locales to the same keys and
// every registered check to a title; here the reworded core steps and the core's one lint (no empty copy, the same params, no
// promise wording, no literal number: times come from the rules).
import { hasKey, lintCatalog } from '@topup-doctor/sdk/core';
import { describe, expect, it } from 'vitest';
import { helpEn } from './en.js';
import { helpZhCN } from './zh-CN.js';

describe('help catalogs', () => {
  it('the lint finds nothing', () => {
    expect(lintCatalog(helpZhCN, helpEn, { noDigits: true })).toEqual([]);
  });

  it('a reworded core step names a key the core catalog has', () => {
    const overrides = Object.keys(helpZhCN).filter((k) => k.startsWith('core.'));
    expect(overrides.length).toBeGreaterThan(0);
    for (const k of overrides) expect(hasKey(k.slice('core.'.length)), k).toBe(true);
  });
});
