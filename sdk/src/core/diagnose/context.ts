// What every check and problem reads: the facts plus a few derived values computed once (the order in
// question, when the user paid, the credit that answers it, which account was active at payment time).
import type { AccountSeen, Facts, LedgerEntry, Order, ProblemId } from '../facts/schema.js';
import type { Rules } from '../rules/schema.js';
import { DAY, MINUTE } from '../time.js';

export type OrderMatch = 'picked' | 'tail' | 'time' | 'latest';

export interface Context {
  facts: Facts;
  rules: Rules;
  now: number;
  /** The order the user asks about, when one could be picked. */
  order?: Order;
  /** How it was picked: chosen from the list, by the receipt's tail, by the time they paid, or the latest. */
  matched?: OrderMatch;
  /** When the user paid (their answer) or, failing that, when the order was created. */
  payTime?: number;
  /** Days of history the console's order list returns (new-api: 30). */
  windowDays: number;
  /** Minutes the operator expects the payment channel's callback to take for this method. */
  expectedMinutes: number;
  /** The balance credit (online or manual top-up) that answers this order: same amount in the console's
   *  units, after its creation, within the history window, and not explained by another order. */
  credit?: LedgerEntry;
  /** The ledger's redeem row that answers the redemption in question, if any. */
  redeemCredit?: LedgerEntry;
  /** When the code was redeemed: the console's answer, else the user's answer. */
  redeemTime?: number;
  /** Other orders of the same amount created near this one (the duplicate candidates), oldest first. */
  duplicates: Order[];
  /** Accounts this browser saw on the console within the rules' recent window. */
  recentAccounts: AccountSeen[];
  /** The account logged in here when the user paid, when the extension's observations tell. */
  activeAtPayment?: { id: string; label?: string };
}

const sameTail = (o: Order, tail: string): boolean => {
  const t = tail.trim().toLowerCase();
  return t.length > 0 && (o.tradeNoTail?.toLowerCase() === t || !!o.tradeNo?.toLowerCase().endsWith(t));
};

export function pickOrder(facts: Facts, slackMs: number): Pick<Context, 'order' | 'matched'> {
  const orders = facts.orders ?? [];
  const { orderRef, tradeNoTail, paidAt, paidAmount } = facts.answers;
  if (orderRef !== undefined && !facts.answers.orderNotListed) {
    const order = orders.find((o) => o.ref === orderRef);
    if (order) return { order, matched: 'picked' };
  }
  if (tradeNoTail) {
    const order = orders.find((o) => sameTail(o, tradeNoTail));
    return order ? { order, matched: 'tail' } : {};
  }
  if (paidAt !== undefined) {
    // An order is created before it is paid; the duplicate window on both sides allows for clock skew.
    // Among close orders, one with the amount they paid wins, then the closest in time.
    const off = (o: Order) =>
      paidAmount !== undefined && o.money !== undefined && o.money !== paidAmount ? 1 : 0;
    const best = orders
      .filter((o) => Math.abs(o.createdAt - paidAt) <= slackMs)
      .sort((a, b) => off(a) - off(b) || Math.abs(a.createdAt - paidAt) - Math.abs(b.createdAt - paidAt))[0];
    return best ? { order: best, matched: 'time' } : {};
  }
  // "Not in the list" is an answer: the latest order is then certainly not the user's payment.
  if (facts.answers.orderNotListed) return {};
  const latest = orders.reduce<Order | undefined>(
    (a, o) => (!a || o.createdAt > a.createdAt ? o : a),
    undefined,
  );
  return latest ? { order: latest, matched: 'latest' } : {};
}

const CREDITS = new Set(['online', 'manual']);
const within = (a: number | undefined, b: number | undefined, tolerance: number): boolean | undefined =>
  a === undefined || b === undefined ? undefined : Math.abs(a - b) <= tolerance + 1e-9;

/**
 * Whether a ledger credit can be this order's: a top-up credit, logged after the order was created (a minute of
 * clock skew allowed) and within the history window after it, for the same amount in the console's units
 * (new-api logs top_up.amount as "充值金额" and top_up.money as "支付金额"). A credit whose amount is not known
 * matches on time alone.
 */
function creditFits(o: Order, e: LedgerEntry, windowDays: number, tolerance: number): boolean {
  if (!CREDITS.has(e.kind)) return false;
  if (e.at < o.createdAt - MINUTE || e.at - o.createdAt > windowDays * DAY) return false;
  const byAmount = within(e.topupAmount, o.amount, tolerance);
  const byMoney = within(e.paidMoney, o.money, tolerance);
  if (byAmount === undefined && byMoney === undefined) return true;
  return byAmount === true || byMoney === true;
}

/**
 * Credits matched to orders one to one: orders the console marks credited choose first (they certainly got
 * one), then the others, oldest first; each takes the earliest fitting credit no other order took. A pending
 * order never borrows the credit of a same-amount order paid seconds before it.
 */
function matchCredits(
  orders: readonly Order[],
  ledger: readonly LedgerEntry[],
  windowDays: number,
  tolerance: number,
): Map<Order, LedgerEntry> {
  const byTime = [...ledger].sort((a, b) => a.at - b.at);
  const queue = [...orders].sort(
    (a, b) => Number(b.status === 'credited') - Number(a.status === 'credited') || a.createdAt - b.createdAt,
  );
  const taken = new Set<LedgerEntry>();
  const out = new Map<Order, LedgerEntry>();
  for (const o of queue) {
    const e = byTime.find((c) => !taken.has(c) && creditFits(o, c, windowDays, tolerance));
    if (e) {
      taken.add(e);
      out.set(o, e);
    }
  }
  return out;
}

function findCredit(
  facts: Facts,
  order: Order | undefined,
  payTime: number | undefined,
  windowDays: number,
  tolerance: number,
): LedgerEntry | undefined {
  const ledger = facts.ledger;
  if (!ledger) return undefined;
  const matched = matchCredits(facts.orders ?? [], ledger, windowDays, tolerance);
  if (order) return matched.get(order);
  if (payTime === undefined) return undefined;
  // No listed order (older than the list, or in another account): a credit after the time they paid, of the
  // amount they paid when both are known, that no listed order explains.
  const claimed = new Set(matched.values());
  const paid = facts.answers.paidAmount;
  const asOrder: Order = { ref: '', status: 'unknown', rawStatus: '', createdAt: payTime };
  if (paid !== undefined) asOrder.money = paid;
  return ledger
    .filter((e) => !claimed.has(e) && creditFits(asOrder, e, windowDays, tolerance))
    .sort((a, b) => a.at - b.at)[0];
}

/** Redeem answers that mean the code was not redeemed at all. */
const REFUSED: ReadonlySet<string> = new Set([
  'invalid',
  'expired',
  'disabled',
  'locked',
  'rate_limited',
  'switched_off',
]);

/** How far a redemption's ledger row may be from the time the user gives for it. */
export const REDEEM_SLACK = 12 * 60 * MINUTE;

/**
 * The ledger's redeem row for the redemption in question. Where the console's history names the codes
 * (sub2api), the row of this code, whenever it was. Otherwise by time (the console's answer is exact, the
 * user's recollection is not): the row closest to it within half a day. Without a time no row can be told to
 * be this code's: any redemption of the last days is not evidence. new-api logs "通过兑换码充值 ..."
 * (model/redemption.go) with the code's id, never the code.
 */
function findRedeemCredit(facts: Facts, at: number | undefined) {
  const rows = (facts.ledger ?? []).filter((e) => e.kind === 'redeem');
  const code = facts.redeem?.codeMasked ?? facts.answers.redeemCode;
  if (code !== undefined && rows.some((e) => e.codeMasked !== undefined))
    return rows
      .filter((e) => e.codeMasked?.toLowerCase() === code.toLowerCase())
      .sort((a, b) => b.at - a.at)[0];
  if (at === undefined) return undefined;
  // A time the console (or the extension) recorded is exact: the row comes at or after it.
  const exact = facts.redeem?.at !== undefined && facts.redeem.source !== 'user';
  const from = exact ? at - MINUTE : at - REDEEM_SLACK;
  return rows
    .filter((e) => e.at >= from && e.at <= at + REDEEM_SLACK)
    .sort((a, b) => Math.abs(a.at - at) - Math.abs(b.at - at))[0];
}

/** Same-amount orders created within the duplicate window of the order in question. */
function duplicatesOf(order: Order | undefined, orders: readonly Order[], windowMs: number): Order[] {
  if (!order) return [];
  const amount = order.money ?? order.amount;
  if (amount === undefined) return [];
  return orders
    .filter(
      (o) =>
        o !== order &&
        (o.money ?? o.amount) === amount &&
        Math.abs(o.createdAt - order.createdAt) <= windowMs,
    )
    .sort((a, b) => a.createdAt - b.createdAt);
}

function activeAt(facts: Facts, t: number | undefined, slackMs: number, recent: AccountSeen[]) {
  const obs = facts.observations;
  if (!obs) return undefined;
  const label = (id: string) => obs.accountsSeen.find((a) => a.id === id)?.label;
  // An order this browser saw being created is the strongest evidence of who was logged in: by the
  // receipt's tail first, else the one created closest to the payment.
  const tail = facts.answers.tradeNoTail?.toLowerCase();
  const near = (o: { createdAt: number }) => (t === undefined ? Infinity : Math.abs(o.createdAt - t));
  const created =
    (tail && obs.ordersCreatedHere.find((o) => o.tradeNoTail?.toLowerCase() === tail)) ||
    obs.ordersCreatedHere.filter((o) => near(o) <= slackMs).sort((a, b) => near(a) - near(b))[0];
  if (created) return { id: created.accountId, label: label(created.accountId) };
  if (t === undefined) return undefined;
  const during = recent.filter((a) => a.firstSeen <= t && t <= a.lastSeen);
  return during.length === 1 && during[0] ? { id: during[0].id, label: during[0].label } : undefined;
}

export function buildContext(
  facts: Facts,
  now: number,
  rules: Rules,
  problem: ProblemId | undefined = facts.answers.problem,
): Context {
  const slackMs = rules.duplicateWindowMinutes * MINUTE;
  // A redemption is about a code, never an order: no order stands in for it (an order's amount and money
  // would word a display-unit note or a credit about a payment the user is not asking about).
  const picked = problem === 'redeem_not_credited' ? {} : pickOrder(facts, slackMs);
  const payTime = facts.answers.paidAt ?? picked.order?.createdAt;
  const method = picked.order?.method ?? facts.answers.method;
  const cb = rules.callbackMinutes;
  const expectedMinutes = (method !== undefined ? cb[method] : undefined) ?? cb.default ?? 10;
  const windowDays = facts.console.historyWindowDays ?? rules.historyWindowDays;
  const redeemTime = facts.redeem?.at ?? facts.answers.redeemedAt;
  // Duplicates are looked for around an order the user pointed at; the latest order stands in only when the
  // question is about duplicates itself or the user says they ordered again (a pair from days ago is not news
  // on every other problem).
  const explicit =
    picked.matched !== 'latest' ||
    facts.answers.problem === 'duplicate_or_refund' ||
    facts.answers.orderedAgain === true;
  const recentAccounts = (facts.observations?.accountsSeen ?? []).filter(
    (a) => a.lastSeen >= now - rules.recentAccountsDays * DAY,
  );
  return {
    facts,
    rules,
    now,
    ...picked,
    payTime,
    windowDays,
    expectedMinutes,
    credit: findCredit(facts, picked.order, payTime, windowDays, rules.amountTolerance),
    redeemTime,
    // A code the console refused (invalid, expired, disabled, locked, switched off) credited nothing: any
    // redemption in the ledger is another code's.
    redeemCredit:
      (facts.redeem || facts.answers.problem === 'redeem_not_credited') &&
      !REFUSED.has(facts.redeem?.outcome ?? 'unknown')
        ? findRedeemCredit(facts, redeemTime)
        : undefined,
    duplicates: explicit ? duplicatesOf(picked.order, facts.orders ?? [], slackMs) : [],
    recentAccounts,
    activeAtPayment: activeAt(facts, payTime, slackMs, recentAccounts),
  };
}
