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

/** The code units `fold` changes, except Chinese sentence punctuation (`，：；！？`): every recognizer reads
 *  those like their ASCII forms, so a text whose only full-width characters they are is used as it is
 *  (most Chinese messages). When anything else folds, they fold too. A native search finds the first. */
const FOLDED =
  // biome-ignore lint/suspicious/noMisleadingCharacterClass: code units are matched one by one on purpose (U+034F alone is dropped)
  /[\xa0\xad\u034f\u061c\u180e\u2007\u200b-\u2015\u202a-\u202f\u2060-\u2069\u2212\u3000\ufe63\ufeff\uff02-\uff0b\uff0d-\uff19\uff1c-\uff1e\uff20-\uff5e]/;

const FOLDED_ALL =
  // biome-ignore lint/suspicious/noMisleadingCharacterClass: as above
  /[\xa0\u2007\u2010-\u2015\u202f\u2212\u3000\ufe63\uff01-\uff5e]/g;
/** The code units `fold` drops: only these shift offsets. */
// biome-ignore lint/suspicious/noMisleadingCharacterClass: as above, one code unit at a time
const DROPPED = /[\xad\u034f\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/;

const foldOne = (ch: string) => String.fromCharCode(fold(ch.charCodeAt(0)));

let scratch = new Int32Array(1024);

/** `map` (when not null) is valid until the next call. */
export function normalize(text: string): Normalized {
  const n = text.length;
  if (!FOLDED.test(text)) return { norm: text, map: null };
  // Chinese punctuation (`，：`) and full-width forms fold one code unit to one: offsets do not move.
  if (!DROPPED.test(text)) return { norm: text.replace(FOLDED_ALL, foldOne), map: null };
  // Copy unchanged runs as slices (cheap rope concatenation), fold or drop the rest. The map is a scratch
  // buffer reused by the next call (allocating a typed array per message costs more than the fold).
  if (scratch.length <= n) scratch = new Int32Array(Math.max(n + 1, scratch.length * 2));
  const map = scratch;
  let norm = '';
  let k = 0;
  let run = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const f = c < 0xa0 ? -2 : fold(c);
    if (f === -2) {
      map[k++] = i;
      continue;
    }
    norm += text.slice(run, i);
    run = i + 1;
    if (f === -1) continue;
    norm += String.fromCharCode(f);
    map[k++] = i;
  }
  norm += text.slice(run);
  map[k] = n;
  return { norm, map };
}

/** Original [start, end) of the norm span [s, e). */
export function toOriginal(map: Int32Array | null, s: number, e: number): [number, number] {
  if (!map) return [s, e];
  return [map[s]!, map[e - 1]! + 1];
}
