// ASCII character classes for the single-pass scanners (no regex backtracking on input-sized strings).
import {
  AT,
  DOT,
  EQUALS,
  HYPHEN,
  LOWER_A,
  LOWER_F,
  LOWER_Z,
  lowerAscii,
  NINE,
  PERCENT,
  PLUS,
  SLASH,
  UNDERSCORE,
  UPPER_A,
  UPPER_F,
  UPPER_Z,
  ZERO,
} from './char-codes.js';

export const DIGIT = 1;
export const UPPER = 2;
export const LOWER = 4;
export const UNDER = 8;
export const DASH = 16;
export const WORD = DIGIT | UPPER | LOWER | UNDER | DASH;
export const ALNUM = DIGIT | UPPER | LOWER;

const TABLE = new Uint8Array(128);
for (let c = ZERO; c <= NINE; c++) TABLE[c] = DIGIT;
for (let c = UPPER_A; c <= UPPER_Z; c++) TABLE[c] = UPPER;
for (let c = LOWER_A; c <= LOWER_Z; c++) TABLE[c] = LOWER;
TABLE[UNDERSCORE] = UNDER;
TABLE[HYPHEN] = DASH;

export function cls(c: number): number {
  return c < 128 ? TABLE[c]! : 0;
}

export function isHex(c: number): boolean {
  return (c >= ZERO && c <= NINE) || (c >= LOWER_A && c <= LOWER_F) || (c >= UPPER_A && c <= UPPER_F);
}

/** Case-insensitive ASCII prefix test at `at` without allocating. `p` must be lower case. */
export function startsCI(s: string, at: number, p: string): boolean {
  if (at + p.length > s.length) return false;
  for (let i = 0; i < p.length; i++) {
    if (lowerAscii(s.charCodeAt(at + i)) !== p.charCodeAt(i)) return false;
  }
  return true;
}

/** Characters of tokens, addresses and values: a mask edge of one of these can glue to its neighbour. */
export function edge(c: number): boolean {
  return cls(c) !== 0 || c === AT || c === DOT || c === PLUS || c === PERCENT || c === SLASH || c === EQUALS;
}
