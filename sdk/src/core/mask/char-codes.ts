// The code units the masking scanners compare against, by name. Plain numeric consts (the compiled
// comparisons are the same as with literals) in a file of their own, apart from the scanners' class
// table, so that a small module can read a few without pulling the scanners in.

// ASCII code units.
export const LF = 10;
export const SPACE = 32;
export const QUOTE = 34; // "
export const PERCENT = 37;
export const APOS = 39; // '
export const PLUS = 43;
export const HYPHEN = 45;
export const DOT = 46;
export const SLASH = 47;
export const ZERO = 48;
export const NINE = 57;
export const COLON = 58;
export const EQUALS = 61;
export const AT = 64; // @
export const UPPER_A = 65;
export const UPPER_F = 70;
export const UPPER_Z = 90;
export const LBRACKET = 91; // [
export const UNDERSCORE = 95;
export const LOWER_A = 97;
export const LOWER_F = 102;
export const LOWER_O = 111;
export const LOWER_X = 120;
export const LOWER_Z = 122;
export const DEL = 127;
/** ASCII letters differ in this bit only: `(c | CASE_BIT) === LOWER_O` is 'o' or 'O'. */
export const CASE_BIT = 32;

// Chinese punctuation and its full-width forms (normalize.ts folds most full-width ASCII; these stay as
// typed where the scanners read them as clause breaks or separators).
export const IDEOGRAPHIC_FULL_STOP = 0x3002; // 。
export const FULLWIDTH_COLON = 0xff1a; // ：

// The characters of the Chinese secret words (密码 口令 密钥 秘钥 令牌).
export const MI = 0x5bc6; // 密
export const KOU = 0x53e3; // 口
export const MI_SECRET = 0x79d8; // 秘
export const LING = 0x4ee4; // 令
export const MA = 0x7801; // 码
export const YAO = 0x94a5; // 钥
export const PAI = 0x724c; // 牌
// The words between a Chinese secret word and its value (密码是 xxx, 密钥为 xxx).
export const SHI = 0x662f; // 是
export const WEI = 0x4e3a; // 为

/** A UTF-16 high (leading) surrogate. */
export function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

/** A UTF-16 low (trailing) surrogate: the second code unit of a pair. */
export function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** `s.charCodeAt(i)`, or 0 outside the string (no recognizer reads NUL). A charCodeAt call site that once
 *  reads past either end is compiled as a generic call from then on: 2.5-3.5x slower per read in a
 *  Node 20 loop. Sites that look one past a token (`e`, `e + 1`, `i - 1`) read through this instead. */
export function codeAt(s: string, i: number): number {
  return i >= 0 && i < s.length ? s.charCodeAt(i) : 0;
}

/** ASCII upper case to lower case; everything else as it is. */
export function lowerAscii(c: number): number {
  return c >= UPPER_A && c <= UPPER_Z ? c + CASE_BIT : c;
}
