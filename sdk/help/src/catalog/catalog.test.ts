// The help site's own catalog layer: same keys and params in both locales, a title for every registered
// check, and the core catalogs' lint (no promise wording, no literal number: times come from the rules).
import { CHECKS, hasKey, PROMISE_EN, PROMISE_ZH } from '@topup-doctor/sdk/core';
import { describe, expect, it } from 'vitest';
import { helpEn } from './en.js';
import { helpZhCN } from './zh-CN.js';

const params = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('help catalogs', () => {
  it('zh-CN and en have the same keys and the same params per key', () => {
    expect(Object.keys(helpEn).sort()).toEqual(Object.keys(helpZhCN).sort());
    for (const [k, v] of Object.entries(helpZhCN))
      expect([k, params(helpEn[k as keyof typeof helpEn])]).toEqual([k, params(v)]);
  });

  it('every registered check has a title in both locales', () => {
    for (const c of CHECKS) {
      expect(helpZhCN, c.id).toHaveProperty([`checkTitle.${c.id}`]);
      expect(helpEn, c.id).toHaveProperty([`checkTitle.${c.id}`]);
    }
  });

  it('a reworded core step names a key the core catalog has', () => {
    const overrides = Object.keys(helpZhCN).filter((k) => k.startsWith('core.'));
    expect(overrides.length).toBeGreaterThan(0);
    for (const k of overrides) expect(hasKey(k.slice('core.'.length)), k).toBe(true);
  });

  it('no promise wording and no literal number', () => {
    for (const v of Object.values(helpZhCN)) {
      expect(v).not.toMatch(PROMISE_ZH);
      expect(v.replace(/\{\w+\}/g, '')).not.toMatch(/\d/);
    }
    for (const v of Object.values(helpEn)) {
      expect(v).not.toMatch(PROMISE_EN);
      expect(v.replace(/\{\w+\}/g, '')).not.toMatch(/\d/);
    }
  });
});
