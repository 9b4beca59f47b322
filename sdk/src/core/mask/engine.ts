// maskText (issue 3): normalize, run the linear scanners on the normalized text, keep non-overlapping
// candidates (earliest first, then the most specific), and splice replacements into the ORIGINAL text so
// everything around a finding stays byte for byte.
import type { Locale } from '../i18n/message.js';
import { type Candidate, PRI, type ScanContext } from './candidate.js';
import { cls, DASH, DIGIT, LOWER, UNDER, UPPER } from './chars.js';
import { decidesAgain } from './context.js';
import { type NumToken, processChain } from './digits.js';
import { ELLIPSIS, maskEmail } from './masks.js';
import { normalize } from './normalize.js';
import { cjkSecret, cjkSecretAt, scanMarkers } from './special.js';
import type { Finding, MaskOptions, MaskResult } from './types.js';
import { classifyWord, plainWordMatters } from './words.js';

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
      // 密 口 秘 令: the first characters of the Chinese secret words.
      if ((c0 === 0x5bc6 || c0 === 0x53e3 || c0 === 0x79d8 || c0 === 0x4ee4) && cjkSecretAt(norm, i, c0))
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
      if (k === 0 || (c === 45 && norm.startsWith('-----', j))) break;
      m |= k;
    }
    let s = i;
    let e = j;
    while (s < e && norm.charCodeAt(s) === 45) s++;
    while (e > s && norm.charCodeAt(e - 1) === 45) e--;
    i = j;
    if (s === e) continue;
    // Digits only: the token itself; digits with dashes or a final X: read them; anything else is a word.
    const d =
      m === DIGIT
        ? norm.slice(s, e)
        : (m & ~(DIGIT | DASH | UPPER | LOWER)) === 0 && m & DIGIT
          ? numericDigits(norm, s, e)
          : null;
    if (d !== null) {
      const prev = chain[chain.length - 1];
      if (prev && !(s - prev.e === 1 && norm[prev.e] === ' ' && !prev.d.endsWith('X'))) {
        processChain(ctx, chain, true);
        chain = [];
      }
      // A short number on its own (`50`, `10:30`) is nothing: only chains of 8+ digits are.
      if (
        chain.length === 0 &&
        d.length < 8 &&
        !(norm.charCodeAt(e) === 32 && cls(norm.charCodeAt(e + 1)) === DIGIT)
      )
        continue;
      chain.push({ s, e, d, dash: d.length !== e - s });
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

/** The mask without its visible tail (`sk-…wxyz` -> `sk-…`), when that tail may be part of the next value. */
function stripTail(rep: string): string {
  let k = rep.length;
  while (k > 0 && (cls(rep.charCodeAt(k - 1)) || rep.charCodeAt(k - 1) === 32)) k--;
  return k > 0 ? rep.slice(0, k) : ELLIPSIS;
}

/**
 * Earliest start first; at the same start the most specific, then the longest. A candidate that overlaps
 * the one kept before it and runs past it is never dropped (its tail would be found by a second pass):
 * a more sensitive one takes over the whole span; otherwise its tail is masked on its own, and when the
 * tail is an address whose local part lies inside the kept finding, that finding shows no tail of its own.
 * Sets `glued` when anything overlapped, so the caller re-checks the output.
 */
export function resolve(cands: Candidate[], norm: string): { kept: Candidate[]; glued: boolean } {
  cands.sort((a, b) => a.s - b.s || b.pri - a.pri || b.e - a.e);
  const kept: Candidate[] = [];
  let end = 0;
  let glued = false;
  for (const c of cands) {
    if (c.e <= c.s || c.e <= end) continue;
    if (c.s >= end) {
      kept.push(c);
      end = c.e;
      continue;
    }
    const k = kept[kept.length - 1]!;
    if (c.pri > k.pri && c.pri > PRI.specific) {
      glued = true;
      kept[kept.length - 1] = { ...c, s: k.s };
      end = c.e;
      continue;
    }
    const tail = norm.slice(end, c.e);
    const at = c.kind === 'email' || c.kind === 'pay_account' ? tail.indexOf('@') : -2;
    if (at > 0) kept.push({ ...c, s: end, rep: c.kind === 'email' ? maskEmail(tail) : c.rep });
    else if (at === -2)
      kept.push({ ...c, s: end, rep: ELLIPSIS + (tail.length >= 8 ? norm.slice(c.e - 4, c.e) : '') });
    else {
      // The local part is inside k: k keeps none of it; the domain after it stays readable. A mask
      // without a visible tail (`https://***@host`) is already stable.
      // The address no longer cuts the tokens after it (`[JWT]@gmail.comG0214…`) when its end was glued.
      const rep = stripTail(k.rep);
      const f = norm.charCodeAt(c.e);
      if (rep !== k.rep || cls(f) || f === 64) glued = true;
      k.rep = rep;
      continue;
    }
    glued = true;
    end = c.e;
  }
  return { kept, glued };
}

export interface InternalOptions extends MaskOptions {
  /** Task/request id fields: look-alike numbers and codes stay. */
  idField?: boolean;
}

/** Characters of tokens, addresses and values: a mask edge of one of these can glue to its neighbour. */
function edge(c: number): boolean {
  return cls(c) !== 0 || c === 64 || c === 46 || c === 43 || c === 37 || c === 47 || c === 61;
}

/** Could the mask's first character (a word character) join what stands before it in a second pass? */
function gluedBefore(norm: string, s: number): boolean {
  const b = norm.charCodeAt(s - 1);
  if (b === 46) return cls(norm.charCodeAt(s - 2)) !== 0; // `x.` + mask; a sentence's '.' is no glue
  return edge(b) || (b === 32 && cls(norm.charCodeAt(s - 2)) === DIGIT);
}

/** Could the mask's last character join what follows it (`…~pwd` + `: value` is a key word again)? */
function gluedAfter(norm: string, e: number): boolean {
  const f = norm.charCodeAt(e);
  if (f === 46) return cls(norm.charCodeAt(e + 1)) !== 0;
  return edge(f) || f === 58 || f === 0xff1a || (f === 32 && cls(norm.charCodeAt(e + 1)) === DIGIT);
}

/** One pass. `again` says the output may hold something a second pass would find: a finding glued to a
 *  word character, an address character or a digit group, or overlapping candidates. */
function once(text: string, options: InternalOptions): MaskResult & { again: boolean } {
  const { norm, map } = normalize(text);
  const { out: cands, decided } = scan(norm, options.locale ?? 'zh-CN', options.idField === true, text, map);
  if (cands.length === 0) return { text, findings: [], again: false };
  const { kept, glued } = resolve(cands, norm);
  let again = glued;
  // A context decision whose window holds a finding may read differently once it is masked (`护照
  // <secret> E12345678`: the shorter mask brings 护照 into the window; a word inside a value is gone).
  for (let i = 0; i < decided.length && !again; i++) again = decidesAgain(norm, decided[i]!, kept);
  const findings: Finding[] = [];
  let out = '';
  let pos = 0;
  for (const c of kept) {
    const start = map ? map[c.s]! : c.s;
    const end = map ? map[c.e - 1]! + 1 : c.e;
    out += text.slice(pos, start) + c.rep;
    pos = end;
    findings.push({ kind: c.kind, start, end, replacement: c.rep });
    if (!again) {
      const r = c.rep;
      again =
        (edge(r.charCodeAt(0)) && gluedBefore(norm, c.s)) ||
        (edge(r.charCodeAt(r.length - 1)) && gluedAfter(norm, c.e));
    }
  }
  out += text.slice(pos);
  return { text: out, findings, again };
}

/**
 * Folds a second pass (offsets into r1.text) into the first (offsets into the original): a finding of
 * the second pass and every first-pass finding it touches become one finding of the original.
 */
function compose(r1: MaskResult, r2: MaskResult): MaskResult {
  const f1 = r1.findings;
  const f2 = r2.findings;
  const out: Finding[] = [];
  let i = 0;
  let j = 0;
  let d1 = 0; // r1.text - original, over first-pass findings already passed
  let d2 = 0; // r2.text - r1.text, over second-pass findings already passed
  let o = f1.length > 0 ? f1[0]!.start : 0; // r1.text offset of f1[i]
  const len1 = (f: Finding) => f.replacement.length;
  const step1 = () => {
    const f = f1[i]!;
    d1 += len1(f) - (f.end - f.start);
    i++;
    if (i < f1.length) o = f1[i]!.start + d1;
  };
  while (j < f2.length) {
    let a = f2[j]!.start;
    while (i < f1.length && o + len1(f1[i]!) <= a) {
      out.push(f1[i]!);
      step1();
    }
    if (i < f1.length && o < a) a = o;
    const start = a - d1;
    const a2 = a + d2;
    let kind = '';
    let b = a;
    for (let grew = true; grew; ) {
      grew = false;
      while (j < f2.length && (f2[j]!.start < b || b === a)) {
        const g = f2[j]!;
        if (kind === '') kind = g.kind;
        b = Math.max(b, g.end);
        d2 += g.replacement.length - (g.end - g.start);
        j++;
        grew = true;
      }
      while (i < f1.length && o < b) {
        kind = kind === '' || o === a ? f1[i]!.kind : kind;
        b = Math.max(b, o + len1(f1[i]!));
        step1();
        grew = true;
      }
    }
    out.push({ kind, start, end: b - d1, replacement: r2.text.slice(a2, b + d2) });
  }
  while (i < f1.length) out.push(f1[i++]!);
  return { text: r2.text, findings: out };
}

export function maskTextWith(text: string, options: InternalOptions = {}): MaskResult {
  // Free text is scanned with the same rules for both audiences (DOMAIN.md section 3); the audience
  // only changes structured fields (see field.ts).
  let r = once(text, options);
  // Masking masked text must find nothing (the intake re-scans tickets): where the output may hold
  // something, scan it again and fold what is found into the findings, until nothing is left.
  for (let pass = 0; r.again && pass < 4; pass++) {
    const next = once(r.text, options);
    if (next.findings.length === 0) break;
    r = { ...compose(r, next), again: next.again };
  }
  return { text: r.text, findings: r.findings };
}

export function maskText(text: string, options?: MaskOptions): MaskResult {
  return maskTextWith(text, options);
}
