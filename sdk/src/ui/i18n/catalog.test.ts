import { describe, expect, test } from 'vitest';
import { en as coreEn } from '../../core/i18n/en.js';
import { PROMISE_EN, PROMISE_ZH } from '../../core/i18n/promise.js';
import { zhCN as coreZhCN } from '../../core/i18n/zh-CN.js';
import { PROBLEMS } from '../../core/problems/registry.js';
import { enFlow } from './en.flow.js';
import { en } from './en.js';
import { zhCNFlow } from './zh-CN.flow.js';
import { zhCN } from './zh-CN.js';

// Copy never promises an outcome the operator did not configure (docs/domain.md section 3): the core's lint.
const PROMISES = [PROMISE_ZH, PROMISE_EN];

describe('widget catalogs', () => {
  test.each([
    ['shell', zhCN, en],
    ['flow', zhCNFlow, enFlow],
  ] as [string, Record<string, string>, Record<string, string>][])(
    '%s: zh-CN and en have the same keys and placeholders',
    (_, zh, english) => {
      expect(Object.keys(english).sort()).toEqual(Object.keys(zh).sort());
      for (const [key, text] of Object.entries(zh)) {
        const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
        expect(names(english[key] ?? ''), key).toEqual(names(text));
      }
    },
  );

  test('the shell and the flow catalogs do not overlap', () => {
    expect(Object.keys(zhCN).filter((k) => k in zhCNFlow)).toEqual([]);
  });

  test('no string promises a refund, a credit or a time', () => {
    for (const text of [zhCN, en, zhCNFlow, enFlow].flatMap((c) => Object.values(c))) {
      for (const pattern of PROMISES) expect(text).not.toMatch(pattern);
    }
  });

  // The ticket, the inbox, the forwarded message and the help pages name the problem with the core's
  // words: they must be the words the user picked, or the ticket seems to be about something else.
  test.each([
    ['zh-CN', zhCN, coreZhCN],
    ['en', en, coreEn],
  ] as [string, Record<string, string>, Record<string, string>][])(
    '%s: the picker names each problem as the ticket does',
    (_, widget, core) => {
      for (const { id } of PROBLEMS) expect(widget[`problem.${id}`], id).toBe(core[`problem.${id}`]);
    },
  );
});
