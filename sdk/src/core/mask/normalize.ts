// Normalization before matching (issue 3): full-width forms to ASCII, zero-width and bidi controls removed,
// typographic dashes to '-'. Recognizers run on `norm`; `map` turns a norm offset back into an offset in
// the ORIGINAL input, so text around a finding is copied byte for byte.

export interface Normalized {
  norm: string;
  /** norm index -> original index; null when norm === original (the common case). */
  map: Int32Array | null;
}

/** Returns the ASCII replacement (>= 0), -1 to drop the code unit, or -2 to keep it as is. */
function fold(c: number): number {
  if (c < 0xa0 || (c > 0x3000 && c < 0xfe00)) return -2; // ASCII and CJK: the common case
  if (c >= 0xff01 && c <= 0xff5e) return c - 0xfee0; // full-width ASCII forms
  if (c === 0x3000 || c === 0xa0 || c === 0x202f || c === 0x2007) return 0x20; // ideographic / no-break spaces
  if ((c >= 0x200b && c <= 0x200f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2060 && c <= 0x2069)) return -1;
  if (c === 0xfeff || c === 0xad || c === 0x61c || c === 0x180e || c === 0x34f) return -1;
  if ((c >= 0x2010 && c <= 0x2015) || c === 0x2212 || c === 0xfe63) return 0x2d; // dashes and minus
  return -2;
}

/** Does `fold` change any code unit, Chinese sentence punctuation (`，：；！？`) aside? Every recognizer reads
 *  those like their ASCII forms, so a text whose only full-width characters they are is used as it is
 *  (most Chinese messages); when anything else folds, they fold too. */
function needsFold(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xa0 || (c > 0x3000 && c < 0xfe63)) continue;
    if (c === 0xff0c || c === 0xff1a || c === 0xff1b || c === 0xff01 || c === 0xff1f) continue;
    if (fold(c) !== -2) return true;
  }
  return false;
}

/** The code units `fold` changes one for one. */
const FOLDED_ALL = /[\xa0\u2007\u2010-\u2015\u202f\u2212\u3000\ufe63\uff01-\uff5e]/g;
/** The code units `fold` drops: only these shift offsets. */
// biome-ignore lint/suspicious/noMisleadingCharacterClass: code units are matched one by one on purpose (U+034F alone is dropped)
const DROPPED = /[\xad\u034f\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/;

const foldOne = (ch: string) => String.fromCharCode(fold(ch.charCodeAt(0)));

let scratch = new Int32Array(1024);
let codes = new Uint16Array(1024);

/** `map` (when not null) is valid until the next call. */
export function normalize(text: string): Normalized {
  const n = text.length;
  if (!needsFold(text)) return { norm: text, map: null };
  // Chinese punctuation (`，：`) and full-width forms fold one code unit to one: offsets do not move.
  if (!DROPPED.test(text)) return { norm: text.replace(FOLDED_ALL, foldOne), map: null };
  // Fold into a code buffer and build the string once (many small slices would make a deep rope). Both
  // buffers are scratch space reused by the next call: allocating typed arrays per message costs more
  // than the fold.
  if (scratch.length <= n) {
    scratch = new Int32Array(Math.max(n + 1, scratch.length * 2));
    codes = new Uint16Array(scratch.length);
  }
  const map = scratch;
  let k = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const f = c < 0xa0 ? -2 : fold(c);
    if (f === -1) continue;
    codes[k] = f === -2 ? c : f;
    map[k++] = i;
  }
  map[k] = n;
  let norm = '';
  for (let a = 0; a < k; a += 4096)
    norm += String.fromCharCode.apply(null, codes.subarray(a, Math.min(k, a + 4096)) as unknown as number[]);
  return { norm, map };
}
