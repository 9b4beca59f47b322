// Console values in words: a payment method or an order status is shown as the core catalog words it
// (never 'wxpay' or 'success'); a method the catalogs do not know is shown as the console names it, cut
// for display (core/text/limit.ts: by grapheme, bidi controls made visible) like every console string.
import type { Order } from '../../core/index.js';
import { displayText } from '../../core/text/limit.js';
import { formatMoney, formatNumber, formatTime } from '../format.js';
import type { StepProps } from '../view-context.js';

function methodText(props: StepProps, method: string | undefined): string {
  if (!method) return '-';
  const key = `method.${method.toLowerCase()}`;
  const text = props.m(key);
  return text === key ? displayText(method) : text;
}

/** One order as the user sees it: time · amount with currency · method · status · masked number. */
export function orderText(props: StepProps, o: Order): string {
  const { locale, tr, m } = props;
  // As the checks word it (core amountParams): money with the currency the console says, else the ordered
  // amount in the console's top-up units; never a guessed currency.
  const amount =
    o.money !== undefined && o.currency
      ? formatMoney(locale, o.money, o.currency)
      : o.amount !== undefined
        ? `${formatNumber(locale, o.amount)} ${m('unit.topup')}`
        : o.money !== undefined
          ? formatNumber(locale, o.money)
          : '-';
  const line = tr('known.orderLine', {
    time: formatTime(locale, o.createdAt),
    amount,
    method: methodText(props, o.method),
    status: m(`status.${o.status}`),
  });
  return o.tradeNo ? `${line} · ${tr('known.orderNo', { no: displayText(o.tradeNo) })}` : line;
}
