// ASCII character classes for the single-pass scanners (no regex backtracking on input-sized strings).
export const DIGIT = 1;
export const UPPER = 2;
export const LOWER = 4;
export const UNDER = 8;
export const DASH = 16;
export const WORD = DIGIT | UPPER | LOWER | UNDER | DASH;
export const ALNUM = DIGIT | UPPER | LOWER;

const TABLE = new Uint8Array(128);
for (let c = 48; c <= 57; c++) TABLE[c] = DIGIT;
for (let c = 65; c <= 90; c++) TABLE[c] = UPPER;
for (let c = 97; c <= 122; c++) TABLE[c] = LOWER;
TABLE[95] = UNDER;
TABLE[45] = DASH;

export function cls(c: number): number {
  return c < 128 ? TABLE[c]! : 0;
}

export function isHex(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
}

/** Case-insensitive ASCII prefix test at `at` without allocating. `p` must be lower case. */
export function startsCI(s: string, at: number, p: string): boolean {
  if (at + p.length > s.length) return false;
  for (let i = 0; i < p.length; i++) {
    let c = s.charCodeAt(at + i);
    if (c >= 65 && c <= 90) c += 32;
    if (c !== p.charCodeAt(i)) return false;
  }
  return true;
}

/** Characters of tokens, addresses and values: a mask edge of one of these can glue to its neighbour. */
export function edge(c: number): boolean {
  return cls(c) !== 0 || c === 64 || c === 46 || c === 43 || c === 37 || c === 47 || c === 61;
}
