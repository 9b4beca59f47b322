// The inbox's catalog layers: the types hold them to their own keys and both locales to the same keys; here
// the core's one lint (no empty copy, the same params in both locales, no promise wording).
import { lintCatalog } from '@topup-doctor/sdk/core';
import { describe, expect, it } from 'vitest';
import { en } from './text-en.js';
import { reconEn, reconZh } from './text-reconcile.js';
import { zhCN } from './text-zh.js';

describe('inbox catalogs', () => {
  it('the lint finds nothing', () => {
    expect(lintCatalog(zhCN, en)).toEqual([]);
    expect(lintCatalog(reconZh, reconEn)).toEqual([]);
  });
});
