// Word tokens (runs of [A-Za-z0-9_-]): keys, order numbers, redeem codes, openids, HK/TW ids, passports,
// and the high-entropy catch-all. Each check is a bounded prefix test or one linear pass over the token.

import { PRI, push, pushLabel, type ScanContext } from './candidate.js';
import {
  APOS,
  CASE_BIT,
  COLON,
  codeAt,
  DEL,
  DOT,
  EQUALS,
  FULLWIDTH_COLON,
  HYPHEN,
  LOWER_O,
  lowerAscii,
  QUOTE,
  SPACE,
  UNDERSCORE,
} from './char-codes.js';
import { ALNUM, cls, DASH, DIGIT, isHex, LOWER, startsCI, UNDER, UPPER, WORD } from './chars.js';
import { hkIdValid, isCompactDateTime, isEpochMs, luhn, twIdValid } from './checks.js';
import { HKTW_CTX, IDKEEP_CTX, near, PASSPORT_CTX, PERMIT_CTX, REDEEM_CTX, TXN_CTX } from './context.js';
import { ELLIPSIS, keyPrefix, maskCard, maskKey, maskRedeemCode } from './masks.js';

/** Provider and gateway key families (docs/domain.md section 4; gitleaks-style prefixes). */
const KEY_PREFIXES =
  'sk-|sk_live_|sk_test_|rk_live_|rk_test_|whsec_|aiza|ghp_|gho_|ghs_|github_pat_|glpat-|xoxb-|xoxp-|hf_|akia|sess-'.split(
    '|',
  );
/** Order and payment ids with a prefix: new-api `ref_`, sub2api `sub2_`, Stripe objects, new-api Waffo. */
const ORDER_PREFIXES = 'ref_|sub2_|pi_|ch_|cs_live_|cs_test_|py_|txn_|po_|waffo-|in_'.split('|');
/** Ids that must stay (task and request ids of gateways and providers). */
const KEEP_PREFIXES =
  'req_|request_|task_|chatcmpl-|msg_|gen-|resp_|run_|job_|batch_|file-|call_|toolu_'.split('|');
/** Prefix lists indexed by their first (lower-case ASCII) letter, so a token costs one or two comparisons. */
type Index = (string[] | undefined)[];

function byFirst(list: readonly string[], slot = (p: string) => p.charCodeAt(0)): Index {
  const m: Index = [];
  for (const p of list) {
    const c = slot(p);
    const a = m[c];
    if (a) a.push(p);
    else m[c] = [p];
  }
  return m;
}

function firstMatch(index: Index, norm: string, s: number): string | undefined {
  const list = index[lowerAscii(norm.charCodeAt(s))];
  if (list) for (const p of list) if (startsCI(norm, s, p)) return p;
  return undefined;
}

const SECRET_KEYS =
  'password|passwd|pwd|pass|secret|client_secret|secret_key|token|access_token|refresh_token|id_token|auth_token|api_key|apikey|api-key|x-api-key|private_key|session|sessionid|session_id|signature|sig|credential|credentials|key'.split(
    '|',
  );
const KEY_INDEX = byFirst(KEY_PREFIXES);
const ORDER_INDEX = byFirst(ORDER_PREFIXES);
const KEEP_INDEX = byFirst(KEEP_PREFIXES);
/** Key words by first letter and length, `(c & 31) << 4 | length` (all are under 16 long; a non-letter
 *  that shares a letter's slot fails the compare): a token costs one slot, not a first letter's list. */
const WORD_INDEX = byFirst(
  [...SECRET_KEYS, 'bearer', 'basic'],
  (w) => ((w.charCodeAt(0) & 31) << 4) | w.length,
);
/** A plain word (letters only) shorter than 20 is worth classifying only as a key word, or before '.'
 *  as a JWT header or (16+ letters) a key: the classifier does nothing else with it. Testing the key
 *  words here skips the classifier for the ~1.9 plain words per bench message that only shared a key
 *  word's first letter and length. */
export function plainWordMatters(norm: string, s: number, e: number): boolean {
  const len = e - s;
  if (len >= 20) return true;
  if (codeAt(norm, e) === DOT && len >= 7 && (len >= 16 || startsCI(norm, s, 'eyj'))) return true;
  return keyWord(norm, s, e) !== undefined;
}

/** The whole token [s, e) equals a secret key word or bearer/basic (case-insensitive), without allocating. */
function keyWord(norm: string, s: number, e: number): string | undefined {
  const len = e - s;
  const list = len < 16 ? WORD_INDEX[((norm.charCodeAt(s) & 31) << 4) | len] : undefined;
  if (list) for (const p of list) if (startsCI(norm, s, p)) return p;
  return undefined;
}

interface Shape {
  digits: number;
  upper: number;
  lower: number;
  seps: number;
  /** Longest run of digits. */
  digitRun: number;
  /** Longest [-_]-free segment that mixes letters and digits (>= 2 each), or -1. */
  mixedSeg: number;
  /** Longest segment with 3+ upper, 3+ lower and frequent case switches (base64 letters). */
  caseSeg: number;
  /** Trailing run of hex characters. */
  hexTail: number;
}

/** One pass over the token (the trailing hex run included: long tokens must not be read twice). */
function shape(norm: string, s: number, e: number): Shape {
  let digits = 0;
  let upper = 0;
  let lower = 0;
  let seps = 0;
  let digitRun = 0;
  let mixedSeg = -1;
  let caseSeg = -1;
  let hex = 0;
  let run = 0;
  let segStart = s;
  let sd = 0;
  let sl = 0;
  let su = 0;
  let sw = 0;
  let prev = 0;
  for (let i = s; i <= e; i++) {
    const code = i < e ? norm.charCodeAt(i) : HYPHEN;
    const c = cls(code);
    if (c & (DASH | UNDER)) {
      const len = i - segStart;
      if (sd >= 2 && sl + su >= 2 && len > mixedSeg) mixedSeg = len;
      if (su >= 3 && sl >= 3 && sw * 3 >= len && len > caseSeg) caseSeg = len;
      if (i < e) {
        seps++;
        hex = 0;
      }
      segStart = i + 1;
      sd = sl = su = sw = 0;
      prev = 0;
      run = 0;
      continue;
    }
    if (c === DIGIT) {
      digits++;
      sd++;
      hex++;
      if (++run > digitRun) digitRun = run;
    } else {
      run = 0;
      hex = isHex(code) ? hex + 1 : 0;
      if (c === UPPER) {
        upper++;
        su++;
      } else {
        lower++;
        sl++;
      }
      if (prev && prev !== c) sw++;
    }
    prev = c === DIGIT ? prev : c;
  }
  return { digits, upper, lower, seps, digitRun, mixedSeg, caseSeg, hexTail: hex };
}

/** Printable ASCII except quotes, separators and brackets that end a value in URLs, JSON and prose. */
const VALUE_CHAR = new Uint8Array(DEL);
for (let c = SPACE + 1; c < DEL; c++) VALUE_CHAR[c] = +!'"\'&,;<>)}]`'.includes(String.fromCharCode(c));

/**
 * `password=...`, `"api_key": "..."`, `token: ...`: the value after the separator ('eq': only '=';
 * 'none': the value starts at `from`). Returns the value's end or -1.
 */
export function keyValue(ctx: ScanContext, from: number, mode: 'eq' | 'any' | 'none'): number {
  const { norm } = ctx;
  const n = norm.length;
  let j = from;
  if (mode !== 'none') {
    j = beforeSep(norm, j);
    const sep = codeAt(norm, j);
    if (!(sep === EQUALS || (mode === 'any' && (sep === COLON || sep === FULLWIDTH_COLON)))) return -1;
    j = spaces(norm, j + 1);
    if (isQuote(codeAt(norm, j))) j++;
  }
  const vs = j;
  let alnum = 0;
  const { src, map } = ctx;
  for (; j < n && j - vs < 512; j++) {
    const c = norm.charCodeAt(j);
    if (c >= DEL || !VALUE_CHAR[c]) break;
    // A full-width colon is Chinese punctuation after the value (`密码：abc：2025-09-29`), not part of it.
    if (c === COLON && src.charCodeAt(map ? map[j]! : j) !== COLON) break;
    if (cls(c) & ALNUM) alnum++;
  }
  // Sentence punctuation right after a value ends the sentence, not the value.
  while (j > vs && '.:!?'.includes(norm[j - 1]!)) j--;
  // A value cut short by a mask character ('…', '*') is our own output: `whsec_…bzc9`. (Indexes checked
  // first: reading past the end makes every later read at that site slower, see codeAt.)
  if (j < n && (norm[j] === '…' || norm[j] === '*')) return -1;
  if (j - vs < 6 || alnum < 4) return -1;
  const c0 = norm[vs];
  if (c0 === '*' || c0 === '[' || c0 === '<') return -1;
  push(ctx, 'secret', vs, j, '******', PRI.secret);
  return j;
}

const isQuote = (c: number) => c === QUOTE || c === APOS;

/** Past at most 3 spaces from `j`. */
function spaces(norm: string, j: number): number {
  for (let k = 0; k < 3 && codeAt(norm, j) === SPACE; k++) j++;
  return j;
}

/** Where a key's separator stands: past an optional closing quote and at most 3 spaces. */
function beforeSep(norm: string, j: number): number {
  return spaces(norm, isQuote(codeAt(norm, j)) ? j + 1 : j);
}

/** Is `:` or `=` next (after an optional quote and up to 3 spaces)? */
function sepAfter(norm: string, j: number): boolean {
  const c = codeAt(norm, beforeSep(norm, j));
  return c === COLON || c === EQUALS || c === FULLWIDTH_COLON;
}

/** Classifies the word token [s, e); returns where scanning continues (>= e). */
export function classifyWord(ctx: ScanContext, s: number, e: number, m: number = WORD): number {
  const r = classifyToken(ctx, s, e, m);
  if (r !== e || !sepAfter(ctx.norm, e)) return r;
  // A key word as the token's last segment: `db_password=...`, `5121…-pwd: ...`.
  const { norm } = ctx;
  let k = e - 1;
  while (k > s && e - k <= 14 && norm.charCodeAt(k) !== HYPHEN && norm.charCodeAt(k) !== UNDERSCORE) k--;
  const word = k > s && e - k <= 14 ? keyWord(norm, k + 1, e) : undefined;
  if (word === undefined || word === 'bearer' || word === 'basic') return e;
  const end = keyValue(ctx, e, word === 'key' ? 'eq' : 'any');
  return end > 0 ? end : e;
}

/** `m`: the token's character classes (a superset is fine). */
function classifyToken(ctx: ScanContext, s: number, e: number, m: number): number {
  const { norm } = ctx;
  const n = norm.length;
  const len = e - s;
  const word = len <= 14 ? keyWord(norm, s, e) : undefined;
  if (word === 'bearer' || word === 'basic') {
    let j = spaces(norm, e);
    if (j > e) {
      const vs = j;
      while (j < n && j - vs < 4096 && (cls(norm.charCodeAt(j)) || '.~+/='.includes(norm[j]!))) j++;
      if (j - vs >= 8) {
        push(ctx, 'bearer', vs, j, maskKey(norm.slice(vs, j)), PRI.bearer);
        return j;
      }
    }
  } else if (word !== undefined) {
    const end = keyValue(ctx, e, word === 'key' ? 'eq' : 'any');
    if (end > 0) return end;
  }
  if (len < 7) return e;

  // JWT: three base64url parts joined by dots.
  if (codeAt(norm, e) === DOT && startsCI(norm, s, 'eyj')) {
    let j = e;
    let dots = 0;
    while (j < n && (cls(norm.charCodeAt(j)) || norm[j] === '.')) {
      if (norm[j] === '.') dots++;
      j++;
    }
    if (norm[j - 1] === '.') {
      j--;
      dots--;
    }
    if (dots >= 2) {
      pushLabel(ctx, 'jwt', s, j);
      return j;
    }
  }
  if (firstMatch(KEEP_INDEX, norm, s)) return e;
  if (len >= 16 && firstMatch(KEY_INDEX, norm, s)) {
    push(ctx, 'api_key', s, e, maskKey(norm.slice(s, e)), PRI.api_key);
    return e;
  }
  // A plain word (letters only) shorter than 20 is none of the below: prefixes need a digit, documents
  // need digits, and the catch-all needs 20 letters.
  if (len < 20 && (m & (DIGIT | DASH | UNDER)) === 0) return e;
  const sh = shape(norm, s, e);
  {
    const p = firstMatch(ORDER_INDEX, norm, s);
    if (p && len - p.length >= 8 && sh.digits >= 1) {
      push(ctx, 'order_no', s, e, tail(norm, e));
      return e;
    }
  }

  // new-api epay `USR{uid}NO{6}{unix}` and subscriptions `SUBUSR...`.
  {
    let j = startsCI(norm, s, 'subusr') ? s + 6 : startsCI(norm, s, 'usr') ? s + 3 : -1;
    if (j > 0) {
      const d0 = j;
      while (j < e && cls(norm.charCodeAt(j)) === DIGIT) j++;
      if (j > d0 && startsCI(norm, j, 'no') && e - j >= 8) {
        push(ctx, 'order_no', s, e, tail(norm, e));
        return e;
      }
    }
  }
  const c0 = norm.charCodeAt(s);
  // WeChat openid: 28 characters starting with 'o' (trailing '-' were trimmed off the token: take them back).
  let oe = e;
  while (oe - s < 28 && codeAt(norm, oe) === HYPHEN) oe++;
  if (
    oe - s === 28 &&
    (c0 | CASE_BIT) === LOWER_O &&
    sh.upper + sh.lower >= 10 &&
    sh.seps <= 6 &&
    (sh.digits >= 1 || (sh.upper >= 3 && sh.lower >= 3))
  ) {
    pushLabel(ctx, 'pay_account', s, oe);
    return oe;
  }
  // Letters + digits identity documents (HK, TW, passports, permits).
  const lead = leadingLetters(norm, s, e);
  const rest = len - lead;
  if (lead >= 1 && lead <= 2 && sh.seps === 0 && sh.digits === rest) {
    if (rest === 6 && norm[e] === '(' && norm[e + 2] === ')' && /[0-9A]/i.test(norm[e + 1] ?? '')) {
      pushLabel(ctx, 'hk_tw_id', s, e + 3);
      return e + 3;
    }
    // HK ID without its label: `A123456 (3)`, or its check digit written straight on (`A1234563`,
    // `AB9876543`), taken only when the check digit is right (a product code of the same shape is
    // kept 10 times in 11).
    if (rest === 6 && norm[e] === ' ' && norm[e + 1] === '(' && norm[e + 3] === ')') {
      if (hkIdValid(norm.slice(s, e) + norm[e + 2]!.toUpperCase())) {
        pushLabel(ctx, 'hk_tw_id', s, e + 4);
        return e + 4;
      }
    }
    if (rest === 7 && hkIdValid(norm.slice(s, e)) && !near(ctx, s, PASSPORT_CTX)) {
      pushLabel(ctx, 'hk_tw_id', s, e);
      return e;
    }
    if (lead === 1 && rest === 9 && (norm[s + 1] === '1' || norm[s + 1] === '2')) {
      if (twIdValid(norm.slice(s, e)) || near(ctx, s, HKTW_CTX)) {
        pushLabel(ctx, 'hk_tw_id', s, e);
        return e;
      }
    }
    if (rest === 7 && near(ctx, s, HKTW_CTX) && !near(ctx, s, PASSPORT_CTX)) {
      pushLabel(ctx, 'hk_tw_id', s, e);
      return e;
    }
    if (rest >= 7 && rest <= 10) {
      if (near(ctx, s, PASSPORT_CTX)) {
        pushLabel(ctx, 'passport', s, e);
        return e;
      }
      if (near(ctx, s, PERMIT_CTX)) {
        pushLabel(ctx, 'permit', s, e);
        return e;
      }
    }
  }
  const candidate =
    sh.hexTail >= 24 ||
    sh.seps >= 2 ||
    len === 17 ||
    sh.digitRun >= 12 ||
    sh.mixedSeg >= 16 ||
    sh.caseSeg >= 20;
  if (!candidate || ctx.idField || near(ctx, s, IDKEEP_CTX)) return e;
  // Redeem codes: 32 hex with an optional prefix; grouped 8-8-8-8 / 4-4-4-4 codes.
  if (sh.hexTail === 32) {
    push(ctx, 'redeem_code', s, e, maskRedeemCode(norm.slice(s, e)));
    return e;
  }
  if (sh.seps >= 2 && groupedCode(norm, s, e, sh)) {
    if (!isUuid(norm, s, e) || near(ctx, s, REDEEM_CTX)) {
      push(ctx, 'redeem_code', s, e, maskRedeemCode(norm.slice(s, e)));
    }
    return e;
  }
  // PayPal transaction ids: 17 upper-case alphanumerics, near a word that says so.
  if (
    len === 17 &&
    sh.lower === 0 &&
    sh.seps === 0 &&
    sh.digits >= 1 &&
    sh.upper >= 2 &&
    near(ctx, s, TXN_CTX)
  ) {
    push(ctx, 'order_no', s, e, tail(norm, e));
    return e;
  }
  if (lead >= 1 && lead <= 8 && sh.seps === 0 && rest === sh.digits && rest >= 14) {
    push(ctx, 'order_no', s, e, tail(norm, e));
    return e;
  }
  // A card number with a word glued on after it (`4111111111116418in`, a missing space): the card is
  // masked as a card, the letters stay.
  if (sh.digitRun >= 13 && sh.digitRun <= 19 && sh.seps === 0 && sh.digits === sh.digitRun) {
    let j = s;
    while (j < e && cls(norm.charCodeAt(j)) === DIGIT) j++;
    const d = norm.slice(s, j);
    const f = d.charCodeAt(0) - 48;
    if (
      j - s === sh.digitRun &&
      !near(ctx, s, IDKEEP_CTX) &&
      (d.startsWith('62') || (f >= 2 && f <= 6 && luhn(d) && !isEpochMs(d)))
    ) {
      push(ctx, 'bank_card', s, j, maskCard(d));
      return e;
    }
  }
  // Catch-all: long digit runs and long high-entropy segments.
  if (sh.digitRun >= 12 && !digitRunIsTime(norm, s, e, sh.digitRun)) {
    push(ctx, 'long_digits', s, e, keyPrefix(norm.slice(s, e)) + tail(norm, e), PRI.catch_all);
    return e;
  }
  if (sh.mixedSeg >= 16 || sh.caseSeg >= 20 || sh.hexTail >= 24) {
    if (isUuid(norm, s, e)) return e;
    push(ctx, 'high_entropy', s, e, keyPrefix(norm.slice(s, e)) + tail(norm, e), PRI.catch_all);
  }
  return e;
}

/** A token's mask tail (`…1832`), cut only for a token that is masked. */
function tail(norm: string, e: number): string {
  return ELLIPSIS + norm.slice(e - 4, e);
}

function leadingLetters(norm: string, s: number, e: number): number {
  let j = s;
  while (j < e && cls(norm.charCodeAt(j)) & (UPPER | LOWER)) j++;
  return j - s;
}

function digitRunIsTime(norm: string, s: number, e: number, run: number): boolean {
  if (run !== 12 && run !== 13 && run !== 14) return false;
  let j = s;
  while (j < e) {
    while (j < e && cls(norm.charCodeAt(j)) !== DIGIT) j++;
    const d0 = j;
    while (j < e && cls(norm.charCodeAt(j)) === DIGIT) j++;
    if (j - d0 === run) {
      const d = norm.slice(d0, j);
      return isCompactDateTime(d) || isEpochMs(d);
    }
  }
  return false;
}

/** 3+ dash-separated groups of one length (4, 5, 6 or 8), alphanumeric, with a digit or all upper case. */
function groupedCode(norm: string, s: number, e: number, sh: Shape): boolean {
  if (sh.seps < 2 || (sh.digits === 0 && sh.lower > 0)) return false;
  let g = -1;
  let start = s;
  for (let i = s; i <= e; i++) {
    const c = i < e ? norm.charCodeAt(i) : HYPHEN;
    if (c === HYPHEN) {
      const len = i - start;
      if (g < 0) g = len;
      else if (len !== g) return isUuid(norm, s, e);
      start = i + 1;
    } else if (!(cls(c) & ALNUM)) return false;
  }
  return g === 4 || g === 5 || g === 6 || g === 8;
}

/** 8-4-4-4-12 hex: task and request ids of many providers (kept unless a redeem word is near). */
function isUuid(norm: string, s: number, e: number): boolean {
  if (e - s !== 36) return false;
  for (let i = 0; i < 36; i++) {
    const c = norm.charCodeAt(s + i);
    if (i === 8 || i === 13 || i === 18 || i === 23) {
      if (c !== HYPHEN) return false;
    } else if (!isHex(c)) return false;
  }
  return true;
}
