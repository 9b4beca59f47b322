import { describe, expect, test } from 'vitest';
import { en } from './en.js';
import { zhCN } from './zh-CN.js';

// Copy never promises an outcome the operator did not configure (DOMAIN.md section 3).
const PROMISES = [
  /保证|一定会|马上到账|立即到账|必定|包退|退款将|会退款|会补偿/,
  /\bguarantee|\bwill be refunded|\bwill be credited|\bwithin \d+ (minutes|hours)|\bcompensat(e|ion) (you|will)/i,
];

describe('widget catalogs', () => {
  test('zh-CN and en have the same keys and placeholders', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zhCN).sort());
    for (const [key, zh] of Object.entries(zhCN)) {
      const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(names(en[key as keyof typeof en]), key).toEqual(names(zh));
    }
  });

  test('no string promises a refund, a credit or a time', () => {
    for (const text of [...Object.values(zhCN), ...Object.values(en)]) {
      for (const pattern of PROMISES) expect(text).not.toMatch(pattern);
    }
  });
});
