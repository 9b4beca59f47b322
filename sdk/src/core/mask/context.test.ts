// The context lookup's index (first character, clause-break bit, second character) must find every word
// of every list, in either case for Latin words, and stop at every clause break.
import { describe, expect, it } from 'vitest';
import type { ScanContext } from './candidate.js';
import * as lists from './context.js';
import { near, type Words } from './context.js';

const ctx = (norm: string): ScanContext => ({
  norm,
  src: norm,
  map: null,
  out: [],
  locale: 'zh-CN',
  idField: false,
  decided: [],
  maxEnd: 0,
});
const all = Object.entries(lists).filter(
  (e): e is [string, Words] => typeof e[1] === 'object' && 'byFirst' in e[1],
);

describe('near', () => {
  it('finds every word of every list, lower and upper case, and none after a clause break', () => {
    expect(all.length).toBe(8);
    for (const [name, ws] of all)
      for (const list of ws.byFirst.values())
        for (const w of list) {
          for (const written of [w, w.toUpperCase()]) {
            const text = `x ${written} 12345678`;
            expect(near(ctx(text), text.length - 8, ws), `${name}: ${written}`).toBe(true);
          }
          for (const brk of ['，', ',', '。', '\n', '；', '!', '？', '、', '?', '！', ';', '．']) {
            const text = `${w}${brk}12345678`;
            expect(near(ctx(text), text.length - 8, ws), `${name}: ${w}${brk}`).toBe(false);
          }
        }
  });
});
