// A full trade number is read once, at the boundary, and dropped: what stays is its mask (last 4), its tail
// and the account id some formats carry. Used by the adapters (numbers the console lists: orderTradeNo) and
// by the widget (a number the user pastes: readTradeNo), so both read the id BEFORE masking.
import { maskTradeNo } from '../mask/masks.js';
import type { Order } from './schema.js';

/**
 * The user id some trade numbers carry (QuantumNous/new-api controller/topup.go): epay `USR{uid}NO{6}{unix}`,
 * subscriptions `SUBUSR{uid}NO...`, forks `USR{uid}PROMO{pid}NO...`; Waffo `WAFFO-{uid}-{ms}-{6}`.
 */
export function tradeNoUserId(tradeNo: string): string | undefined {
  const t = tradeNo.trim();
  const m = /^(?:SUB)?USR(\d+)(?:PROMO\d+)?NO/.exec(t) ?? /^WAFFO-(\d+)-/.exec(t);
  return m?.[1];
}

export interface TradeNoFacts {
  /** `…1832`: the only form that is kept. */
  masked: string;
  /** The last 4 characters, what a receipt shows and the user compares. */
  tail: string;
  userId?: string;
}

/** Reads a full trade number (or a receipt line holding one) into what may be kept. */
export function readTradeNo(value: string): TradeNoFacts | undefined {
  const v = value.trim().replace(/\s+/g, '');
  if (v.length < 4) return undefined;
  const out: TradeNoFacts = { masked: maskTradeNo(v), tail: v.slice(-4) };
  const uid = tradeNoUserId(v);
  if (uid) out.userId = uid;
  return out;
}

/** A listed order's trade number as the order keeps it: its mask (`…1832`) and its tail, what the user
 *  compares with their receipt (the adapter reads the account id, where its format carries one, itself). */
export function orderTradeNo(tradeNo: string): Pick<Order, 'tradeNo' | 'tradeNoTail'> {
  return { tradeNo: maskTradeNo(tradeNo), tradeNoTail: tradeNo.slice(-4) };
}
