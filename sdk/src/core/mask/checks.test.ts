import { describe, expect, it } from 'vitest';
import { hkIdValid } from './checks.js';

describe('hkIdValid', () => {
  it('accepts an HK identity card number only with its right check character', () => {
    expect(hkIdValid('A1234563')).toBe(true);
    expect(hkIdValid('AB9876543')).toBe(true);
    for (const bad of ['A1234567', 'AB1234567', 'a1234563', 'A123456', 'ABC1234563', 'A12345634'])
      expect(hkIdValid(bad), bad).toBe(false);
    // exactly one check character of the eleven fits
    const fits = [...'0123456789A'].filter((c) => hkIdValid(`C668668${c}`));
    expect(fits).toHaveLength(1);
  });
});
