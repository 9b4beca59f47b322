// new-api JSON -> Facts. Shared by generations A/B (reads), C (the observer feed) and one-api (same shapes).

import { orderTradeNo, tradeNoUserId } from '../../core/facts/trade-no.js';
import type { Account, Balance, LedgerEntry, MaskedKey, Order, OrderStatus } from '../../core/index.js';
import { maskText } from '../../core/mask/index.js';
import { idString } from '../http.js';
import { toMaskedKey } from '../keys.js';
import { creditAmounts, ledgerKind } from '../ledger-kind.js';
import { type Parsed, parseRows, toMs } from '../parse.js';
import { Log, type Self, Status, Token, TopUp } from './schema.js';

/** model/topup.go topUpQueryWindowSeconds: the user's list shows the last 30 days only. */
export const HISTORY_DAYS = 30;

/** common.QuotaPerUnit default (new-api and one-api). */
const DEFAULT_QUOTA_PER_UNIT = 500_000;

/** When neither /api/status nor the page's cache can be read: new-api's defaults. */
export const FALLBACK_DISPLAY: DisplaySettings = { quotaPerUnit: DEFAULT_QUOTA_PER_UNIT, type: 'USD' };

export interface DisplaySettings {
  quotaPerUnit: number;
  /** 'USD' | 'CNY' | 'TOKENS' | 'CUSTOM' (setting/operation_setting QuotaDisplayType*). */
  type: string;
  usdExchangeRate?: number;
  customRate?: number;
}

export function displaySettings(raw: unknown): DisplaySettings | undefined {
  const r = Status.safeParse(raw);
  if (!r.success) return undefined;
  const s = r.data;
  const qpu = Number(s.quota_per_unit);
  const legacy = s.display_in_currency === false || s.display_in_currency === 'false' ? 'TOKENS' : 'USD';
  return {
    quotaPerUnit: qpu > 0 ? qpu : DEFAULT_QUOTA_PER_UNIT,
    type: (s.quota_display_type || legacy).toUpperCase(),
    usdExchangeRate: s.usd_exchange_rate ?? undefined,
    customRate: s.custom_currency_exchange_rate ?? undefined,
  };
}

/**
 * How the page shows the balance (web/default lib/currency.ts): USD = quota / quota_per_unit, CNY = that
 * times usd_exchange_rate, CUSTOM = times custom_currency_exchange_rate, TOKENS = the raw quota.
 * Balance.quotaPerUnit is "raw units per displayed unit", so the rate folds into it.
 */
export function balanceOf(quota: number, d: DisplaySettings): Balance {
  if (d.type === 'TOKENS') return { raw: quota, quotaPerUnit: 1, displayUnit: 'TOKENS' };
  const rate = d.type === 'CNY' ? d.usdExchangeRate : d.type === 'CUSTOM' ? d.customRate : 1;
  if (!rate || rate <= 0) return { raw: quota, quotaPerUnit: d.quotaPerUnit, displayUnit: 'USD' };
  return { raw: quota, quotaPerUnit: d.quotaPerUnit / rate, displayUnit: d.type };
}

export function accountOf(self: Self, d: DisplaySettings): Account {
  const a: Account = { id: idString(self.id) ?? '', balance: balanceOf(self.quota, d) };
  if (self.username) a.username = self.username;
  if (self.display_name) a.displayName = self.display_name;
  if (self.email) a.email = self.email;
  if (self.group) a.group = self.group;
  return a;
}

/** top_up.status (model/topup.go) as the core reads it; the demo console and the inbox word raw statuses by it. */
export const NEW_API_ORDER_STATUS: Readonly<Record<string, OrderStatus>> = {
  pending: 'pending',
  success: 'credited', // credit and status change happen in one transaction (model/topup.go Recharge*)
  failed: 'failed',
  expired: 'expired',
  cancelled: 'cancelled',
  canceled: 'cancelled',
  refunded: 'refunded',
};

const EPAY_METHODS = new Set(['alipay', 'wxpay', 'qqpay']);

export function orderOf(t: TopUp): Order | undefined {
  const createdAt = toMs(t.create_time, 's');
  if (createdAt === undefined || !t.trade_no) return undefined;
  const o: Order = {
    ref: idString(t.id) ?? '',
    ...orderTradeNo(t.trade_no),
    status: NEW_API_ORDER_STATUS[t.status.toLowerCase()] ?? 'unknown',
    rawStatus: t.status,
    createdAt,
  };
  const uid = tradeNoUserId(t.trade_no);
  if (uid) o.tradeNoUserId = uid;
  if (t.amount != null) o.amount = t.amount;
  if (t.money != null) o.money = t.money;
  if (t.payment_method) o.method = t.payment_method;
  // Epay-style platforms (what new-api's alipay/wxpay top-up goes through) settle in CNY: top_up.money is
  // amount × the operator's price in yuan (controller/topup.go getPayMoney).
  if (t.payment_provider === 'epay' || EPAY_METHODS.has(t.payment_method ?? '')) o.currency = 'CNY';
  if (t.payment_provider) o.provider = t.payment_provider;
  const done = toMs(t.complete_time, 's');
  if (done !== undefined) o.completedAt = done;
  return o;
}

export function ordersOf(rows: readonly unknown[]): Parsed<Order> {
  return parseRows(rows, TopUp, orderOf);
}

/**
 * Credit rows only (type 1 top-up, type 6 refund: the server filters by `type`, old builds may not);
 * texts are masked before they enter Facts.
 */
export function ledgerOf(rows: readonly unknown[], d: DisplaySettings | undefined): Parsed<LedgerEntry> {
  const credit = rows.filter((r) => {
    const t = (r as { type?: unknown } | null)?.type;
    return t === 1 || t === 6 || typeof t !== 'number';
  });
  const parsed = parseRows(credit, Log, (l) => {
    const at = toMs(l.created_at, 's');
    if (at === undefined) return undefined;
    const e: LedgerEntry = {
      kind: ledgerKind(l.content, l.type),
      at,
      text: maskText(l.content).text,
      ...creditAmounts(l.content),
    };
    // model.RecordLog leaves quota 0 on top-up rows; builds that fill it in give an amount too.
    if (l.quota && l.quota > 0) e.quota = l.quota;
    return e;
  });
  return d ? { items: withAmounts(parsed.items, d), dropped: parsed.dropped } : parsed;
}

/** Ledger amounts in the balance's display unit, from the raw quota delta. */
export function withAmounts(entries: readonly LedgerEntry[], d: DisplaySettings): LedgerEntry[] {
  return entries.map((e) => {
    if (e.quota === undefined) return e;
    const b = balanceOf(e.quota, d);
    return { ...e, amount: b.raw / b.quotaPerUnit };
  });
}

const KEY_STATUS: Record<number, MaskedKey['status']> = {
  1: 'enabled',
  2: 'disabled',
  3: 'expired',
  4: 'exhausted',
};

export function keysOf(rows: readonly unknown[]): Parsed<MaskedKey> {
  return parseRows(rows, Token, (t) =>
    toMaskedKey(t.key, {
      name: t.name ?? undefined,
      group: t.group ?? undefined,
      status: t.status != null ? (KEY_STATUS[t.status] ?? 'unknown') : undefined,
    }),
  );
}
