import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { unstorableAt } from '../ticket/intake.js';
import {
  DISPLAY_MAX,
  displayMessage,
  displayText,
  forceGraphemeFallback,
  graphemeCount,
  neutralizeBidi,
  shorten,
  stripBidi,
  ticketText,
} from './limit.js';

const FAMILY = '👨‍👩‍👧‍👦'; // 7 code points, 11 UTF-16 units, one grapheme
const FLAG = '🇨🇳';
const E_ACUTE = 'e\u0301';
const LONE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

for (const mode of ['Intl.Segmenter', 'fallback'] as const) {
  describe(`shortening by grapheme (${mode})`, () => {
    afterEach(() => forceGraphemeFallback(false));
    const setup = () => forceGraphemeFallback(mode === 'fallback');

    it('never cuts inside an emoji, a flag or a letter with its combining mark', () => {
      setup();
      expect(shorten(`${'a'.repeat(38)}${FAMILY}${FAMILY}tail`, 40)).toBe(`${'a'.repeat(38)}${FAMILY}…`);
      expect(shorten(FLAG.repeat(50), 40)).toBe(`${FLAG.repeat(39)}…`);
      expect(shorten(E_ACUTE.repeat(45), 40)).toBe(`${E_ACUTE.repeat(39)}…`);
      expect(shorten('爱丽丝 🐱', 40)).toBe('爱丽丝 🐱');
      // exactly max graphemes (but more UTF-16 units): kept whole
      expect(shorten(FAMILY.repeat(40), 40)).toBe(FAMILY.repeat(40));
      expect(graphemeCount(shorten(FAMILY.repeat(41), 40))).toBe(40);
    });

    it('cuts a 100 KB unbroken value as cheaply as a short one, to a whole grapheme', () => {
      setup();
      for (const unit of ['topupdoctor', FAMILY, FLAG, E_ACUTE, '6222 ', '\ud800']) {
        const long = unit.repeat(Math.ceil(100_000 / unit.length));
        const cut = shorten(long, DISPLAY_MAX);
        expect(graphemeCount(cut)).toBeLessThanOrEqual(DISPLAY_MAX);
        expect(cut.endsWith('…')).toBe(true);
        if (unit !== '\ud800') expect(cut).not.toMatch(LONE);
      }
      // a single pathological cluster (a base with 5,000 combining marks) is cut, not kept whole
      const zalgo = `a${'\u0301'.repeat(5000)}b`;
      expect(shorten(zalgo, 10).length).toBeLessThan(500);
    });

    it('bounds UTF-16 units for a schema, by grapheme (tickets)', () => {
      setup();
      const t = ticketText(FAMILY.repeat(100), 300);
      expect(t.length).toBeLessThanOrEqual(300);
      expect(t).not.toMatch(LONE);
      expect(t).toBe(`${FAMILY.repeat(27)}…`);
      fc.assert(
        fc.property(
          fc.string({ unit: 'grapheme', maxLength: 200 }),
          fc.integer({ min: 2, max: 80 }),
          (s, n) => {
            const cut = ticketText(s, n);
            expect(cut.length).toBeLessThanOrEqual(n);
            if (!LONE.test(s)) expect(unstorableAt(cut)).toBe(-1);
            if (cut !== s) expect(s.startsWith(cut.slice(0, -1))).toBe(true);
          },
        ),
      );
    });
  });
}

describe('bidi controls', () => {
  it('are shown as inert markers, so they cannot reorder the text around them', () => {
    expect(neutralizeBidi('\u202eevil\u202c')).toBe('[U+202E]evil[U+202C]');
    expect(neutralizeBidi('a\u2066b\u2069\u200f\u200e\u061c')).toBe(
      'a[U+2066]b[U+2069][U+200F][U+200E][U+061C]',
    );
    for (const c of '\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c')
      expect(neutralizeBidi(`x${c}y`)).not.toContain(c);
    expect(stripBidi('a\u202eb\u2069')).toBe('ab');
    // other text untouched (Arabic letters, ZWJ in emoji)
    expect(neutralizeBidi(`مرحبا ${FAMILY}`)).toBe(`مرحبا ${FAMILY}`);
  });

  it('are neutralized in display text and message params; numbers pass', () => {
    expect(displayText(`\u202e${'x'.repeat(100)}`)).toBe(`[U+202E]${'x'.repeat(38)}…`);
    expect(displayMessage({ key: 'k', params: { name: '\u202eab', n: 3 } })).toEqual({
      key: 'k',
      params: { name: '[U+202E]ab', n: 3 },
    });
    const plain = { key: 'k' };
    expect(displayMessage(plain)).toBe(plain);
  });
});
