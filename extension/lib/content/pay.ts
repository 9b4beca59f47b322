// Recognise the page's own "create order" answers (new-api controller/topup.go RequestEpay:
// `{message:'success', data:{out_trade_no,...}, url}`; Stripe/Creem/Waffo variants answer a pay link with
// the trade number inside) and keep only the masked parts: the tail, the user id a `USR{uid}NO` number
// carries, the amount and method the page sent.
import { shortText } from '../reader/to-snapshot.js';
import type { SnapOrder } from '../snapshot.js';

export { PAY_PATH } from './paths.js';

const TRADE_KEYS = ['out_trade_no', 'trade_no', 'order_no', 'tradeNo'];

function findTradeNo(body: unknown, depth = 0): string | undefined {
  if (!body || typeof body !== 'object' || depth > 3) return undefined;
  const record = body as Record<string, unknown>;
  for (const key of TRADE_KEYS) {
    const v = record[key];
    if (typeof v === 'string' && v.length >= 6) return v;
  }
  for (const v of Object.values(record)) {
    const found = findTradeNo(v, depth + 1);
    if (found) return found;
  }
  return undefined;
}

export function createdOrder(
  requestBody: unknown,
  responseBody: unknown,
  now: number,
): SnapOrder | undefined {
  const envelope = responseBody as { message?: unknown; success?: unknown; code?: unknown } | null;
  if (!envelope || typeof envelope !== 'object') return undefined;
  if (
    envelope.message === 'error' ||
    envelope.success === false ||
    (typeof envelope.code === 'number' && envelope.code !== 0)
  ) {
    return undefined;
  }
  const tradeNo = findTradeNo(responseBody);
  if (!tradeNo) return undefined;
  const order: SnapOrder = { status: 'pending', createdAt: now, tradeNoTail: tradeNo.slice(-4) };
  const uid = /^(?:SUB)?USR(\d{1,12})NO/.exec(tradeNo)?.[1];
  if (uid) order.tradeNoUserId = uid;
  let request = requestBody;
  if (typeof request === 'string') {
    try {
      request = JSON.parse(request);
    } catch {
      request = undefined;
    }
  }
  const r = request as { amount?: unknown; payment_method?: unknown } | undefined;
  if (r && typeof r.amount === 'number' && Number.isFinite(r.amount)) order.amount = r.amount;
  if (r && typeof r.payment_method === 'string') order.method = shortText(r.payment_method);
  return order;
}
