// Epay ("易支付") protocol as new-api uses it through Calcium-Ion/go-epay: the merchant posts a form to
// {PayAddress}/submit.php and receives a server-to-server notify (GET) with the same MD5 signature:
// md5(sorted non-empty params except sign/sign_type, joined k=v&..., + merchant key).
import { createHash } from 'node:crypto';
import type { Context } from 'hono';
import { EPAY_PID } from '../config.js';
import type { SimOrder } from './store.js';

export type EpayParams = Record<string, string>;

export function epaySign(params: EpayParams, key: string): string {
  const text = Object.keys(params)
    .filter((k) => k !== 'sign' && k !== 'sign_type' && params[k] !== '' && params[k] !== undefined)
    .sort()
    .map((k) => `${k}=${params[k]}`)
    .join('&');
  return createHash('md5')
    .update(text + key)
    .digest('hex');
}

export function epayVerify(params: EpayParams, key: string): boolean {
  return typeof params.sign === 'string' && params.sign === epaySign(params, key);
}

export function signed(params: EpayParams, key: string): EpayParams {
  return { ...params, sign: epaySign(params, key), sign_type: 'MD5' };
}

/** The epay parameters of a request: a posted form (submit.php, notify by POST) or the query (notify by
 *  GET, as go-epay sends it). Only string values count: a file part is never a parameter. */
export async function epayParams(c: Context): Promise<EpayParams> {
  if (c.req.method !== 'POST') return c.req.query();
  return Object.fromEntries(
    Object.entries(await c.req.parseBody()).filter(([, v]) => typeof v === 'string'),
  ) as EpayParams;
}

/** "YYYY-MM-DD HH:MM:SS" in Asia/Shanghai, as the platforms print times. */
function epayTime(ms: number): string {
  return new Date(ms + 8 * 3_600_000).toISOString().slice(0, 19).replace('T', ' ');
}

/** Deterministic digits from a label (the simulator's platform and channel numbers, the payer's id). */
function digits(label: string, n: number): string {
  const hex = createHash('sha256').update(`topup-doctor-sim:${label}`).digest('hex');
  return Array.from(hex.slice(0, n), (ch) => String(Number.parseInt(ch, 16) % 10)).join('');
}

/**
 * The query API's answer for one order (彩虹易支付 api.php?act=order): status 0 unpaid (awaiting, failed
 * or cancelled at the cashier), 1 paid; `money` the amount actually paid; `endtime` when it was paid;
 * `api_trade_no` the channel's transaction number and `buyer` the payer's channel account (a 2088… Alipay
 * user id): data a merchant must not keep in full.
 */
export function epayQueryAnswer(order: SimOrder) {
  const paid = order.state === 'paid';
  const created = Number(order.created_at);
  return {
    code: 1,
    msg: '查询订单号成功！',
    trade_no: `2026${digits(`trade:${order.trade_no}`, 15)}`,
    out_trade_no: order.trade_no,
    api_trade_no: paid ? `2026${digits(`channel:${order.trade_no}`, 24)}` : '',
    type: order.pay_type,
    pid: Number(EPAY_PID),
    addtime: epayTime(created),
    endtime: paid && order.paid_at ? epayTime(Number(order.paid_at)) : null,
    name: order.name,
    money: (paid ? (order.paid_money ?? order.money) : order.money).toFixed(2),
    status: paid ? 1 : 0,
    param: '',
    buyer: paid ? `2088${digits(`buyer:${order.trade_no}`, 12)}` : '',
  };
}
