// Delivers the simulator's server-to-server notifies over real HTTP, as an epay platform would:
// - immediate: one notify right after payment;
// - delayed: one notify N minutes after payment (by the injected clock; a ticker checks every second);
// - never: the merchant's callback address is misconfigured (a trailing slash, a real failure mode:
//   the notify hits a 404 and the order stays pending);
// - twice: the same notify sent two times (the merchant must credit once).
import { EPAY_KEY, EPAY_PID } from '../config.js';
import type { Db } from '../db.js';
import { signed } from './epay.js';
import { getOrder, type SimOrder } from './store.js';

export type TradeStatus = 'TRADE_SUCCESS' | 'TRADE_CLOSED' | 'TRADE_FAILED';

/** The address the simulator calls: a misconfigured merchant gets its notify URL with a trailing slash. */
export function notifyTarget(order: SimOrder): string {
  return order.callback_mode === 'never' ? `${order.notify_url}/` : order.notify_url;
}

export async function sendNotify(
  db: Db,
  order: SimOrder,
  status: TradeStatus,
  nowMs: number,
): Promise<number> {
  const params = signed(
    {
      pid: EPAY_PID,
      trade_no: `2026${String(nowMs).slice(-15)}`,
      out_trade_no: order.trade_no,
      type: order.pay_type,
      name: order.name,
      money: (order.paid_money ?? order.money).toFixed(2),
      trade_status: status,
    },
    EPAY_KEY,
  );
  const url = `${notifyTarget(order)}?${new URLSearchParams(params).toString()}`;
  let httpStatus = 0;
  let response = '';
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(5000) });
    httpStatus = res.status;
    response = (await res.text()).slice(0, 200);
  } catch (error) {
    response = error instanceof Error ? error.message.slice(0, 200) : 'network error';
  }
  // Keep the path only: the query carries the signature and the full trade number.
  await db.query(
    'insert into sim_notifications (trade_no, at, url, http_status, response) values ($1,$2,$3,$4,$5)',
    [order.trade_no, nowMs, new URL(url).pathname, httpStatus, response],
  );
  return httpStatus;
}

/** Sends every notify that is due; returns how many were sent. */
export async function deliverDue(db: Db, nowMs: number): Promise<number> {
  const due = await db.query<SimOrder>(
    `select * from sim_orders where state = 'paid' and callbacks_left > 0 and callback_due_at <= $1 order by callback_due_at`,
    [nowMs],
  );
  let sent = 0;
  for (const order of due.rows) {
    await db.query('update sim_orders set callbacks_left = 0 where trade_no = $1', [order.trade_no]);
    for (let i = 0; i < order.callbacks_left; i++) {
      await sendNotify(db, order, 'TRADE_SUCCESS', nowMs);
      sent++;
    }
  }
  return sent;
}

/** "Resend notify" from the platform's merchant dashboard: one notify now, whatever the mode. */
export async function resend(db: Db, tradeNo: string, nowMs: number): Promise<number | undefined> {
  const order = await getOrder(db, tradeNo);
  if (order?.state !== 'paid') return undefined;
  await db.query('update sim_orders set callbacks_left = 0 where trade_no = $1', [tradeNo]);
  return sendNotify(db, order, 'TRADE_SUCCESS', nowMs);
}
