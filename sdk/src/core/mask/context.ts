// Context words: some values are only sensitive (or only harmless) next to a word that says what they are
// (docs/domain.md section 4: legacy 15-digit IDs, passports, permits, PayPal ids, payment accounts; task and
// request ids must stay). The window is short and fixed, so a lookup costs O(1) per candidate.

import type { Candidate, ScanContext } from './candidate.js';
import { codeAt, LBRACKET, lowerAscii } from './char-codes.js';
import { startsCI } from './chars.js';

/** First-character index shared by all lists: FIRST[c & 1023] has the bit of every list with a word
 *  starting with a character of that hash, and BREAK where a clause break hashes, so most window
 *  positions cost one array read. */
const FIRST = new Uint16Array(1024);
const BREAK = 256;
/** The same for the second character: a window letter that starts a word of the list only by its first
 *  (English text is full of a, p, t, w) is passed over without a list lookup. */
const SECOND = new Uint8Array(1024);

export interface Words {
  bit: number;
  byFirst: Map<number, string[]>;
}

function words(bit: number, list: string): Words {
  const byFirst = new Map<number, string[]>();
  for (const w of list.split('|')) {
    const c = w.charCodeAt(0);
    FIRST[c & 1023]! |= bit;
    SECOND[w.charCodeAt(1) & 1023]! |= bit;
    const a = byFirst.get(c);
    if (a) a.push(w);
    else byFirst.set(c, [w]);
  }
  return { bit, byFirst };
}

export const PAY_CTX = words(
  1,
  '支付宝账号|支付宝账户|支付宝帐号|支付宝帐户|付款账号|付款账户|付款帐号|付款帐户|支付账号|支付账户|支付帐号|收款账号|微信账号|微信号|付款人|付款手机|付款邮箱|alipay account|alipay id|paypal account|paypal email|paypal login|payer|wechat account|wechat id|' +
    // The login and its variants: a payment account written as an email or a phone is removed entirely.
    '支付宝登录|支付宝登陆|支付宝邮箱|支付宝手机|支付宝绑定|支付宝的账号|支付宝的帐号|支付宝的邮箱|支付宝的手机|支付宝用户名|' +
    '微信支付账号|微信支付账户|微信绑定|微信的账号|微信登录|paypal账号|paypal 账号|paypal账户|paypal 账户|paypal帐号|paypal邮箱|paypal 邮箱|paypal的账号|paypal登录|' +
    '付款的账号|付款的邮箱|付款的手机|付款用的|支付用的|alipay login|alipay email|alipay phone|alipay user|alipay username|' +
    'wechat pay account|wechat pay id|wechat login|paypal id|paypal user|paypal username|paying account|payment account',
);
export const RESIDENT_CTX = words(2, '身份证|证件号|id card|idcard|id number|identity card|national id');
export const HKTW_CTX = words(4, '香港|台湾|hkid|hong kong|taiwan|身份证|证件|id card|id no');
export const PASSPORT_CTX = words(8, '护照|passport');
export const PERMIT_CTX = words(16, '通行证|回乡证|台胞证|往来港澳|往来台湾|permit|证件号');
export const TXN_CTX = words(
  32,
  'paypal|交易号|交易单号|流水号|商户单号|订单号|transaction|txn|order id|order no',
);
/** Task and request ids must stay intact (docs/domain.md section 3): these words exempt look-alike numbers. */
export const IDKEEP_CTX = words(
  64,
  'task id|task_id|taskid|task-id|任务id|任务 id|任务号|任务编号|request id|request_id|requestid|request-id|请求id|请求 id|trace id|trace_id|traceid|log id|日志id',
);
export const REDEEM_CTX = words(128, '兑换码|卡密|激活码|充值码|redeem|redemption|gift code|code');

const WINDOW = 24;
/** Characters that end a clause: context never reaches across them. */
const BREAKS = '。，,;；\n、!?！？．';
for (const c of BREAKS) FIRST[c.charCodeAt(0) & 1023]! |= BREAK;
/** Exact, for a window character whose FIRST entry has the BREAK bit (~1 in 100 of a Chinese text). */
const isBreak = (c: number) => BREAKS.includes(String.fromCharCode(c));

/** Does a word of `ws` start in [lo, p), scanning back from `p`? Returns where it starts, or -1 - the
 *  position of the clause break that ended the search, or -1 - lo. */
function wordBefore(norm: string, lo: number, p: number, ws: Words): number {
  for (let i = p - 1; i >= lo; i--) {
    const c = lowerAscii(norm.charCodeAt(i));
    const f = FIRST[c & 1023]!;
    if (f & BREAK && isBreak(c)) return -1 - i;
    if (!(f & ws.bit)) continue;
    // The second character too: the payment list holds 20+ words per first character (every word
    // has 2+ characters; context.test.ts finds each one).
    const c1 = lowerAscii(codeAt(norm, i + 1));
    if (!(SECOND[c1 & 1023]! & ws.bit)) continue;
    const list = ws.byFirst.get(c);
    if (list === undefined || codeAt(norm, i - 1) === LBRACKET) continue;
    for (const w of list) if (w.charCodeAt(1) === c1 && i + w.length <= p && startsCI(norm, i, w)) return i;
  }
  return -1 - lo;
}

/**
 * Is one of `words` within WINDOW characters before `p`, in the same clause? Words right after '[' are our
 * own labels, not context. Records the decision (see ScanContext.decided): a second pass reads masks in
 * this window, which can hide a word or a clause break or, being shorter, bring a word in.
 */
export function near(ctx: ScanContext, p: number, ws: Words): boolean {
  // A digit chain asks the same question for every window starting at `p`: answer it once.
  const d = ctx.decided;
  const k = d.length;
  if (k > 0 && d[k - 3] === p && d[k - 2] === ws) return d[k - 1] === 1;
  const lo = p > WINDOW ? p - WINDOW : 0;
  const at = wordBefore(ctx.norm, lo, p, ws);
  // `from` is where the second-pass check starts: the word, the clause break, or the window's edge. Only
  // a window that a candidate found so far reaches into can read differently (candidates to the left of
  // `p` are all found by now), so only those are kept (a long digit run asks this once per group).
  const from = at >= 0 ? at : -1 - at;
  if (ctx.maxEnd > from) d.push(from, p, ws, at >= 0 ? 1 : 0);
  return at >= 0;
}

/** Index of the first finding (sorted, disjoint) that ends after `x`. */
export function after(kept: readonly Candidate[], x: number): number {
  let lo = 0;
  let hi = kept.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (kept[mid]!.e > x) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Would a second pass decide differently, once the findings in the window are masked? `i`: the index
 *  of the decision's first number in `decided`. */
export function decidesAgain(
  norm: string,
  decided: ScanContext['decided'],
  i: number,
  kept: readonly Candidate[],
): boolean {
  const from = decided[i] as number;
  const p = decided[i + 1] as number;
  const hit = decided[i + 3] === 1;
  let shrink = 0;
  let inside = false;
  for (let k = after(kept, from); k < kept.length && kept[k]!.s < p; k++) {
    const c = kept[k]!;
    shrink += c.e - c.s - c.rep.length;
    if (c.s <= from) inside = true;
  }
  // A word inside a masked value is gone; a longer mask can push the word out of the window.
  if (hit) return inside || shrink < 0;
  // Stopped at a clause break: a masked one is gone. Stopped at the window's width: shorter masks widen
  // it to the left; is there a word to find there?
  const f = from;
  if (f === 0) return false;
  if (isBreak(norm.charCodeAt(f))) return maskedBreak(norm, kept, f);
  if (shrink <= 0) return false;
  const w = wordBefore(norm, Math.max(0, f - shrink), f, decided[i + 2] as Words);
  return w >= 0 || maskedBreak(norm, kept, -1 - w);
}

/** Is there a clause break at `b` that a finding masks? (A module function, not a closure: tsx, which
 *  runs the bench, names every closure as it is created.) */
function maskedBreak(norm: string, kept: readonly Candidate[], b: number): boolean {
  const k = after(kept, b);
  return isBreak(norm.charCodeAt(b)) && k < kept.length && kept[k]!.s <= b;
}
