// Normalization before matching: full-width forms to ASCII, every Unicode decimal digit (Nd:
// Arabic-Indic ٠١٢, Devanagari, mathematical 𝟏, ...) to ASCII 0-9, combining marks, zero-width and bidi
// controls removed, typographic dashes to '-'. Recognizers run on `norm`; `map` turns a norm offset back into an offset in
// the ORIGINAL input, so text around a finding is copied byte for byte.
import { HYPHEN, isHighSurrogate, SPACE, ZERO } from './char-codes.js';

export interface Normalized {
  norm: string;
  /** norm index -> original index; null when norm === original (the common case). */
  map: Int32Array | null;
}

/** The zero of each run of ten decimal digits (Unicode 16 `\p{Nd}`) in the BMP, ASCII and full-width aside
 *  (0x660 Arabic-Indic, 0x6f0, 0x7c0, 0x966 Devanagari, ... 0xabf0), each as its distance from the one
 *  before: the widget ships these, and the differences compress better than the code points. */
const ND_STEPS = [
  1632, 144, 208, 422, 128, 128, 128, 128, 128, 128, 128, 128, 128, 106, 128, 80, 288, 80, 1872, 48, 310, 138,
  176, 16, 192, 96, 144, 16, 35280, 688, 48, 208, 32, 96, 416,
];
/** The same outside the BMP (as surrogate pairs; 0x104a0 Osmanya ... 0x1fbf0), 0x1d7ce aside: it starts
 *  five runs (mathematical bold, double-struck, ...). */
const ND_ASTRAL_STEPS = [
  66720, 2192, 16, 806, 138, 70, 154, 288, 352, 128, 384, 112, 16, 96, 432, 112, 672, 96, 256, 80, 64, 368,
  16864, 2352, 96, 144, 544, 24448, 5200, 432, 512, 257, 863, 4768,
];
/** Running sums: the zeros themselves. */
function zeros(steps: number[]): number[] {
  let z = 0;
  return steps.map((d) => (z += d));
}
const ND_ASTRAL_ZEROS = zeros(ND_ASTRAL_STEPS);
/** BMP code unit -> 1 + its digit value (0: not a digit). */
const ND = new Uint8Array(0xac00);
for (const z of zeros(ND_STEPS)) for (let d = 0; d < 10; d++) ND[z + d] = d + 1;

/** The digit value of an astral code point, or -1. */
function astralDigit(cp: number): number {
  if (cp >= 0x1d7ce && cp <= 0x1d7ff) return (cp - 0x1d7ce) % 10;
  for (const z of ND_ASTRAL_ZEROS) if (cp >= z && cp < z + 10) return cp - z;
  return -1;
}

/** Combining marks drawn over or under a character (`1̲3̲8̲`): dropped so the digits read as one number. */
const isMark = (c: number) =>
  (c >= 0x300 && c <= 0x36f) ||
  (c >= 0x483 && c <= 0x489) ||
  (c >= 0x1ab0 && c <= 0x1aff) ||
  (c >= 0x1dc0 && c <= 0x1dff) ||
  (c >= 0x20d0 && c <= 0x20ff) ||
  (c >= 0xfe20 && c <= 0xfe2f);

/** Returns the ASCII replacement (>= 0), -1 to drop the code unit, or -2 to keep it as is. */
function fold(c: number): number {
  if (c < 0xa0 || (c > 0x3000 && c < 0xa620)) return -2; // ASCII and CJK: the common case
  if (c >= 0xff01 && c <= 0xff5e) return c - 0xfee0; // full-width ASCII forms
  if (c === 0x3000 || c === 0xa0 || c === 0x202f || c === 0x2007) return SPACE; // ideographic / no-break spaces
  if ((c >= 0x200b && c <= 0x200f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2060 && c <= 0x2069)) return -1;
  if (c === 0xfeff || c === 0xad || c === 0x61c || c === 0x180e || c === 0x34f) return -1;
  if ((c >= 0x2010 && c <= 0x2015) || c === 0x2212 || c === 0xfe63) return HYPHEN; // dashes and minus
  if (isMark(c)) return -1;
  if (c < 0xac00 && ND[c]) return 0x2f + ND[c]!; // other decimal digits
  return -2;
}

/** An astral decimal digit starting at i (a surrogate pair): its ASCII digit, or -1. */
function astralAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (!isHighSurrogate(c)) return -1;
  const d = astralDigit(text.codePointAt(i) ?? 0);
  return d < 0 ? -1 : ZERO + d;
}

/** The code units that may fold: all but ASCII below 0xa0, CJK (0x3001-0xa61f) and the Chinese sentence
 *  punctuation `，：；！？`. Every recognizer reads those like their ASCII forms, so a text whose only
 *  full-width characters they are is used as it is, as most Chinese messages are. Irregexp finds the
 *  next one in half the time of a charCodeAt loop (0.12 vs 0.27 us per bench message). */
const MAY_FOLD = /[^\x00-\x9f\u3001-\ua61f\uff01\uff0c\uff1a\uff1b\uff1f]/g;

/** Does `fold` change a code unit of the text (the punctuation above aside)? Then every unit is folded,
 *  the punctuation too. (A separate one-for-one path, `replace` without a map, served 3 of the 1800
 *  bench messages: the buffer path builds the same text with an identity map.) */
function needsFold(text: string): boolean {
  MAY_FOLD.lastIndex = 0;
  while (MAY_FOLD.test(text)) {
    const i = MAY_FOLD.lastIndex - 1;
    if (fold(text.charCodeAt(i)) !== -2 || astralAt(text, i) >= 0) return true;
  }
  return false;
}

let scratch = new Int32Array(1024);
/** The folded code units. A plain array, not a Uint16Array: `String.fromCharCode.apply` spreads it
 *  more than twice as fast (150 units: 0.5 vs 1.2 us, Node 20). */
const units: number[] = [];

/** `map` (when not null) is valid until the next call. */
export function normalize(text: string): Normalized {
  const n = text.length;
  if (!needsFold(text)) return { norm: text, map: null };
  // Fold into a code buffer and build the string once (many small slices would make a deep rope). Both
  // buffers are scratch space reused by the next call: allocating them per message costs more than the
  // fold. ASCII and CJK, most of any text, are copied before any other test.
  if (scratch.length <= n) scratch = new Int32Array(Math.max(n + 1, scratch.length * 2));
  const map = scratch;
  let k = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xa0 || (c > 0x3000 && c < 0xa620)) {
      units[k] = c;
      map[k++] = i;
      continue;
    }
    const a = isHighSurrogate(c) ? astralAt(text, i) : -1;
    if (a >= 0) {
      // A digit written as a surrogate pair: one ASCII digit, mapped to the pair's first unit (the
      // engine extends a finding's end over the second).
      units[k] = a;
      map[k++] = i++;
      continue;
    }
    const f = fold(c);
    if (f === -1) continue;
    units[k] = f === -2 ? c : f;
    map[k++] = i;
  }
  map[k] = n;
  units.length = k;
  let norm = '';
  if (k <= 4096) return { norm: String.fromCharCode.apply(null, units), map };
  // Long texts in chunks: apply puts every unit on the stack.
  for (let a = 0; a < k; a += 4096) norm += String.fromCharCode.apply(null, units.slice(a, a + 4096));
  return { norm, map };
}
