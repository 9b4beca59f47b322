// First-start data of the sub2api-shaped console: the same three people as the new-api console (their
// own accounts here, logging in by email), keys, redeem codes in every state and past orders.
// Deterministic like ../seed.ts: codes and trade numbers come from a hash of their label.
import { createHash } from 'node:crypto';
import { DEMO_ACCOUNTS, detAlnum, type Tx } from '../seed.js';

const DAY = 86_400_000;

/** sub2api's balance codes of the builds this console imitates: XXXXXXXX-XXXXXXXX-XXXXXXXX-XXXXXXXX,
 *  upper-case hex, matched case-sensitively (backend/internal/service/redeem_service.go GenerateRandomCode). */
export function s2Code(label: string): string {
  const hex = createHash('sha256').update(`topup-doctor-demo:s2code:${label}`).digest('hex').toUpperCase();
  return [0, 8, 16, 24].map((i) => hex.slice(i, i + 8)).join('-');
}

/** sub2api's out_trade_no: sub2_YYYYMMDD + 8 upper-case letters and digits. */
/** sub2api's generateRechargeCode: `s2p_` + the order id + 16 hex (here derived from the order number). */
function s2RechargeCode(orderId: number, outTradeNo: string): string {
  return `s2p_${orderId}${createHash('sha256').update(`s2recharge:${outTradeNo}`).digest('hex').slice(0, 16)}`;
}

/** A balance order's fulfilment as sub2api does it: its recharge code, created and redeemed for the owner
 *  (a balance-history row), the balance credited, the order COMPLETED. */
export async function s2Fulfil(
  tx: Tx,
  o: { id: number; userId: number; amount: number; outTradeNo: string },
  at: number,
): Promise<void> {
  const code = s2RechargeCode(o.id, o.outTradeNo);
  await tx.query(
    `insert into s2_redeem_codes (code, type, value, status, used_by, used_at, created_at)
     values ($1, 'balance', $2, 'used', $3, $4, $4) on conflict (code) do nothing`,
    [code, o.amount, o.userId, at],
  );
  await tx.query(
    `update s2_orders set status = 'COMPLETED', completed_at = $2, recharge_code = $3 where id = $1`,
    [o.id, at, code],
  );
  await tx.query('update s2_users set balance = balance + $2 where id = $1', [o.userId, o.amount]);
}

export function s2TradeNo(label: string, atMs: number): string {
  const day = new Date(atMs).toISOString().slice(0, 10).replace(/-/g, '');
  return `sub2_${day}${detAlnum(`s2trade:${label}`, 8).toUpperCase()}`;
}

/** The console's admin API key (Settings → Admin API Key: `admin-` + 64 hex), sent as `x-api-key` by
 *  support's reconciliation. Only the intake's environment holds it; never on a page. */
export const S2_ADMIN_KEY = `admin-${createHash('sha256').update('topup-doctor-demo:s2-admin-key').digest('hex')}`;

/** Yuan paid per USD of balance on this console (sub2api orders carry amount in USD and pay_amount). */
export const S2_RATE = 7.2;

export type S2CodeState = 'unused' | 'used_self' | 'used_other' | 'expired';
export const S2_CODES: { state: S2CodeState; value: number }[] = [
  { state: 'unused', value: 10 },
  { state: 'used_self', value: 5 },
  { state: 'used_other', value: 20 },
  { state: 'expired', value: 15 },
];

export async function seedSub2api(tx: Tx, now: number): Promise<void> {
  for (const a of DEMO_ACCOUNTS) {
    await tx.query(
      'insert into s2_users (id, email, username, password, balance, created_at) values ($1,$2,$3,$4,$5,$6)',
      [a.id, a.email, a.username, a.password, 0, now - 60 * DAY],
    );
    await tx.query('insert into s2_keys (user_id, key, name, created_at) values ($1,$2,$3,$4)', [
      a.id,
      `sk-${detAlnum(`s2key:${a.id}`, 48)}`,
      `${a.username}-cli`,
      now - 40 * DAY,
    ]);
  }
  await tx.query(`select setval('s2_users_id_seq', ${DEMO_ACCOUNTS.length})`);
  for (const c of S2_CODES) {
    const usedBy = c.state === 'used_self' ? 1 : c.state === 'used_other' ? 2 : null;
    await tx.query(
      `insert into s2_redeem_codes (code, value, status, used_by, used_at, created_at, expires_at)
       values ($1,$2,$3,$4,$5,$6,$7)`,
      [
        s2Code(c.state),
        c.value,
        usedBy ? 'used' : 'unused',
        usedBy,
        usedBy ? now - 2 * DAY : null,
        now - 20 * DAY,
        c.state === 'expired' ? now - 3 * DAY : null,
      ],
    );
    if (usedBy) await tx.query('update s2_users set balance = balance + $2 where id = $1', [usedBy, c.value]);
  }
  // alice bought $20 a week ago; bob $50 five days ago.
  await s2Order(tx, {
    label: 'base-alice',
    userId: 1,
    amount: 20,
    method: 'alipay',
    at: now - 7 * DAY,
    status: 'COMPLETED',
  });
  await s2Order(tx, {
    label: 'base-bob',
    userId: 2,
    amount: 50,
    method: 'wxpay',
    at: now - 5 * DAY,
    status: 'COMPLETED',
  });
}

export interface S2OrderSpec {
  label: string;
  userId: number;
  /** USD of balance. */
  amount: number;
  method: string;
  /** Created at, ms. */
  at: number;
  status: string;
  /** Seconds from creation to the provider's confirmation (PAID and later states). */
  paidAfterSec?: number;
  refundReason?: string;
}

const PAID_STATES = new Set(['PAID', 'RECHARGING', 'COMPLETED', 'REFUND_REQUESTED', 'REFUNDING', 'REFUNDED']);
const CREDITED_STATES = new Set(['COMPLETED', 'REFUND_REQUESTED', 'REFUNDING']);

/** Inserts an order; a completed one credits the balance, as sub2api's fulfilment does. Returns out_trade_no. */
export async function s2Order(tx: Tx, o: S2OrderSpec): Promise<string> {
  const outTradeNo = s2TradeNo(o.label, o.at);
  const paidAt = PAID_STATES.has(o.status) ? o.at + (o.paidAfterSec ?? 60) * 1000 : null;
  const completedAt = CREDITED_STATES.has(o.status) && paidAt ? paidAt + 3000 : null;
  const inserted = await tx.query<{ id: number }>(
    `insert into s2_orders (user_id, amount, pay_amount, payment_type, out_trade_no, status, created_at, expires_at,
       paid_at, completed_at, refund_reason) values ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11) returning id`,
    [
      o.userId,
      o.amount,
      Math.round(o.amount * S2_RATE * 100) / 100,
      o.method,
      outTradeNo,
      o.status,
      o.at,
      o.at + 30 * 60_000,
      paidAt,
      completedAt,
      o.refundReason ?? null,
    ],
  );
  const id = inserted.rows[0]?.id;
  if (completedAt && id !== undefined) {
    await s2Fulfil(tx, { id, userId: o.userId, amount: o.amount, outTradeNo }, completedAt);
    // A credited state past COMPLETED (refund requested, refunding) keeps its own status.
    await tx.query('update s2_orders set status = $2 where id = $1', [id, o.status]);
  }
  return outTradeNo;
}
