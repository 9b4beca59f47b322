// The payment simulator's own records: one row per cashier order (keyed by the merchant's trade number)
// with the callback behaviour chosen for it, and every notify it sent with the merchant's answer.
import type { Db } from '../db.js';

export const CALLBACK_MODES = ['immediate', 'delayed', 'never', 'twice'] as const;
export type CallbackMode = (typeof CALLBACK_MODES)[number];

export interface SimOrder {
  trade_no: string;
  pay_type: string;
  name: string;
  money: number;
  notify_url: string;
  return_url: string;
  /** awaiting | paid | failed | cancelled */
  state: string;
  callback_mode: CallbackMode;
  delay_minutes: number;
  paid_money: number | null;
  paid_at: string | null;
  callback_due_at: string | null;
  callbacks_left: number;
  created_at: string;
}

export interface SimNotification {
  id: number;
  trade_no: string;
  at: string;
  url: string;
  http_status: number;
  response: string;
}

export async function getOrder(db: Db, tradeNo: string): Promise<SimOrder | undefined> {
  const res = await db.query<SimOrder>('select * from sim_orders where trade_no = $1', [tradeNo]);
  return res.rows[0];
}

export async function listOrders(db: Db, limit = 30): Promise<SimOrder[]> {
  return (await db.query<SimOrder>('select * from sim_orders order by created_at desc limit $1', [limit]))
    .rows;
}

export async function notificationsFor(db: Db, tradeNo: string): Promise<SimNotification[]> {
  return (
    await db.query<SimNotification>('select * from sim_notifications where trade_no = $1 order by id', [
      tradeNo,
    ])
  ).rows;
}
