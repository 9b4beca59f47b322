// Check digits and date plausibility used to tell real identifiers from look-alikes (docs/domain.md section 4).
import { UPPER_A, ZERO } from './char-codes.js';

/** Luhn over an ASCII digit string. */
export function luhn(d: string): boolean {
  let sum = 0;
  let dbl = false;
  for (let i = d.length - 1; i >= 0; i--) {
    let v = d.charCodeAt(i) - ZERO;
    if (dbl) {
      v *= 2;
      if (v > 9) v -= 9;
    }
    sum += v;
    dbl = !dbl;
  }
  return sum % 10 === 0;
}

const GB_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const GB_CHECK = '10X98765432';

/** GB 11643: 17 digits + check character ('X' for 10), weights and table from the standard. */
export function gb11643(id: string): boolean {
  if (id.length !== 18) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (id.charCodeAt(i) - ZERO) * GB_WEIGHTS[i]!;
  return GB_CHECK[sum % 11] === id[17]!.toUpperCase();
}

/** yyyyMMdd at offset, years 1900-2099. */
export function isDate(d: string, at = 0): boolean {
  const y = +d.slice(at, at + 4);
  const m = +d.slice(at + 4, at + 6);
  const day = +d.slice(at + 6, at + 8);
  return y >= 1900 && y <= 2099 && m >= 1 && m <= 12 && day >= 1 && day <= 31;
}

/** yyyyMMddHHmm or yyyyMMddHHmmss: a compact date-time, which must stay. */
export function isCompactDateTime(d: string): boolean {
  if ((d.length !== 12 && d.length !== 14) || !isDate(d)) return false;
  const h = +d.slice(8, 10);
  const mi = +d.slice(10, 12);
  const s = d.length === 14 ? +d.slice(12, 14) : 0;
  return h < 24 && mi < 60 && s < 60;
}

/** Unix epoch milliseconds between 2015 and 2035: a timestamp, which must stay. */
export function isEpochMs(d: string): boolean {
  if (d.length !== 13) return false;
  const v = +d;
  return v >= 1420070400000 && v <= 2051222400000;
}

/** Taiwan national ID: letter + [12] + 8 digits with the MOI checksum. */
export function twIdValid(id: string): boolean {
  const letters = 'ABCDEFGHJKLMNPQRSTUVXYWZIO';
  const li = letters.indexOf(id[0]!.toUpperCase());
  if (li < 0) return false;
  const code = li + 10;
  let sum = Math.floor(code / 10) + (code % 10) * 9;
  for (let i = 1; i < 9; i++) sum += (id.charCodeAt(i) - ZERO) * (9 - i);
  sum += id.charCodeAt(9) - ZERO;
  return sum % 10 === 0;
}

/**
 * Hong Kong identity card number, check character included (`A1234563`, `AB9876543`, `C668668A`): one or
 * two letters, six digits and a check digit or `A`. Weights 9..2 over the letters (A=10 ... Z=35; a
 * missing first letter counts 36) and the digits; the check makes the sum divisible by 11 (10 is `A`).
 */
export function hkIdValid(id: string): boolean {
  const m = /^([A-Z]{1,2})([0-9]{6})([0-9A])$/.exec(id);
  if (!m) return false;
  const letters = m[1]!;
  let sum = letters.length === 2 ? 0 : 36 * 9;
  for (let i = 0; i < letters.length; i++)
    // A letter's value: A = 10 ... Z = 35.
    sum += (letters.charCodeAt(i) - UPPER_A + 10) * (letters.length === 2 ? 9 - i : 8);
  const digits = m[2]!;
  for (let i = 0; i < 6; i++) sum += (digits.charCodeAt(i) - ZERO) * (7 - i);
  const check = m[3] === 'A' ? 10 : m[3]!.charCodeAt(0) - ZERO;
  return (sum + check) % 11 === 0;
}
