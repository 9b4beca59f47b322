// maskText (issue 3): normalize, run the linear scanners on the normalized text, keep non-overlapping
// candidates (earliest first, then the most specific), and splice replacements into the ORIGINAL text so
// everything around a finding stays byte for byte.
import type { Locale } from '../i18n/message.js';
import { type Candidate, PRI, type ScanContext } from './candidate.js';
import * as chars from './chars.js';
import { type NumToken, processChain } from './digits.js';
import { ELLIPSIS } from './masks.js';
import { normalize, toOriginal } from './normalize.js';
import { scanCjkSecrets, scanEmails, scanPem, scanUrlCredentials } from './special.js';
import type { Finding, MaskOptions, MaskResult } from './types.js';
import * as words from './words.js';

// Bound once: hot loops must not go through module-binding getters (seen in tsx/CJS builds).
const { cls } = chars;
const { classifyWord } = words;

/** Digits with single inner dashes and an optional final X (resident ids); null for any other token. */
function numericDigits(norm: string, s: number, e: number): string | null {
  let plain = true;
  for (let i = s; i < e; i++) {
    const c = norm.charCodeAt(i);
    if (c >= 48 && c <= 57) continue;
    if (c === 45 && norm.charCodeAt(i - 1) !== 45) plain = false;
    else if ((c === 88 || c === 120) && i === e - 1 && i - s >= 3) plain = false;
    else return null;
  }
  if (plain) return norm.slice(s, e);
  let d = '';
  let from = s;
  for (let i = s; i <= e; i++) {
    const c = i < e ? norm.charCodeAt(i) : 45;
    if (c === 45 || c === 88 || c === 120) {
      d += norm.slice(from, i);
      if (c !== 45) d += 'X';
      from = i + 1;
    }
  }
  return d;
}

/** Long chains are processed as they grow, keeping at most this many groups in memory. */
const CHAIN_BUFFER = 64;

export function scan(norm: string, locale: Locale, idField: boolean): Candidate[] {
  const ctx: ScanContext = { norm, out: [], locale, idField };
  scanPem(ctx);
  scanUrlCredentials(ctx);
  scanEmails(ctx);
  scanCjkSecrets(ctx);
  const n = norm.length;
  let chain: NumToken[] = [];
  let i = 0;
  while (i < n) {
    if (!cls(norm.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i + 1;
    // A run of dashes ends a token: `-----END PRIVATE KEY-----5121...` is two things, not one.
    while (j < n && cls(norm.charCodeAt(j)) && !(norm.charCodeAt(j) === 45 && norm.charCodeAt(j + 1) === 45))
      j++;
    let s = i;
    let e = j;
    while (s < e && norm.charCodeAt(s) === 45) s++;
    while (e > s && norm.charCodeAt(e - 1) === 45) e--;
    i = j;
    if (s === e) continue;
    const d = numericDigits(norm, s, e);
    if (d !== null) {
      const prev = chain[chain.length - 1];
      if (prev && !(s - prev.e === 1 && norm[prev.e] === ' ' && !prev.d.endsWith('X'))) {
        processChain(ctx, chain, true);
        chain = [];
      }
      chain.push({ s, e, d, dash: d.length !== e - s });
      if (chain.length >= CHAIN_BUFFER) chain = chain.slice(processChain(ctx, chain, false));
    } else {
      if (chain.length > 0) {
        processChain(ctx, chain, true);
        chain = [];
      }
      i = Math.max(j, classifyWord(ctx, s, e));
    }
  }
  if (chain.length > 0) processChain(ctx, chain, true);
  return ctx.out;
}

/**
 * Earliest start first; at the same start the most specific, then the longest. A candidate that runs past
 * the one kept before it keeps its tail masked (`…` + last 4) instead of being dropped, so nothing glued
 * to a finding survives.
 */
export function resolve(cands: Candidate[], norm: string): Candidate[] {
  cands.sort((a, b) => a.s - b.s || b.pri - a.pri || b.e - a.e);
  const kept: Candidate[] = [];
  let end = 0;
  for (const c of cands) {
    if (c.e <= c.s || c.e <= end) continue;
    if (c.s >= end) kept.push(c);
    else if (c.pri <= PRI.specific && c.e - end >= 8)
      kept.push({ ...c, s: end, rep: ELLIPSIS + norm.slice(c.e - 4, c.e) });
    else continue;
    end = c.e;
  }
  return kept;
}

export interface InternalOptions extends MaskOptions {
  /** Task/request id fields: look-alike numbers and codes stay. */
  idField?: boolean;
}

export function maskTextWith(text: string, options: InternalOptions = {}): MaskResult {
  // Free text is scanned with the same rules for both audiences (DOMAIN.md section 3); the audience
  // only changes structured fields (see field.ts).
  const { norm, map } = normalize(text);
  const kept = resolve(scan(norm, options.locale ?? 'zh-CN', options.idField === true), norm);
  if (kept.length === 0) return { text, findings: [] };
  const findings: Finding[] = [];
  let out = '';
  let pos = 0;
  for (const c of kept) {
    const [start, end] = toOriginal(map, c.s, c.e);
    out += text.slice(pos, start) + c.rep;
    pos = end;
    findings.push({ kind: c.kind, start, end, replacement: c.rep });
  }
  out += text.slice(pos);
  return { text: out, findings };
}

export function maskText(text: string, options?: MaskOptions): MaskResult {
  return maskTextWith(text, options);
}
