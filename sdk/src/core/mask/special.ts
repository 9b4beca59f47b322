// Recognizers anchored on a marker character or word rather than a token: emails ('@'), credentials in
// URLs ('://'), PEM private keys ('-----BEGIN'), and Chinese secret words (密码/密钥/令牌). Every scan is
// bounded, and each marker is visited once, so the whole pass is linear.

import { PRI, push, pushLabel, type ScanContext } from './candidate.js';
import {
  AT,
  COLON,
  codeAt,
  DEL,
  DOT,
  EQUALS,
  FULLWIDTH_COLON,
  HYPHEN,
  KOU,
  LING,
  MA,
  MI,
  MI_SECRET,
  PAI,
  PERCENT,
  PLUS,
  SHI,
  SPACE,
  WEI,
  YAO,
} from './char-codes.js';
import { ALNUM, cls, DIGIT, LOWER, UPPER } from './chars.js';
import { near, PAY_CTX } from './context.js';
import { keyValue } from './words.js';

function isLocal(c: number): boolean {
  // RFC 5322 atext subset seen in practice; '*' is excluded so a masked local part is never an email again.
  return cls(c) !== 0 || c === DOT || c === PLUS || c === PERCENT;
}

function isDomain(c: number): boolean {
  const k = cls(c);
  return (k & ALNUM) !== 0 || c === HYPHEN || c === DOT;
}

/** Common TLDs: where a TLD runs straight into more text (`outlook.comliuyang21@...`), the address ends
 *  after the longest of these that fits, and what follows is the next token (or the next address). */
const TLDS = ' com net org edu gov info biz cn io ai co me hk tw jp uk de us dev app ';

function gluedTld(norm: string, t0: number, t: number): number {
  for (let k = 4; k >= 2; k--)
    if (t - t0 >= k && TLDS.includes(` ${norm.slice(t0, t0 + k).toLowerCase()} `)) return t0 + k;
  return Math.min(t, t0 + 2);
}

/** One address at the '@' at `at`; `floor` is where its local part may start. Returns the next floor. */
function email(ctx: ScanContext, at: number, floor: number, spans: number[]): number {
  const { norm } = ctx;
  const n = norm.length;
  let l = at;
  while (l > floor && at - l < 64 && isLocal(norm.charCodeAt(l - 1))) l--;
  while (l < at && (norm[l] === '.' || norm[l] === '-')) l++;
  // The domain ends where it stops looking like one: labels are at most 63 characters (RFC 1035), and a
  // label with two lower-to-upper switches, 8 digits in a row, 2 capitals and 2 digits (`2PDSQW3B`), or a
  // 16-character run mixing digits and letters is a token glued on (`comeyJhbGci…`, `com8XXJWG6SF…`). A label that does not start with
  // letters (a TLD the next token was glued to) is dropped whole.
  let r = at + 1;
  let lab = r;
  let seg = r;
  let sw = 0;
  let run = 0;
  let digits = 0;
  let letters = 0;
  let caps = 0;
  let prev = 0;
  for (; r < n && r - at < 254; r++) {
    const c = norm.charCodeAt(r);
    if (c === DOT || c === HYPHEN) {
      if (c === DOT) lab = r + 1;
      seg = r + 1;
      sw = run = digits = letters = caps = prev = 0;
      continue;
    }
    if (!isDomain(c)) break;
    if (r - lab >= 63) {
      r = lab > at + 1 ? lab - 1 : at + 1;
      break;
    }
    const k = cls(c);
    if (k === DIGIT) {
      digits++;
      run++;
    } else {
      letters++;
      if (k === UPPER) caps++;
      run = 0;
    }
    if (
      (k === UPPER && prev === LOWER && ++sw >= 2) ||
      run >= 8 ||
      (caps >= 2 && digits >= 2) ||
      (r - seg >= 15 && digits >= 2 && letters >= 2)
    ) {
      let t = lab;
      while (t < r && cls(norm.charCodeAt(t)) & (UPPER | LOWER)) t++;
      if (t - lab < 2) r = lab > at + 1 ? lab - 1 : at + 1;
      break;
    }
    prev = k;
  }
  while (r > at + 1 && (norm[r - 1] === '.' || norm[r - 1] === '-')) r--;
  // The TLD is the letters right after the last dot; anything glued on after it is not the address. A
  // last label that does not start with 2 letters is no TLD (`gmail.com.-----BEGIN`, `example.com.123`):
  // the address ends before it.
  let dot: number;
  let t: number;
  let upper: number;
  let lower: number;
  for (;;) {
    dot = r - 1;
    while (dot > at && norm[dot] !== '.') dot--;
    upper = lower = 0;
    for (t = dot + 1; t < r; t++) {
      const k = cls(norm.charCodeAt(t));
      if (k === UPPER) upper++;
      else if (k === LOWER) lower++;
      else break;
    }
    if (t - dot - 1 >= 2 || dot <= at + 1) break;
    r = dot;
  }
  if (t < n && (cls(norm.charCodeAt(t)) !== 0 || norm.charCodeAt(t) === AT || (upper > 0 && lower > 0)))
    t = gluedTld(norm, dot + 1, t);
  r = t;
  if (!(dot > at + 1 && r - dot - 1 >= 2)) return at + 1;
  // A domain ends the address even without a local part (ours masked: `a***@`, `[JWT]@`, `sk-…@`), so a
  // second pass over masked text reads what follows it as the first pass did.
  if (l < at && cls(norm.charCodeAt(l)) & ALNUM) {
    if (near(ctx, l, PAY_CTX)) pushLabel(ctx, 'pay_account', l, r);
    // maskEmail's result, built directly: the address holds one '@' and no '*' (never one of our masks).
    else push(ctx, 'email', l, r, `${at - l >= 3 ? norm[l] : ''}***@${norm.slice(at + 1, r)}`, PRI.email);
    spans.push(l, r);
  } else spans.push(at, r);
  // The next address's local part starts after this one (`a@outlook.comliuyang21@gmail.com`).
  return r;
}

function isUserinfo(c: number): boolean {
  return cls(c) !== 0 || (c > SPACE && c < DEL && "._~%!$&'()*+,;=:".includes(String.fromCharCode(c)));
}

/** `scheme://user:password@host` at the '://' at `p`: the userinfo becomes `***`. Returns where the
 *  next '://' may start. */
function urlCredential(ctx: ScanContext, p: number): number {
  const { norm } = ctx;
  const n = norm.length;
  const s = p + 3;
  let j = s;
  let alnum = 0;
  while (j < n && j - s < 256 && isUserinfo(norm.charCodeAt(j))) {
    if (cls(norm.charCodeAt(j)) & ALNUM) alnum++;
    j++;
  }
  if (j < n && norm[j] === '@' && alnum > 0 && j > s) {
    push(ctx, 'url_credential', s, j, '***', PRI.url_credential);
  }
  return Math.max(j, s);
}

/** A PEM private key at the '-----BEGIN' at `p`, header to footer (or to the end of the base64 body when
 *  the footer is missing). Returns where the next header may start, or -1 when no footer follows (no
 *  later header can find one either). */
function pem(ctx: ScanContext, p: number, spans: number[]): number {
  const { norm } = ctx;
  const headEnd = norm.indexOf('-----', p + 10);
  if (headEnd < 0) return -1;
  const next = headEnd + 5;
  if (headEnd - p >= 80 || !norm.slice(p, headEnd).includes('PRIVATE KEY')) return next;
  const foot = norm.indexOf('-----END', next);
  let e: number;
  if (foot >= 0) {
    const footEnd = norm.indexOf('-----', foot + 8);
    e = footEnd >= 0 ? footEnd + 5 : norm.length;
  } else {
    e = next;
    while (e < norm.length && (cls(norm.charCodeAt(e)) & (ALNUM | DIGIT) || '+/=\r\n '.includes(norm[e]!)))
      e++;
  }
  pushLabel(ctx, 'private_key', p, e);
  spans.push(p, e);
  return foot < 0 ? -1 : e;
}

/** Is a Chinese secret word (密码 口令 密钥 秘钥 令牌; 支付密码 through its 密码) at `p`? */
export function cjkSecretAt(norm: string, p: number, c: number): boolean {
  const d = codeAt(norm, p + 1);
  if (c === MI) return d === MA || d === YAO;
  if (c === KOU) return d === LING;
  if (c === MI_SECRET) return d === YAO;
  return c === LING && d === PAI;
}

/** `密码：abc123`, `密钥是 xxx`: the value after a Chinese secret word (2 characters) at `p`. */
export function cjkSecret(ctx: ScanContext, p: number): void {
  const { norm } = ctx;
  // Code units, not `norm[j]`: a CJK character read as a string is a new heap string each time (only
  // Latin-1 ones are cached), and `密码密码…` allocated six per word: 24 -> 6 ns/char in isolation.
  let j = p + 2;
  let c = codeAt(norm, j);
  while (j - p < 5 && (c === SPACE || c === SHI || c === WEI)) c = codeAt(norm, ++j);
  if (c === COLON || c === FULLWIDTH_COLON || c === EQUALS) keyValue(ctx, j, 'any');
  else if (j > p + 2) keyValue(ctx, j, 'none');
}

/** Runs the marker recognizers (each marker found by a native search); returns the [start, end) pairs
 *  (norm offsets) of addresses and keys, whose tokens the token scan steps over. Chinese secret words are
 *  found by the token scan as it passes them. */
export function scanMarkers(ctx: ScanContext): number[] {
  const { norm } = ctx;
  const spans: number[] = [];
  // PEM keys first: their spans are sorted, and addresses never sit inside base64.
  for (let p = norm.indexOf('-----BEGIN'); p >= 0; ) {
    const next = pem(ctx, p, spans);
    // A header inside a key already found (or after a missing footer) starts nothing new.
    p = next < 0 ? -1 : norm.indexOf('-----BEGIN', Math.max(next, p + 1));
  }
  // '://' and '：//' by one search for '//' (a userinfo holds neither '/' nor '：', so the two never meet).
  for (let q = norm.indexOf('//'); q >= 0; ) {
    const c = codeAt(norm, q - 1);
    q = norm.indexOf('//', c === COLON || c === FULLWIDTH_COLON ? urlCredential(ctx, q - 1) + 1 : q + 1);
  }
  const emails: number[] = [];
  let floor = 0;
  for (let at = norm.indexOf('@'); at >= 0; at = norm.indexOf('@', at + 1))
    floor = email(ctx, at, floor, emails);
  if (spans.length === 0) return emails;
  if (emails.length === 0) return spans;
  // Merge the two sorted lists.
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < spans.length || j < emails.length) {
    if (j >= emails.length || (i < spans.length && spans[i]! <= emails[j]!)) {
      out.push(spans[i]!, spans[i + 1]!);
      i += 2;
    } else {
      out.push(emails[j]!, emails[j + 1]!);
      j += 2;
    }
  }
  return out;
}
