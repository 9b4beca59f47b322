// The widget's layer: the types hold it to its own keys (a core or shell key in the flow does not compile)
// and both locales to the same keys; the problems' names are the core's own (core/i18n/problems.ts). Here
// what types cannot say: the one lint over each catalog.
import { describe, expect, test } from 'vitest';
import { lintCatalog } from '../../core/i18n/lint.js';
import { enFlow } from './en.flow.js';
import { en } from './en.js';
import { enUndelivered } from './en.undelivered.js';
import { zhCNFlow } from './zh-CN.flow.js';
import { zhCN } from './zh-CN.js';
import { zhCNUndelivered } from './zh-CN.undelivered.js';

describe('widget catalogs', () => {
  test.each([
    ['shell', zhCN, en],
    ['flow', zhCNFlow, enFlow],
    ['undelivered', zhCNUndelivered, enUndelivered],
  ] as const)(
    '%s: the lint finds nothing (no empty copy, same params, no promise wording)',
    (_, zh, english) => {
      expect(lintCatalog(zh, english)).toEqual([]);
    },
  );
});
