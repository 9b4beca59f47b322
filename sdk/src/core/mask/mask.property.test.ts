// fast-check properties: generated sensitive values embedded anywhere in generated text never
// survive; masking is idempotent; the text around a finding is unchanged.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { leaks } from '../../../bench/leaks.js';
import { mulberry32 } from '../../../bench/rng.js';
import { KINDS, sensitive } from '../../../bench/sensitive.js';
import { maskText } from './index.js';

const FILLER = [
  '你好',
  '充值',
  '没到账',
  '余额',
  'please check',
  'balance',
  '金额 ¥100.00',
  '2025-09-29 10:30',
  'claude-sonnet-4-5-20250929',
  'HTTP 429',
  '尾号 1234',
  '支付宝',
  'Stripe',
  '昵称 小明',
  'https://api.example.com/v1/models',
  '。',
  '，',
  ' ',
  '\n',
];
const SEP = fc.constantFrom(' ', '，', '。', '\n', ', ', '：');
const text = fc.array(fc.constantFrom(...FILLER), { maxLength: 6 }).map((xs) => xs.join(' '));
const value = fc.record({ kind: fc.constantFrom(...KINDS), seed: fc.integer(), lang: fc.constantFrom(0, 1) });

describe('mask properties', () => {
  it('a sensitive value embedded anywhere never survives, and the text around it is unchanged', () => {
    fc.assert(
      fc.property(text, SEP, value, SEP, text, (before, s1, v, s2, after) => {
        const s = sensitive(mulberry32(v.seed), v.kind);
        const ctx = s.ctx ? `${s.ctx[v.lang]} ` : '';
        const prefix = `${before}${s1}${ctx}`;
        const suffix = `${s2}${after}`;
        const out = maskText(`${prefix}${s.written}${suffix}`).text;
        // Judge only what replaced the value: the filler around it may share digits with it by chance.
        expect(leaks(out.slice(prefix.length, out.length - suffix.length), s)).toBe(false);
        expect(out.startsWith(prefix)).toBe(true);
        expect(out.endsWith(suffix)).toBe(true);
      }),
      { numRuns: 600 },
    );
  });

  it('is idempotent on arbitrary text: masking masked text changes nothing and finds nothing', () => {
    const mixed = fc.array(
      fc.oneof(
        fc.string({ maxLength: 12 }),
        fc.constantFrom(...FILLER),
        value.map((v) => sensitive(mulberry32(v.seed), v.kind).written),
        fc.stringMatching(/^[0-9 -]{0,24}$/),
      ),
      { maxLength: 8 },
    );
    fc.assert(
      fc.property(mixed, (parts) => {
        const once = maskText(parts.join('')).text;
        expect(maskText(once)).toEqual({ text: once, findings: [] });
      }),
      { numRuns: 800 },
    );
  });

  it('offsets point into the original and every character outside findings is kept', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.string(),
            value.map((v) => sensitive(mulberry32(v.seed), v.kind).written),
          ),
        ),
        (parts) => {
          const input = parts.join(' ');
          const r = maskText(input);
          let rebuilt = '';
          let pos = 0;
          for (const f of r.findings) {
            expect(f.start).toBeGreaterThanOrEqual(pos);
            rebuilt += input.slice(pos, f.start) + f.replacement;
            pos = f.end;
          }
          expect(rebuilt + input.slice(pos)).toBe(r.text);
        },
      ),
      { numRuns: 400 },
    );
  });
});
