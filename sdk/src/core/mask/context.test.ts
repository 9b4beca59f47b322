// The context lookup's index (first character, clause-break bit, second character) must find every word
// of every list, in either case for Latin words, and stop at every clause break.
import { describe, expect, it } from 'vitest';
import type { Candidate, ScanContext } from './candidate.js';
import * as lists from './context.js';
import { after, near, type Words } from './context.js';

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

describe('after', () => {
  it('finds the first finding that ends after x', () => {
    let seed = 7;
    const rnd = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    for (let t = 0; t < 300; t++) {
      const kept: Candidate[] = [];
      let pos = rnd(5);
      for (let k = rnd(40); k > 0; k--) {
        const s = pos + rnd(4);
        const e = s + 1 + rnd(6);
        kept.push({ kind: 'order_no', s, e, rep: '…', pri: 50 });
        pos = e;
      }
      for (let q = 0; q < 50; q++) {
        // Mostly increasing queries (the engine's order), sometimes a jump back.
        const x = rnd(4) === 0 ? rnd(pos + 5) : Math.min(pos + 5, q * 3 + rnd(3));
        const naive = kept.findIndex((c) => c.e > x);
        expect(after(kept, x)).toBe(naive < 0 ? kept.length : naive);
      }
    }
  });
});
