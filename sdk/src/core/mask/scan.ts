// The token pass: marker recognizers first, then one left-to-right pass over the normalized text
// that cuts it into word tokens ([A-Za-z0-9_-] runs) and digit chains and classifies each. Every token is
// read a bounded number of times, so the pass is linear.

import type { Locale } from '../i18n/message.js';
import type { ScanContext } from './candidate.js';
import {
  CASE_BIT,
  codeAt,
  HYPHEN,
  KOU,
  LING,
  LOWER_X,
  MI,
  MI_SECRET,
  NINE,
  SPACE,
  ZERO,
} from './char-codes.js';
import { cls, DASH, DIGIT, LOWER, UNDER, UPPER } from './chars.js';
import { type NumToken, processChain } from './digits.js';
import { cjkSecret, cjkSecretAt, scanMarkers } from './special.js';
import { classifyWord, plainWordMatters } from './words.js';

/** Digits with single inner dashes and an optional final X (resident ids); null for any other token. */
function numericDigits(norm: string, s: number, e: number): string | null {
  let plain = true;
  for (let i = s; i < e; i++) {
    const c = norm.charCodeAt(i);
    if (c >= ZERO && c <= NINE) continue;
    if (c === HYPHEN && norm.charCodeAt(i - 1) !== HYPHEN) plain = false;
    else if ((c | CASE_BIT) === LOWER_X && i === e - 1 && i - s >= 3) plain = false;
    else return null;
  }
  if (plain) return norm.slice(s, e);
  let d = '';
  let from = s;
  for (let i = s; i <= e; i++) {
    const c = i < e ? norm.charCodeAt(i) : HYPHEN;
    if (c === HYPHEN || (c | CASE_BIT) === LOWER_X) {
      d += norm.slice(from, i);
      if (c !== HYPHEN) d += 'X';
      from = i + 1;
    }
  }
  return d;
}

/** Long chains are processed as they grow, keeping at most this many groups in memory. */
const CHAIN_BUFFER = 64;

export function scan(
  norm: string,
  locale: Locale,
  idField: boolean,
  src: string = norm,
  map: Int32Array | null = null,
): ScanContext {
  const ctx: ScanContext = { norm, src, map, out: [], locale, idField, decided: [], maxEnd: 0 };
  // Marker decisions (a payment word before an address) come before the token pass has found what lies
  // to their left: keep them all.
  ctx.maxEnd = Number.POSITIVE_INFINITY;
  const spans = scanMarkers(ctx);
  ctx.maxEnd = 0;
  for (const c of ctx.out) if (c.e > ctx.maxEnd) ctx.maxEnd = c.e;
  const n = norm.length;
  let chain: NumToken[] = [];
  let sp = 0;
  let i = 0;
  while (i < n) {
    const c0 = norm.charCodeAt(i);
    if (!cls(c0)) {
      // The first characters of the Chinese secret words.
      if ((c0 === MI || c0 === KOU || c0 === MI_SECRET || c0 === LING) && cjkSecretAt(norm, i, c0))
        cjkSecret(ctx, i);
      i++;
      continue;
    }
    // A token that starts inside an address belongs to it; scanning resumes at the address's end, so a
    // JWT glued after `gmail.com` is still read from its own start.
    while (sp < spans.length && spans[sp + 1]! <= i) sp += 2;
    if (sp < spans.length && spans[sp]! <= i) {
      if (chain.length > 0) {
        processChain(ctx, chain, true);
        chain = [];
      }
      i = spans[sp + 1]!;
      continue;
    }
    // A PEM boundary (5 dashes) ends a token: `-----END PRIVATE KEY-----5121...` is two things, not one.
    // Shorter dash runs stay inside (openids and sk-ant keys contain `--`, `---`). `m` collects the
    // token's character classes so the classifier can skip plain words.
    let m = cls(c0);
    let j = i + 1;
    for (; j < n; j++) {
      const c = norm.charCodeAt(j);
      const k = cls(c);
      if (k === 0 || (c === HYPHEN && norm.startsWith('-----', j))) break;
      m |= k;
    }
    let s = i;
    let e = j;
    while (s < e && norm.charCodeAt(s) === HYPHEN) s++;
    while (e > s && norm.charCodeAt(e - 1) === HYPHEN) e--;
    i = j;
    if (s === e) continue;
    // Digits only: the token itself, cut from norm only once kept (most numbers in messages are short
    // and dropped: '' until then); digits with dashes or a final X: read them; anything else is a word.
    const d =
      m === DIGIT
        ? ''
        : (m & ~(DIGIT | DASH | UPPER | LOWER)) === 0 && m & DIGIT
          ? numericDigits(norm, s, e)
          : null;
    if (d !== null) {
      // Not chain[chain.length - 1]: index -1 of an empty array is a slow named-property lookup.
      const prev = chain.length > 0 ? chain[chain.length - 1]! : undefined;
      if (prev && !(s - prev.e === 1 && norm[prev.e] === ' ' && !prev.d.endsWith('X'))) {
        processChain(ctx, chain, true);
        chain = [];
      }
      // A short number on its own (`50`, `10:30`) is nothing: only chains of 8+ digits are.
      if (
        chain.length === 0 &&
        (d ? d.length : e - s) < 8 &&
        !(codeAt(norm, e) === SPACE && cls(codeAt(norm, e + 1)) === DIGIT)
      )
        continue;
      chain.push(d ? { s, e, d, dash: d.length !== e - s } : { s, e, d: norm.slice(s, e), dash: false });
      if (chain.length >= CHAIN_BUFFER) chain = chain.slice(processChain(ctx, chain, false));
    } else {
      if (chain.length > 0) {
        processChain(ctx, chain, true);
        chain = [];
      }
      if ((m & (DIGIT | DASH | UNDER)) === 0 && !plainWordMatters(norm, s, e)) continue;
      i = Math.max(j, classifyWord(ctx, s, e, m));
    }
  }
  if (chain.length > 0) processChain(ctx, chain, true);
  return ctx;
}
