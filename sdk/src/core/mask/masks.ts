// The readable masks: order numbers keep the last 4 (`…1832`), cards `**** **** **** 7890`,
// phones `138****5678`, emails `a***@example.com`, codes `ab…9f3e`, keys `sk-…wxyz`, identity numbers a
// label. Every mask is built so that no recognizer fires on it again (masking masked text changes nothing).
import type { Locale } from '../i18n/message.js';

import { NINE, ZERO } from './char-codes.js';
import { alnumOnly, ELLIPSIS, TAIL_MASK } from './code-mask.js';
import type { FindingKind } from './types.js';

export { CODE_MASK, ELLIPSIS, maskRedeemCode, TAIL_MASK } from './code-mask.js';

// The exact shapes of our own masks. A value is "already masked" only when it IS one of them: a value
// that merely contains `…`, `*` or brackets (`6222021234567890128*`, `[sk-…a whole key…]`) is masked
// like any other. The intake checks structured fields against the same shapes.
/** `sk-…wxyz`, `AIza…wxyz`. */
export const KEY_MASK = /^(?:[A-Za-z]{2,5}[-_]|AIza)?…[A-Za-z0-9_-]{0,4}$/;
/** `**** **** **** 7890`. */
const CARD_MASK = /^\*{4} \*{4} \*{4} [A-Za-z0-9]{0,4}$/;
/** `138****5678`, `+86 138****5678`, `****5678`. */
const PHONE_MASK = /^(?:(?:\+86 |0086 )?[0-9]{3}\*{4}[0-9]{4}|\*{4}[0-9]{0,4})$/;
/** `a***@example.com`, `***@example.com`. */
const EMAIL_MASK =
  /^[A-Za-z0-9._%+-]?\*{3}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;

/** Order / transaction numbers: `…1832`. Already-masked values come back unchanged. */
export function maskTradeNo(value: string): string {
  const v = value.trim();
  if (v === '' || TAIL_MASK.test(v)) return v;
  const a = alnumOnly(v);
  return ELLIPSIS + a.slice(-4);
}

/** `a***@example.com`; local parts of one or two characters lose all of them. */
export function maskEmail(value: string): string {
  const v = value.trim();
  const at = v.lastIndexOf('@');
  if (at < 0) return '***';
  if (EMAIL_MASK.test(v)) return v;
  const local = v.slice(0, at);
  return `${local.length >= 3 ? local[0] : ''}***@${v.slice(at + 1)}`;
}

/** The family prefix of a key (`sk-`, `sk_`, `whsec_`, `AIza`), at most 6 characters and never enough to identify it. */
export function keyPrefix(v: string): string {
  if (/^AIza/i.test(v)) return v.slice(0, 4);
  const m = /^([A-Za-z]{2,5})[-_]/.exec(v);
  return m ? m[0] : '';
}

/** API keys and tokens: `sk-…wxyz`. */
export function maskKey(value: string): string {
  const v = value.trim();
  if (v === '' || KEY_MASK.test(v)) return v;
  if (v.length < 12) return ELLIPSIS;
  return keyPrefix(v) + ELLIPSIS + v.slice(-4);
}

/** Mainland mobiles: `138****5678`, keeping a `+86`/`0086` prefix; other numbers keep the last 4. */
export function maskPhone(value: string): string {
  const v = value.trim();
  if (v === '' || PHONE_MASK.test(v)) return v;
  let d = '';
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c >= ZERO && c <= NINE) d += v[i];
  }
  let prefix = '';
  if (v.startsWith('+') && d.startsWith('86') && d.length === 13) {
    prefix = '+86 ';
    d = d.slice(2);
  } else if (d.startsWith('0086') && d.length === 15) {
    prefix = '0086 ';
    d = d.slice(4);
  }
  if (d.length === 11) return `${prefix}${d.slice(0, 3)}****${d.slice(7)}`;
  return `****${d.slice(-4)}`;
}

/** Bank cards: `**** **** **** 7890`. */
export function maskCard(value: string): string {
  const v = value.trim();
  if (CARD_MASK.test(v)) return v;
  return `**** **** **** ${alnumOnly(v).slice(-4)}`;
}

/** Kinds that become a label rather than a partial mask. */
export type LabelKind = Extract<
  FindingKind,
  'resident_id' | 'hk_tw_id' | 'passport' | 'permit' | 'pay_account' | 'private_key' | 'jwt' | 'email'
>;

// Labels hold no context word of their own kind's neighbours in a way a recognizer reads (the context
// scan ignores words right after '['), so a second pass over masked text finds nothing.
const LABELS: Record<Locale, Record<LabelKind, string>> = {
  'zh-CN': {
    resident_id: '[身份证号]',
    hk_tw_id: '[证件号]',
    passport: '[护照号]',
    permit: '[通行证号]',
    pay_account: '[支付账号]',
    private_key: '[私钥]',
    jwt: '[JWT]',
    email: '[邮箱]',
  },
  en: {
    resident_id: '[identity number]',
    hk_tw_id: '[identity number]',
    passport: '[passport number]',
    permit: '[permit number]',
    pay_account: '[payment account]',
    private_key: '[private key]',
    jwt: '[JWT]',
    email: '[email]',
  },
};

export function label(kind: LabelKind, locale: Locale = 'zh-CN'): string {
  return LABELS[locale][kind];
}

// Built on first use, not at module level: a Set built at load is a side effect the bundler keeps, and the
// widget's way to a ticket never calls isLabel (the intake's checks do: ticket/formats.ts).
let allLabels: Set<string> | undefined;

/** Is `v` exactly one of the label masks (`[身份证号]`, `[payment account]`, ...)? */
export function isLabel(v: string): boolean {
  allLabels ??= new Set(Object.values(LABELS).flatMap((byKind) => Object.values(byKind)));
  return allLabels.has(v);
}
