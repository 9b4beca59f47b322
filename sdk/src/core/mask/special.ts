// Recognizers anchored on a marker character or word rather than a token: emails ('@'), credentials in
// URLs ('://'), PEM private keys ('-----BEGIN'), and Chinese secret words (密码/密钥/令牌). Every scan is
// bounded, and each marker is visited once, so the whole pass is linear.
import { PRI, type ScanContext } from './candidate.js';
import * as chars from './chars.js';
import { near, PAY_CTX } from './context.js';
import { label, maskEmail } from './masks.js';
import { keyValue } from './words.js';

// Bound once: hot loops must not go through module-binding getters (seen in tsx/CJS builds).
const { ALNUM, cls, DIGIT, LOWER, UPPER } = chars;

function isLocal(c: number): boolean {
  // RFC 5322 atext subset seen in practice; '*' is excluded so a masked local part is never an email again.
  return cls(c) !== 0 || c === 46 || c === 43 || c === 37;
}

function isDomain(c: number): boolean {
  const k = cls(c);
  return (k & ALNUM) !== 0 || c === 45 || c === 46;
}

/** Common TLDs: where a TLD runs straight into more text (`outlook.comliuyang21@...`), the address ends
 *  after the longest of these that fits, and what follows is the next token (or the next address). */
const TLDS = ' com net org edu gov info biz cn io ai co me hk tw jp uk de us dev app ';

function gluedTld(norm: string, t0: number, t: number): number {
  for (let k = 4; k >= 2; k--)
    if (t - t0 >= k && TLDS.includes(` ${norm.slice(t0, t0 + k).toLowerCase()} `)) return t0 + k;
  return Math.min(t, t0 + 2);
}

/** Finds emails; returns their [start, end) pairs (norm offsets) so the token scan can step over them. */
export function scanEmails(ctx: ScanContext): number[] {
  const { norm } = ctx;
  const n = norm.length;
  const spans: number[] = [];
  let at = norm.indexOf('@');
  let floor = 0;
  while (at >= 0) {
    let l = at;
    while (l > floor && at - l < 64 && isLocal(norm.charCodeAt(l - 1))) l--;
    while (l < at && (norm[l] === '.' || norm[l] === '-')) l++;
    let r = at + 1;
    while (r < n && r - at < 254 && isDomain(norm.charCodeAt(r))) r++;
    while (r > at + 1 && (norm[r - 1] === '.' || norm[r - 1] === '-')) r--;
    // Labels are at most 63 characters (RFC 1035): a longer run is a token glued on, not a domain.
    let lab = at + 1;
    for (let j = at + 1; j < r; j++) {
      if (norm[j] === '.') lab = j + 1;
      else if (j - lab >= 63) {
        r = lab > at + 1 ? lab - 1 : at + 1;
        break;
      }
    }
    let dot = r - 1;
    while (dot > at && norm[dot] !== '.') dot--;
    // The TLD is the letters right after the last dot; anything glued on after it is not the address.
    let t = dot + 1;
    let upper = 0;
    let lower = 0;
    for (; t < r; t++) {
      const k = cls(norm.charCodeAt(t));
      if (k === UPPER) upper++;
      else if (k === LOWER) lower++;
      else break;
    }
    if (t < n && (cls(norm.charCodeAt(t)) !== 0 || norm.charCodeAt(t) === 64 || (upper > 0 && lower > 0)))
      t = gluedTld(norm, dot + 1, t);
    r = t;
    floor = at + 1;
    if (l < at && dot > at + 1 && r - dot - 1 >= 2 && cls(norm.charCodeAt(l)) & ALNUM) {
      if (near(norm, l, PAY_CTX)) {
        ctx.out.push({
          kind: 'pay_account',
          s: l,
          e: r,
          rep: label('pay_account', ctx.locale),
          pri: PRI.pay_account,
        });
      } else {
        ctx.out.push({ kind: 'email', s: l, e: r, rep: maskEmail(norm.slice(l, r)), pri: PRI.email });
      }
      spans.push(l, r);
      // The next address's local part starts after this one (`a@outlook.comliuyang21@gmail.com`).
      floor = r;
    }
    at = norm.indexOf('@', at + 1);
  }
  return spans;
}

function isUserinfo(c: number): boolean {
  return cls(c) !== 0 || (c > 32 && c < 127 && "._~%!$&'()*+,;=:".includes(String.fromCharCode(c)));
}

/** `scheme://user:password@host`: the userinfo becomes `***`. */
export function scanUrlCredentials(ctx: ScanContext): void {
  const { norm } = ctx;
  const n = norm.length;
  let p = norm.indexOf('://');
  while (p >= 0) {
    const s = p + 3;
    let j = s;
    let alnum = 0;
    while (j < n && j - s < 256 && isUserinfo(norm.charCodeAt(j))) {
      if (cls(norm.charCodeAt(j)) & ALNUM) alnum++;
      j++;
    }
    if (norm[j] === '@' && alnum > 0 && j > s) {
      ctx.out.push({ kind: 'url_credential', s, e: j, rep: '***', pri: PRI.url_credential });
    }
    p = norm.indexOf('://', Math.max(j, s));
  }
}

/** PEM private keys, header to footer (or to the end of the base64 body when the footer is missing). */
export function scanPem(ctx: ScanContext): void {
  const { norm } = ctx;
  let p = norm.indexOf('-----BEGIN');
  while (p >= 0) {
    const headEnd = norm.indexOf('-----', p + 10);
    if (headEnd < 0) return;
    const header = norm.slice(p, headEnd);
    let next = headEnd + 5;
    if (header.length < 80 && header.includes('PRIVATE KEY')) {
      const foot = norm.indexOf('-----END', next);
      let e: number;
      if (foot >= 0) {
        const footEnd = norm.indexOf('-----', foot + 8);
        e = footEnd >= 0 ? footEnd + 5 : norm.length;
      } else {
        e = next;
        while (
          e < norm.length &&
          (cls(norm.charCodeAt(e)) & (ALNUM | DIGIT) || '+/=\r\n '.includes(norm[e]!))
        )
          e++;
      }
      ctx.out.push({
        kind: 'private_key',
        s: p,
        e,
        rep: label('private_key', ctx.locale),
        pri: PRI.private_key,
      });
      next = e;
      if (foot < 0) return;
    }
    p = norm.indexOf('-----BEGIN', next);
  }
}

const CJK_SECRET_WORDS = ['密码', '口令', '密钥', '秘钥', '令牌', '支付密码'];

/** `密码：abc123`, `密钥是 xxx`: the value after a Chinese secret word. */
export function scanCjkSecrets(ctx: ScanContext): void {
  const { norm } = ctx;
  for (const w of CJK_SECRET_WORDS) {
    let p = norm.indexOf(w);
    while (p >= 0) {
      let j = p + w.length;
      while (
        j < norm.length &&
        j - p < w.length + 3 &&
        (norm[j] === ' ' || norm[j] === '是' || norm[j] === '为')
      )
        j++;
      if (norm[j] === ':' || norm[j] === '=') keyValue(ctx, j, 'any');
      else if (j > p + w.length) keyValue(ctx, j, 'none');
      p = norm.indexOf(w, p + w.length);
    }
  }
}
