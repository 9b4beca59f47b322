// normalize reuses its buffers from call to call: what a longer text left in them must never reach a
// shorter one's result, on the short path and on the long (chunked) one.
import { describe, expect, it } from 'vitest';
import { normalize } from './normalize.js';

describe('normalize', () => {
  it('folds each text on its own, whatever the texts before it were', () => {
    const texts = [
      `${'Ａ'.repeat(9000)}１`,
      `${'ｂ'.repeat(5000)}\u200b２`,
      `ｃ\u200b${'d'.repeat(4095)}`,
      '３\u200b4',
      `${'ｅ'.repeat(200)}`,
      '６',
    ];
    const expected = [
      `${'A'.repeat(9000)}1`,
      `${'b'.repeat(5000)}2`,
      `c${'d'.repeat(4095)}`,
      '34',
      'e'.repeat(200),
      '6',
    ];
    for (let round = 0; round < 2; round++)
      texts.forEach((t, i) => {
        const r = normalize(t);
        expect(r.norm).toBe(expected[i]);
        expect(r.map?.[r.norm.length]).toBe(t.length);
      });
  });
});
