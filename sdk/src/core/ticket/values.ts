// The raw value of each ticket field (before masking), read from the facts and from what the diagnosis decided
// from (its basis: the order, the credit, the redemption) - never worked out again here. Methods and statuses
// travel as words in the ticket's locale, not as console codes. Only fields a problem lists are ever read;
// payAccount, taskId and requestId are not collected from the console.
import type { DiagnosisBasis } from '../diagnose/types.js';
import type { Facts } from '../facts/schema.js';
import { type Locale, msg } from '../i18n/message.js';
import { hasKey, t } from '../i18n/t.js';
import { maskTradeNo } from '../mask/masks.js';
import { DISPLAY_MAX, shorten } from '../text/limit.js';
import type { TicketFieldName } from './fields.js';

const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString());

export interface FieldSource {
  facts: Facts;
  basis: DiagnosisBasis;
  locale: Locale;
}

/** Payment methods the catalogs word (console codes: new-api payment_method, sub2api payment_type). */
export const PAYMENT_METHODS = ['alipay', 'wxpay', 'qqpay', 'stripe', 'paypal', 'creem', 'other'] as const;

/**
 * A payment method in words ('wxpay' -> 微信支付 / WeChat Pay); a method we have no word for stays as named,
 * cut to 40 graphemes without a mark (the ticket's method shape is a code word of at most 40).
 */
export function methodWords(locale: Locale, method: string): string {
  const key = `method.${method.toLowerCase()}`;
  return hasKey(key) ? t(locale, { key }) : shorten(method, DISPLAY_MAX, '', DISPLAY_MAX);
}

export function fieldValue(name: TicketFieldName, src: FieldSource): string | number | boolean | undefined {
  const { facts, basis, locale } = src;
  const { account, answers } = facts;
  const o = basis.order;
  const redeem = basis.redeem;
  switch (name) {
    case 'accountId':
      return account?.id;
    case 'username':
      return account?.displayName ?? account?.username;
    case 'accountEmail':
      return account?.email;
    case 'paymentMethod': {
      const m = o?.method ?? answers.method;
      return m === undefined ? undefined : methodWords(locale, m);
    }
    case 'orderTime':
      return iso(o?.createdAt);
    case 'amount':
      return o?.money ?? o?.amount;
    case 'currency':
      return o?.currency ?? answers.currency;
    case 'orderStatus':
      return o ? t(locale, msg(`status.${o.status}`)) : undefined;
    case 'paidAt':
      return iso(answers.paidAt);
    case 'paidAmount':
      return answers.paidAmount;
    case 'pageMessage':
      return answers.pageMessage ?? redeem?.message;
    case 'orderedAgain':
      return answers.orderedAgain;
    case 'orderRef':
      return o?.ref;
    case 'tradeNo':
      return o?.tradeNo ?? o?.tradeNoTail ?? answers.tradeNoMasked ?? answers.tradeNoTail;
    case 'duplicateOrders': {
      // Masked order numbers only (`…1832`): the intake accepts nothing else in this field.
      const tails = basis.duplicates
        .map((d) => (d.tradeNo ? maskTradeNo(d.tradeNo) : d.tradeNoTail ? `…${d.tradeNoTail}` : ''))
        .filter(Boolean);
      return tails.length ? tails.join(', ') : undefined;
    }
    case 'redeemCode':
      return redeem?.codeMasked ?? answers.redeemCode;
    case 'redeemTime':
      return iso(redeem?.at ?? answers.redeemedAt);
    case 'balanceChangeAt':
      return iso(basis.credit?.at);
    case 'keyLast4':
      return answers.keyLast4;
    default:
      return undefined;
  }
}
