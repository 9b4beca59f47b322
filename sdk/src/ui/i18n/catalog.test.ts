import { describe, expect, test } from 'vitest';
import { enFlow } from './en.flow.js';
import { en } from './en.js';
import { zhCNFlow } from './zh-CN.flow.js';
import { zhCN } from './zh-CN.js';

// Copy never promises an outcome the operator did not configure (docs/domain.md section 3).
const PROMISES = [
  /保证|一定会|马上到账|立即到账|必定|包退|退款将|会退款|会补偿/,
  /\bguarantee|\bwill be refunded|\bwill be credited|\bwithin \d+ (minutes|hours)|\bcompensat(e|ion) (you|will)/i,
];

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
});
