// Reconciliation, the pure part: from what a ticket carries (a masked order tail or code mask, the account,
// the amount and currency, the times) and what the gateway and the payment platform answered, decide which
// record the ticket is about (found / not found / several candidates) and flag in words what does not add
// up (another account, amount differs, paid at the provider but not completed, completed without a ledger
// entry, ...). No clock, no I/O: the service (./service.ts) runs the lookups and passes their answers here.
//
// What this returns is what support sees and what the store keeps: order numbers are `…1234`, codes
// `ab…9f3e` (the widget's own masks), the provider's transaction id its last 4; the payer's account never.
import type { Ticket } from '@topup-doctor/sdk/core';
import { maskRedeemCode, maskTradeNo } from '@topup-doctor/sdk/core';
import type {
  GatewayClient,
  GatewayCode,
  GatewayOrder,
  GatewayUser,
  LedgerEntry,
  Outcome,
  ProviderPayment,
} from './types.js';

export type FailState = Extract<Outcome<unknown>, { ok: false }>['state'];
export type LookupState = 'ok' | FailState;

const DAY = 86_400_000;
const HOUR = 3_600_000;
/** Amounts closer than this are the same (floating point money from JSON). */
const CENT = 0.005;

/** What a ticket gives the lookup. Never a full number: only the tails the widget kept. */
export interface TicketKeys {
  subject: 'order' | 'code' | 'none';
  problem: Ticket['problem'];
  reason?: string;
  /** Order number tail (1-4 letters/digits, from `…1234`). */
  tail?: string;
  /** Duplicate orders' tails (duplicate_or_refund). */
  otherTails: string[];
  /** A redeem code's mask: first 2 (empty for a short code) + last 2-4. */
  codeHead?: string;
  codeTail?: string;
  accountId?: string;
  username?: string;
  amount?: number;
  paidAmount?: number;
  currency?: string;
  /** When the order was created / paid / the code redeemed, as the ticket says (ms). */
  at?: number;
  /** The search window (ms). */
  from: number;
  to: number;
}

const alnum = (s: string) => s.replace(/[^A-Za-z0-9]/g, '');

function ms(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const t = Date.parse(value);
  return Number.isNaN(t) ? undefined : t;
}

const num = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined;

const str = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== ''
    ? value.trim()
    : typeof value === 'number'
      ? String(value)
      : undefined;

/** The tail of a masked order number (`…1234` -> `1234`); anything else keeps its last 4 letters/digits. */
export function tailOf(masked: string | undefined): string | undefined {
  if (!masked) return undefined;
  const tail = alnum(maskTradeNo(masked));
  return tail.length > 0 ? tail : undefined;
}

/** The two ends of a masked code (`ab…9f3e` -> ab, 9f3e; `…9f` -> '', 9f). */
export function codeEnds(masked: string | undefined): { head: string; tail: string } | undefined {
  if (!masked) return undefined;
  const m = maskRedeemCode(masked);
  const at = m.indexOf('…');
  if (at < 0) return undefined;
  const head = alnum(m.slice(0, at));
  const tail = alnum(m.slice(at + 1));
  return tail.length >= 2 ? { head, tail } : undefined;
}

export function ticketKeys(ticket: Ticket, receivedAt: number): TicketKeys {
  const f = ticket.fields;
  const filed = ms(ticket.createdAt) ?? receivedAt;
  const redeem = ticket.problem === 'redeem_not_credited';
  const at = redeem
    ? (ms(f.redeemTime) ?? ms(f.balanceChangeAt))
    : (ms(f.orderTime) ?? ms(f.paidAt) ?? ms(f.balanceChangeAt));
  // A known time: a day either side (time zones, a slow callback). Unknown: the 30 days before the ticket.
  const from = at !== undefined ? Math.min(at, filed) - DAY : filed - 30 * DAY;
  const to = Math.max(at ?? filed, filed) + HOUR;
  const code = redeem ? codeEnds(str(f.redeemCode)) : undefined;
  const tail = redeem ? undefined : tailOf(str(f.tradeNo));
  const otherTails = redeem
    ? []
    : (str(f.duplicateOrders) ?? '')
        .split(/[,，\s]+/)
        .map((t) => tailOf(t))
        .filter((t): t is string => t !== undefined && t !== tail)
        .slice(0, 3);
  const accountId = str(f.accountId);
  const subject = redeem
    ? code || accountId
      ? 'code'
      : 'none'
    : tail || otherTails.length || accountId
      ? 'order'
      : 'none';
  const keys: TicketKeys = { subject, problem: ticket.problem, otherTails, from, to };
  if (ticket.reason) keys.reason = ticket.reason;
  if (tail) keys.tail = tail;
  if (code) {
    keys.codeHead = code.head;
    keys.codeTail = code.tail;
  }
  if (accountId) keys.accountId = accountId;
  const username = str(f.username);
  if (username) keys.username = username;
  const amount = num(f.amount);
  if (amount !== undefined) keys.amount = amount;
  const paidAmount = num(f.paidAmount);
  if (paidAmount !== undefined) keys.paidAmount = paidAmount;
  const currency = str(f.currency);
  if (currency) keys.currency = currency;
  if (at !== undefined) keys.at = at;
  return keys;
}

/** The order lookups to run: by each tail (the gateway's keyword search), else the account's orders.
 *  A one-character tail is too short to search by (it would match a tenth of all numbers). None: nothing
 *  to search (the service says so). */
export function orderQueries(keys: TicketKeys): Parameters<GatewayClient['findOrders']>[0][] {
  const window = { from: keys.from, to: keys.to };
  const tails = [keys.tail, ...keys.otherTails].filter((t): t is string => t !== undefined && t.length >= 2);
  if (tails.length) return tails.map((keyword) => ({ keyword, ...window }));
  return keys.accountId ? [{ userId: keys.accountId, ...window }] : [];
}

const endsWithTail = (tradeNo: string, tail: string) =>
  alnum(tradeNo).toLowerCase().endsWith(tail.toLowerCase());

const sameAmount = (a: number, b: number) => Math.abs(a - b) < CENT;

/** Does the order belong to the ticket's account? undefined when the ticket names none. */
export function ownerMatches(
  keys: TicketKeys,
  order: { userId: string; username?: string },
  owner?: GatewayUser,
): boolean | undefined {
  if (keys.accountId !== undefined) return order.userId === keys.accountId;
  if (keys.username === undefined) return undefined;
  const names = [order.username, owner?.username, owner?.displayName].filter(Boolean);
  return names.length ? names.includes(keys.username) : undefined;
}

/**
 * The orders the ticket may be about, most likely first. With a tail: the gateway's keyword hits that end
 * with it (a keyword search matches anywhere) and fall in the window; without: the account's orders in the
 * window, narrowed to the ticket's amount when that leaves any. Ranked: the ticket's account first, then
 * the amount, then the nearest to the ticket's time.
 */
export function orderCandidates(keys: TicketKeys, orders: readonly GatewayOrder[]): GatewayOrder[] {
  const tails = [keys.tail, ...keys.otherTails].filter((t): t is string => t !== undefined);
  const seen = new Set<string>();
  let hits = orders.filter((o) => {
    if (seen.has(o.tradeNo)) return false;
    seen.add(o.tradeNo);
    if (o.createdAt < keys.from || o.createdAt > keys.to) return false;
    if (tails.length) return tails.some((t) => endsWithTail(o.tradeNo, t));
    return keys.accountId === undefined || o.userId === keys.accountId;
  });
  if (!tails.length && keys.amount !== undefined) {
    const amount = keys.amount;
    const same = hits.filter((o) => amountMatches(amount, o));
    if (same.length) hits = same;
  }
  const score = (o: GatewayOrder) =>
    (ownerMatches(keys, o) === true ? 0 : 1) * 4 +
    (keys.amount !== undefined && !amountMatches(keys.amount, o) ? 2 : 0) +
    (keys.tail !== undefined && !endsWithTail(o.tradeNo, keys.tail) ? 1 : 0);
  const near = (o: GatewayOrder) => (keys.at === undefined ? -o.createdAt : Math.abs(o.createdAt - keys.at));
  return [...hits].sort((a, b) => score(a) - score(b) || near(a) - near(b));
}

/** The ticket's amount is the paid money when the console showed it, else the ordered amount. */
const amountMatches = (amount: number, o: GatewayOrder) =>
  sameAmount(amount, o.amount) || (o.money !== undefined && sameAmount(amount, o.money));

/** The codes the ticket may be about: both ends of the mask match; the exact one when several do. */
export function codeCandidates(keys: TicketKeys, codes: readonly GatewayCode[]): GatewayCode[] {
  const head = (keys.codeHead ?? '').toLowerCase();
  const tail = (keys.codeTail ?? '').toLowerCase();
  if (!tail) return [];
  const seen = new Set<string>();
  return codes.filter((c) => {
    if (seen.has(c.code)) return false;
    seen.add(c.code);
    const a = alnum(c.code).toLowerCase();
    return a.startsWith(head) && a.endsWith(tail) && a.length >= head.length + tail.length;
  });
}

// ---- What support sees --------------------------------------------------------------------------

/** A mismatch or a state, as a catalog key (`recon.flag.*`) and its params (money params end in `Money`). */
export interface Flag {
  key: FlagKey;
  params?: Record<string, string | number>;
}

export const FLAG_KEYS = [
  'otherAccount',
  'amountDiffers',
  'paidAmountDiffers',
  'providerAmountDiffers',
  'paidNotCompleted',
  'gatewayPaidNotCompleted',
  'completedNoLedger',
  'completedNotPaid',
  'pending',
  'failed',
  'expired',
  'notPaid',
  'providerNoRecord',
  'refunded',
  'codeUnused',
  'codeUsedHere',
  'codeUsedByOther',
  'codeUsedNoLedger',
  'codeDisabled',
  'codeExpired',
] as const;
export type FlagKey = (typeof FLAG_KEYS)[number];

export interface ProviderView {
  state: LookupState;
  status?: ProviderPayment['status'];
  money?: number;
  currency?: string;
  paidAt?: number;
  /** `…1234`: the provider's transaction id, last 4 only. */
  tradeNo?: string;
  /** false: the platform has no record of this order at all (never reached its cashier), which is not the
   *  same as a record that says unpaid. */
  known?: boolean;
  /** With state not_supported: the order went through another platform (named as the gateway names it),
   *  so the configured one was not asked. */
  otherPlatform?: string;
}

export interface LedgerView {
  state: LookupState;
  /** Ledger entries of the owner that fit this record (a credit after the order or the redeem). */
  entries?: number;
}

export interface OrderView {
  /** `…1234` */
  tradeNo: string;
  userId: string;
  username?: string;
  accountMatches?: boolean;
  amount: number;
  money?: number;
  currency?: string;
  method?: string;
  status: GatewayOrder['status'];
  createdAt: number;
  completedAt?: number;
  provider: ProviderView;
  ledger?: LedgerView;
  flags: Flag[];
  /** What support may do from the inbox (after a confirmation). */
  action?: { kind: 'complete' | 'verify'; needsConfirmation: boolean };
}

export interface CodeView {
  /** `ab…9f3e` */
  code: string;
  status: GatewayCode['status'];
  quota?: number;
  usd?: number;
  usedByUserId?: string;
  usedByUsername?: string;
  usedByThisAccount?: boolean;
  usedAt?: number;
  createdAt?: number;
  expiresAt?: number;
  ledger?: LedgerView;
  flags: Flag[];
}

export type Outcome3 = 'found' | 'not_found' | 'candidates';

/** The record beside a ticket: kept in the store with its time, rendered by the inbox. */
export interface Reconciliation {
  version: 1;
  checkedAt: number;
  console?: GatewayClient['console'];
  subject: TicketKeys['subject'];
  /** The gateway's lookup: ok, or why there is no answer (not configured, down, slow, refused the key). */
  gateway: LookupState;
  /** The ticket came from another kind of console than the configured gateway: not looked up there (a
   *  search in the wrong gateway would only say "not found"). */
  otherConsole?: string;
  /** Found / not found / several: only when the gateway answered. */
  outcome?: Outcome3;
  /** What was searched, masked: shown so support knows what "not found" means. truncatedAfter: the
   *  gateway's list was read only this far (newest first), more records exist. */
  search: {
    tail?: string;
    code?: string;
    accountId?: string;
    from: number;
    to: number;
    truncatedAfter?: number;
  };
  /** The ticket's mask is too short to search by (a code's `…9f`, an order's `…3`): nothing was asked. */
  tooShort?: boolean;
  orders: OrderView[];
  codes: CodeView[];
}

/** Everything the lookups answered for one candidate order. */
export interface OrderAnswers {
  order: GatewayOrder;
  owner?: Outcome<GatewayUser>;
  /** undefined: no payment platform configured. */
  provider?: Outcome<ProviderPayment>;
  ledger?: Outcome<LedgerEntry[]>;
}

export interface Capabilities {
  complete: boolean;
  verify: boolean;
  /** The gateway completes only an order it recorded as paid (sub2api's retry). */
  completeNeedsPaid?: boolean;
}

const stateOf = (o: Outcome<unknown> | undefined): LookupState =>
  o === undefined ? 'not_configured' : o.ok ? 'ok' : o.state;

/** Ledger entries that credit this order: the owner's top-ups from its creation to an hour after completion.
 *  A gateway whose order credits look like code redeems (sub2api) marks them `topup` when given the
 *  order's key (orderLedgerWindow's refs); when the order carries none, such a credit of its amount counts. */
export function orderCredits(order: GatewayOrder, entries: readonly LedgerEntry[]): LedgerEntry[] {
  const from = order.createdAt - 60_000;
  const to = (order.completedAt ?? order.createdAt) + HOUR;
  return entries.filter(
    (e) =>
      e.userId === order.userId &&
      e.at >= from &&
      e.at <= to &&
      (e.kind === 'topup' ||
        (order.creditRef === undefined && e.mayBeOrder === true && sameAmount(e.amount, order.amount))),
  );
}

/** The ledger window to ask for, for an order (see orderCredits). */
export const orderLedgerWindow = (order: GatewayOrder) => ({
  userId: order.userId,
  from: order.createdAt - 60_000,
  to: (order.completedAt ?? order.createdAt) + HOUR,
  ...(order.creditRef ? { refs: [order.creditRef] } : {}),
});

/** The configured platform can answer for the order: it went through it, or the gateway does not say.
 *  new-api names Stripe and Creem orders' platform; every other method there is an epay-style one. */
export function providerHandles(configured: 'epay' | 'stripe', order: GatewayOrder): boolean {
  const named = order.provider?.toLowerCase();
  return named === undefined || named === '' || named === configured;
}

export function orderView(keys: TicketKeys, a: OrderAnswers, can: Capabilities): OrderView {
  const o = a.order;
  const owner = a.owner?.ok ? a.owner.value : undefined;
  const username = o.username ?? owner?.username;
  const view: OrderView = {
    tradeNo: maskTradeNo(o.tradeNo),
    userId: o.userId,
    amount: o.amount,
    status: o.status,
    createdAt: o.createdAt,
    provider: { state: stateOf(a.provider) },
    flags: [],
  };
  if (username) view.username = username;
  const matches = ownerMatches(keys, o, owner);
  if (matches !== undefined) view.accountMatches = matches;
  const p = a.provider?.ok ? a.provider.value : undefined;
  if (o.money !== undefined) view.money = o.money;
  // new-api keeps no currency with an order's money: the platform's, else the one the console showed the
  // user (the ticket's), names it.
  const moneyCurrency = o.currency ?? p?.currency ?? keys.currency;
  if (moneyCurrency) view.currency = moneyCurrency;
  if (o.method) view.method = o.method;
  if (o.completedAt !== undefined) view.completedAt = o.completedAt;

  if (p) {
    view.provider.status = p.status;
    if (p.money !== undefined) view.provider.money = p.money;
    if (p.currency) view.provider.currency = p.currency;
    if (p.paidAt !== undefined) view.provider.paidAt = p.paidAt;
    if (p.tradeNoLast4) view.provider.tradeNo = `…${alnum(p.tradeNoLast4).slice(-4)}`;
    if (p.known === false) view.provider.known = false;
  }
  if (a.provider && !a.provider.ok && a.provider.state === 'not_supported' && o.provider) {
    view.provider.otherPlatform = o.provider;
  }
  if (o.status === 'success' && a.ledger) {
    view.ledger = a.ledger.ok
      ? { state: 'ok', entries: orderCredits(o, a.ledger.value).length }
      : { state: a.ledger.state };
  }

  const flags = view.flags;
  const currency = moneyCurrency;
  const money = (value: number) => ({ value, currency });
  if (matches === false) {
    flags.push({
      key: 'otherAccount',
      params: {
        owner: username ? `${username} (#${o.userId})` : `#${o.userId}`,
        account: keys.accountId ? `#${keys.accountId}` : (keys.username ?? ''),
      },
    });
  }
  if (keys.amount !== undefined && !amountMatches(keys.amount, o)) {
    flags.push({
      key: 'amountDiffers',
      params: moneyParams({ ticketMoney: money(keys.amount), gatewayMoney: money(o.money ?? o.amount) }),
    });
  }
  const paid = p?.money ?? o.money;
  if (keys.paidAmount !== undefined && paid !== undefined && !sameAmount(keys.paidAmount, paid)) {
    flags.push({
      key: 'paidAmountDiffers',
      params: moneyParams({ ticketMoney: money(keys.paidAmount), paidMoney: money(paid) }),
    });
  }
  if (
    p?.status === 'paid' &&
    p.money !== undefined &&
    o.money !== undefined &&
    !sameAmount(p.money, o.money)
  ) {
    flags.push({
      key: 'providerAmountDiffers',
      params: moneyParams({ providerMoney: money(p.money), gatewayMoney: money(o.money) }),
    });
  }
  if (o.status !== 'success' && p?.status === 'paid') flags.push({ key: 'paidNotCompleted' });
  else if (o.status !== 'success' && o.paidAt !== undefined) {
    // The gateway's own record of the payment (sub2api's paid_at on a PAID / FAILED order).
    flags.push({ key: 'gatewayPaidNotCompleted' });
  }
  if (o.status === 'success' && p?.status === 'unpaid') flags.push({ key: 'completedNotPaid' });
  if (view.ledger?.state === 'ok' && view.ledger.entries === 0) flags.push({ key: 'completedNoLedger' });
  if (o.status === 'pending' && p?.status !== 'paid' && o.paidAt === undefined)
    flags.push({ key: 'pending' });
  if (o.status === 'failed') flags.push({ key: 'failed' });
  if (o.status === 'expired') flags.push({ key: 'expired' });
  // "No record" is its own word: the platform never saw the order, which support reads differently.
  if (p?.status === 'unpaid' && o.status !== 'success') {
    flags.push({ key: p.known === false ? 'providerNoRecord' : 'notPaid' });
  }
  if (p?.status === 'refunded') flags.push({ key: 'refunded' });

  const action = orderAction(o, p, can);
  if (action) view.action = action;
  return view;
}

/**
 * What support may do. Completing credits the owner, never when the platform says not paid or refunded.
 * A gateway whose completion is a retry of a paid order (sub2api RetryFulfillment: PAID, FAILED or
 * RECHARGING with paid_at) offers it only for such an order; its unpaid pending orders can be verified
 * (the gateway asks the platform, on an explicit click). Elsewhere a pending order can be completed when
 * the platform says paid or nobody can ask it (then support confirms having checked). A platform without
 * a record of the order (known false) does not block: support confirms, as when nobody can ask.
 */
function orderAction(
  o: GatewayOrder,
  p: ProviderPayment | undefined,
  can: Capabilities,
): OrderView['action'] | undefined {
  const saysUnpaid = p?.status === 'unpaid' && p.known !== false;
  if (saysUnpaid || p?.status === 'refunded') return undefined;
  if (can.completeNeedsPaid) {
    if (o.paidAt !== undefined && (o.status === 'pending' || o.status === 'failed')) {
      return can.complete ? { kind: 'complete', needsConfirmation: false } : undefined;
    }
    if (o.status === 'pending' && can.verify) return { kind: 'verify', needsConfirmation: false };
    return undefined;
  }
  if (o.status !== 'pending') return undefined;
  if (can.complete) return { kind: 'complete', needsConfirmation: p?.status !== 'paid' };
  if (can.verify) return { kind: 'verify', needsConfirmation: false };
  return undefined;
}

function moneyParams(m: Record<string, { value: number; currency: string | undefined }>) {
  const out: Record<string, string | number> = {};
  for (const [name, { value, currency }] of Object.entries(m)) {
    out[name] = value;
    if (currency) out[`${name}Currency`] = currency;
  }
  return out;
}

/** Everything the lookups answered for one candidate code. */
export interface CodeAnswers {
  code: GatewayCode;
  user?: Outcome<GatewayUser>;
  ledger?: Outcome<LedgerEntry[]>;
}

/** Ledger entries that credit this redeem: the user's redeem entries within 10 minutes of its use. */
export function codeCredits(code: GatewayCode, entries: readonly LedgerEntry[]): LedgerEntry[] {
  if (code.usedAt === undefined || code.usedByUserId === undefined) return [];
  const at = code.usedAt;
  return entries.filter(
    (e) => e.userId === code.usedByUserId && e.kind === 'redeem' && Math.abs(e.at - at) <= 10 * 60_000,
  );
}

export const codeLedgerWindow = (code: GatewayCode) =>
  code.usedAt !== undefined && code.usedByUserId !== undefined
    ? { userId: code.usedByUserId, from: code.usedAt - 10 * 60_000, to: code.usedAt + 10 * 60_000 }
    : undefined;

export function codeView(keys: TicketKeys, a: CodeAnswers, checkedAt: number): CodeView {
  const c = a.code;
  const view: CodeView = { code: maskRedeemCode(c.code), status: c.status, flags: [] };
  if (c.quota !== undefined) view.quota = c.quota;
  if (c.usd !== undefined) view.usd = c.usd;
  if (c.createdAt !== undefined) view.createdAt = c.createdAt;
  if (c.expiresAt !== undefined) view.expiresAt = c.expiresAt;
  if (c.usedAt !== undefined) view.usedAt = c.usedAt;
  const flags = view.flags;
  if (c.usedByUserId !== undefined && c.usedByUserId !== '' && c.usedByUserId !== '0') {
    view.usedByUserId = c.usedByUserId;
    const user = a.user?.ok ? a.user.value : undefined;
    if (user) view.usedByUsername = user.username;
    const here = ownerMatches(keys, { userId: c.usedByUserId }, user);
    if (here !== undefined) view.usedByThisAccount = here;
    if (a.ledger) {
      view.ledger = a.ledger.ok
        ? { state: 'ok', entries: codeCredits(c, a.ledger.value).length }
        : { state: a.ledger.state };
    }
    if (here === false) {
      flags.push({
        key: 'codeUsedByOther',
        params: { user: user ? `${user.username} (#${c.usedByUserId})` : `#${c.usedByUserId}` },
      });
    } else if (here === true) {
      flags.push({ key: 'codeUsedHere' });
    }
    if (view.ledger?.state === 'ok' && view.ledger.entries === 0) flags.push({ key: 'codeUsedNoLedger' });
  } else if (c.status === 'unused') {
    flags.push({ key: 'codeUnused' });
  }
  if (c.status === 'disabled') flags.push({ key: 'codeDisabled' });
  const expired =
    c.status === 'expired' ||
    (c.status !== 'used' &&
      c.expiresAt !== undefined &&
      c.expiresAt > 0 &&
      c.expiresAt < (keys.at ?? checkedAt));
  if (expired) flags.push({ key: 'codeExpired' });
  return view;
}

/** found / not found / several, from how many candidates fit. */
export const outcomeOf = (n: number): Outcome3 => (n === 0 ? 'not_found' : n === 1 ? 'found' : 'candidates');

/** The search as support may see it (masked). */
export function searchOf(keys: TicketKeys): Reconciliation['search'] {
  const s: Reconciliation['search'] = { from: keys.from, to: keys.to };
  if (keys.tail) s.tail = `…${keys.tail}`;
  if (keys.codeTail) s.code = `${keys.codeHead ?? ''}…${keys.codeTail}`;
  if (keys.accountId) s.accountId = keys.accountId;
  return s;
}
