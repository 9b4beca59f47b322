// sub2api preset (Wei-Shaw/sub2api), the hosted console of the seed (pages /purchase, /orders, /redeem).
// Vue app; localStorage.auth_token is the Bearer token and auth_user the JSON user (frontend/src/api/
// client.ts). Read-only: never POST /api/v1/payment/orders/verify (it asks the provider and changes
// state; only on an explicit user action) and never /api/v1/auth/refresh (it rotates the refresh token and
// would log the page out). An expired access token while the console still keeps its user is not "logged
// out": the console refreshes it on its next call (frontend/src/api/client.ts), so it reads as
// session_expired, and a token the console already replaced is used at once (docs/consoles.md). The token
// is used for these GETs and never copied anywhere.

import { orderTradeNo } from '../../core/facts/trade-no.js';
import type { LedgerEntry, MaskedKey, Order, OrderStatus } from '../../core/index.js';
import { maskRedeemCode, maskText } from '../../core/mask/index.js';
import { getJson, idString, type Reply, stored, storedJson } from '../http.js';
import { toMaskedKey } from '../keys.js';
import { type Got, listPart, parseRows, toMs } from '../parse.js';
import type { ConsoleAdapter, ConsoleEnv, ConsoleRead, ConsoleReadError } from '../types.js';
import { ApiKey, Envelope, PaymentOrder, RedeemHistoryItem, User } from './schema.js';

const API = '/api/v1';
const PAGE = 'page=1&page_size=20';

/** A payment order's status as the core reads it; the inbox words raw statuses by it. */
export const SUB2API_ORDER_STATUS: Readonly<Record<string, OrderStatus>> = {
  PENDING: 'pending',
  PAID: 'paid', // the provider confirmed payment, balance not applied yet
  RECHARGING: 'paid',
  COMPLETED: 'credited',
  EXPIRED: 'expired',
  CANCELLED: 'cancelled',
  FAILED: 'failed',
  REFUND_REQUESTED: 'refund_requested',
  REFUNDING: 'refunding',
  PARTIALLY_REFUNDED: 'refunded',
  REFUNDED: 'refunded',
};

const KEY_STATUS: Record<string, MaskedKey['status']> = {
  active: 'enabled',
  inactive: 'disabled',
  expired: 'expired',
  quota_exhausted: 'exhausted',
};

function unwrapReply(
  reply: Reply | 'network',
  unauthorized: ConsoleReadError['code'] = 'not_logged_in',
): Got {
  if (reply === 'network') return { ok: false, code: 'network' };
  if (reply.status === 401) return { ok: false, code: unauthorized };
  if (reply.status < 200 || reply.status > 299) return { ok: false, code: `http_${reply.status}` };
  const env = Envelope.safeParse(reply.body);
  if (!env.success) return { ok: false, code: 'bad_shape' };
  if (env.data.code !== 0 && env.data.code !== '0') return { ok: false, code: 'console_error' };
  return { ok: true, data: env.data.data };
}

export function orderOf(o: PaymentOrder): Order | undefined {
  const createdAt = toMs(o.created_at);
  if (createdAt === undefined || !o.out_trade_no) return undefined;
  const out: Order = {
    ref: idString(o.id) ?? '',
    ...orderTradeNo(o.out_trade_no),
    status: SUB2API_ORDER_STATUS[o.status.toUpperCase()] ?? 'unknown',
    rawStatus: o.status,
    createdAt,
  };
  if (o.amount != null) out.amount = o.amount;
  if (o.pay_amount != null) out.money = o.pay_amount;
  if (o.payment_type) out.method = o.payment_type;
  const done = toMs(o.completed_at);
  if (done !== undefined) out.completedAt = done;
  return out;
}

function ledgerEntryOf(r: RedeemHistoryItem): LedgerEntry | undefined {
  const at = toMs(r.used_at) ?? toMs(r.created_at);
  if (at === undefined) return undefined;
  // The history row carries the full code: only its masked form (first 2 + last 4) is kept, so a "used"
  // answer can be matched with this account's own redemption of that code. Balance codes carry an amount in USD.
  const e: LedgerEntry = {
    kind: 'redeem',
    at,
    text: maskText(r.notes || `${r.type} ${r.value ?? ''}`.trim()).text,
  };
  if (r.type === 'balance' && r.value != null) e.amount = r.value;
  const masked = r.code ? maskRedeemCode(r.code) : '';
  // Only the full mask (12+ characters) identifies a code; a short code's `…xy` could be many.
  if (/^[A-Za-z0-9]{2}…[A-Za-z0-9]{4}$/.test(masked)) e.codeMasked = masked;
  return e;
}

export function keyOf(k: ApiKey): MaskedKey | undefined {
  return toMaskedKey(k.key, {
    name: k.name ?? undefined,
    group: k.group?.name ?? undefined,
    status: k.status ? (KEY_STATUS[k.status] ?? 'unknown') : undefined,
  });
}

function storedUserId(env: ConsoleEnv): string | undefined {
  const u = storedJson(env, 'auth_user');
  return u && typeof u === 'object' ? idString((u as { id?: unknown }).id) : undefined;
}

export const sub2apiAdapter: ConsoleAdapter = {
  kind: 'sub2api',
  detect(env) {
    return Boolean(stored(env, 'auth_token')) && storedUserId(env) !== undefined;
  },
  read: (env) => readAll(env, false),
};

async function readAll(env: ConsoleEnv, retried: boolean): Promise<ConsoleRead> {
  const token = stored(env, 'auth_token');
  const storedId = storedUserId(env);
  const errors: ConsoleReadError[] = [];
  const out: ConsoleRead = { console: { kind: 'sub2api' }, session: { storedUserId: storedId }, errors };
  if (!token) {
    errors.push({ part: 'account', code: 'not_logged_in' });
    return out;
  }
  const headers = { Authorization: `Bearer ${token}` };
  const [profile, orders, redeems, keys] = await Promise.all([
    getJson(env, `${API}/user/profile`, headers),
    getJson(env, `${API}/payment/orders/my?${PAGE}`, headers),
    getJson(env, `${API}/redeem/history?${PAGE}`, headers),
    getJson(env, `${API}/keys?${PAGE}`, headers),
  ]);

  // The console refreshed its token while we read (its own call came first): read again with the new one.
  const fresh = stored(env, 'auth_token');
  if (!retried && profile !== 'network' && profile.status === 401 && fresh && fresh !== token)
    return readAll(env, true);
  const unauthorized = storedId !== undefined ? 'session_expired' : 'not_logged_in';
  const unwrap = (reply: Reply | 'network') => unwrapReply(reply, unauthorized);
  const me = unwrap(profile);
  const u = me.ok ? User.safeParse(me.data) : undefined;
  if (u?.success) {
    const id = idString(u.data.id) ?? '';
    out.account = { id };
    if (u.data.username) out.account.username = u.data.username;
    if (u.data.email) out.account.email = u.data.email;
    // sub2api stores money directly (balance in USD, shown as $x.xx).
    if (u.data.balance != null)
      out.account.balance = { raw: u.data.balance, quotaPerUnit: 1, displayUnit: 'USD' };
    if (out.session) out.session.serverUserId = id;
  } else errors.push({ part: 'account', code: me.ok ? 'bad_shape' : me.code });

  const o = listPart(unwrap(orders), (rows) => parseRows(rows, PaymentOrder, orderOf));
  if (o.items) out.orders = o.items;
  if (o.code) errors.push({ part: 'orders', code: o.code });
  // Older builds answer the redeem history as a bare array, newer ones as a page: listOf reads both.
  const l = listPart(unwrap(redeems), (rows) => parseRows(rows, RedeemHistoryItem, ledgerEntryOf));
  if (l.items) out.ledger = l.items;
  if (l.code) errors.push({ part: 'ledger', code: l.code });
  const k = listPart(unwrap(keys), (rows) => parseRows(rows, ApiKey, keyOf));
  if (k.items) out.keys = k.items;
  if (k.code) errors.push({ part: 'keys', code: k.code });
  return out;
}
