// Numeric chains: digit groups joined by single spaces or dashes (`6222 0212 3456 7890`, `138-1234-5678`,
// `+86 138 1234 5678`, `110101 19900307 123X`). Each chain is tried as a whole and as its sub-chains
// (at most 8 groups), so a stray number in front of a card does not hide the card.

import { PRI, push, pushLabel, type ScanContext } from './candidate.js';
import { IDEOGRAPHIC_FULL_STOP, LF, NINE, ZERO } from './char-codes.js';
import { gb11643, isCompactDateTime, isDate, isEpochMs, luhn } from './checks.js';
import { IDKEEP_CTX, near, PAY_CTX, PERMIT_CTX, RESIDENT_CTX } from './context.js';
import { ELLIPSIS, maskCard } from './masks.js';

export interface NumToken {
  s: number;
  e: number;
  /** Digits (and a final X) without separators. */
  d: string;
  /** Written with inner dashes (a date, a dashed card): complete on its own, never joined by spaces. */
  dash: boolean;
}

const MAX_GROUPS = 8;
const MAX_DIGITS = 40;

/**
 * Tries windows starting at each group. Unless `final`, stops where fewer than MAX_GROUPS groups remain
 * ahead, so the caller can stream a long chain in bounded memory. Returns the first unprocessed group.
 */
export function processChain(ctx: ScanContext, toks: NumToken[], final: boolean): number {
  const t = toks.length;
  let a = 0;
  while (final ? a < t : a + MAX_GROUPS <= t) {
    let hit = 0;
    const last = Math.min(t, a + MAX_GROUPS) - 1;
    for (let b = last; b >= a && hit === 0; b--) {
      let len = 0;
      for (let k = a; k <= b; k++) len += toks[k]!.d.length;
      if (len < 8) break; // shorter windows only get shorter: nothing of 7 digits or fewer is masked
      if (b > a && (len > MAX_DIGITS || !joinable(toks, a, b))) continue;
      let d = '';
      for (let k = a; k <= b; k++) d += toks[k]!.d;
      if (classify(ctx, toks, a, b, d)) hit = b + 1;
    }
    a = hit > 0 ? hit : a + 1;
  }
  return a;
}

/** Space-joined groups are short (<= 8 digits) and undashed: `6222 0212 ...`, `110101 19900307 123X`. */
function joinable(toks: NumToken[], a: number, b: number): boolean {
  for (let k = a; k <= b; k++)
    if ((toks[k]!.dash && toks[k]!.d.length > 5) || toks[k]!.d.length > 8) return false;
  return true;
}

function isMobile(d: string): boolean {
  return d.length === 11 && d[0] === '1' && d.charCodeAt(1) >= ZERO + 3;
}

/** Written cards group as 4-4-4-4(-3) or 4-6-5 (Amex); other groupings are dates and numbers next to each other. */
function cardLayout(toks: NumToken[], a: number, b: number): boolean {
  const g0 = toks[a]!.d.length;
  if (g0 !== 4) return false;
  if (b - a === 2 && toks[a + 1]!.d.length === 6) return true;
  for (let k = a + 1; k < b; k++) if (toks[k]!.d.length !== 4) return false;
  return toks[b]!.d.length <= 4;
}

function classify(ctx: ScanContext, toks: NumToken[], a: number, b: number, d: string): boolean {
  const { norm } = ctx;
  const s = toks[a]!.s;
  const e = toks[b]!.e;
  const multi = b > a;
  const len = d.length;
  if (len < 8) return false;
  const hasX = d.charCodeAt(len - 1) > NINE;

  // Mobile numbers, optionally with +86 / 0086 (docs/domain.md section 4).
  let core = d;
  let prefix = '';
  if (len === 13 && d.startsWith('86') && (norm[s - 1] === '+' || (multi && toks[a]!.d === '86'))) {
    core = d.slice(2);
    prefix = '86 ';
  } else if (len === 15 && d.startsWith('0086')) {
    core = d.slice(4);
    prefix = '0086 ';
  }
  if (isMobile(core)) {
    if (near(ctx, s, PAY_CTX)) pushLabel(ctx, 'pay_account', s, e);
    else push(ctx, 'phone', s, e, `${prefix}${core.slice(0, 3)}****${core.slice(7)}`);
    return true;
  }
  if (len === 18 && gb11643(d)) {
    pushLabel(ctx, 'resident_id', s, e);
    return true;
  }
  if (hasX) return false;
  if (len === 16 && d.startsWith('2088')) {
    pushLabel(ctx, 'pay_account', s, e);
    return true;
  }
  const idKeep = len >= 12 && (ctx.idField || near(ctx, s, IDKEEP_CTX));
  if (len >= 13 && len <= 19 && !idKeep) {
    const f = d.charCodeAt(0) - 48;
    const union = d.startsWith('62') && len >= 16;
    const network = len === 13 ? f === 4 : f >= 2 && f <= 6;
    if ((union || (network && luhn(d) && !isEpochMs(d))) && (!multi || cardLayout(toks, a, b))) {
      push(ctx, 'bank_card', s, e, maskCard(d));
      cardExtras(ctx, e);
      return true;
    }
  }
  if (len === 15 && near(ctx, s, RESIDENT_CTX)) {
    pushLabel(ctx, 'resident_id', s, e);
    return true;
  }
  // Dashed groups are dates (`2025-09-29`), never a permit number.
  if (len >= 8 && len <= 10 && !toks[a]!.dash && !toks[b]!.dash && near(ctx, s, PERMIT_CTX)) {
    pushLabel(ctx, 'permit', s, e);
    return true;
  }
  if (idKeep || len < 12) return false;
  if (!multi) {
    if (isCompactDateTime(d) || isEpochMs(d)) return false;
    const order = len === 28 || (len === 19 && isDate(d));
    push(
      ctx,
      order ? 'order_no' : 'long_digits',
      s,
      e,
      ELLIPSIS + d.slice(-4),
      order ? PRI.specific : PRI.catch_all,
    );
    return true;
  }
  // A formatted long number (groups of 3+ digits, first of 4+): an identifier written for reading.
  if (len < 13 || toks[a]!.d.length < 4) return false;
  for (let k = a; k < b; k++) if (toks[k]!.d.length < 3) return false;
  push(ctx, 'long_digits', s, e, ELLIPSIS + d.slice(-4), PRI.catch_all);
  return true;
}

// What people paste with a card: its security code and expiry, with their words or (expiry) right after
// the number (`6222 0212 3456 7890 128 12/28 CVV 123`). Read only in the same clause after a card.
const CVV =
  /(?:cvv2?|cvc2?|cvn2?|安全码|校验码|验证码|security code|card code)\s*(?:码|号|是|为|[:：=])?\s*(\d{3,4})(?!\d)/i;
const EXPIRY =
  /(?:有效期(?:至|到)?|到期(?:日|时间)?|过期时间|exp(?:iry|ires|iration)?(?: date)?|valid (?:thru|through|until))\s*(?:是|为|[:：=])?\s*(\d{1,2}\s*[/-]\s*(?:20)?\d{2})(?![\d/])/i;
const BARE_EXPIRY = /^[\s,，;；]{0,3}((?:0?[1-9]|1[0-2])\s*\/\s*(?:20)?\d{2})(?![\d/])/;

function cardExtras(ctx: ScanContext, e: number): void {
  const { norm } = ctx;
  let end = Math.min(norm.length, e + 48);
  for (let i = e; i < end; i++) {
    const c = norm.charCodeAt(i);
    if (c === LF || c === IDEOGRAPHIC_FULL_STOP) end = i;
  }
  const after = norm.slice(e, end);
  const cvv = CVV.exec(after);
  if (cvv) push(ctx, 'card_cvv', at(e, cvv), at(e, cvv) + cvv[1]!.length, '***', PRI.specific);
  const exp = EXPIRY.exec(after) ?? BARE_EXPIRY.exec(after);
  if (exp) push(ctx, 'card_expiry', at(e, exp), at(e, exp) + exp[1]!.length, '**/**', PRI.specific);
}

/** Where a match's captured value starts in norm, the match read from `e`. */
function at(e: number, m: RegExpExecArray): number {
  return e + m.index + m[0].lastIndexOf(m[1]!);
}
