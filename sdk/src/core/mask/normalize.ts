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
  if (c < 0xa0) return -2;
  if (c >= 0xff01 && c <= 0xff5e) return c - 0xfee0; // full-width ASCII forms
  if (c === 0x3000 || c === 0xa0 || c === 0x202f || c === 0x2007) return 0x20; // ideographic / no-break spaces
  if ((c >= 0x200b && c <= 0x200f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2060 && c <= 0x2069)) return -1;
  if (c === 0xfeff || c === 0xad || c === 0x61c || c === 0x180e || c === 0x34f) return -1;
  if ((c >= 0x2010 && c <= 0x2015) || c === 0x2212 || c === 0xfe63) return 0x2d; // dashes and minus
  return -2;
}

export function normalize(text: string): Normalized {
  const n = text.length;
  let i = 0;
  while (i < n && fold(text.charCodeAt(i)) === -2) i++;
  if (i === n) return { norm: text, map: null };
  const out = new Uint16Array(n);
  const map = new Int32Array(n + 1);
  let k = 0;
  for (let j = 0; j < i; j++) {
    out[k] = text.charCodeAt(j);
    map[k++] = j;
  }
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    const f = fold(c);
    if (f === -1) continue;
    out[k] = f === -2 ? c : f;
    map[k++] = i;
  }
  map[k] = n;
  let norm = '';
  for (let j = 0; j < k; j += 4096) {
    norm += String.fromCharCode.apply(null, out.subarray(j, Math.min(k, j + 4096)) as unknown as number[]);
  }
  return { norm, map };
}

/** Original [start, end) of the norm span [s, e). */
export function toOriginal(map: Int32Array | null, s: number, e: number): [number, number] {
  if (!map) return [s, e];
  return [map[s]!, map[e - 1]! + 1];
}
