// What every check and problem reads: the facts plus a few derived values computed once (the order in
// question, when the user paid, the credit that answers it, which account was active at payment time).
import type { AccountSeen, Facts, LedgerEntry, Order } from '../facts/schema.js';
import type { Rules } from '../rules/schema.js';

export const MINUTE = 60_000;
export const DAY = 24 * 60 * MINUTE;

export interface Context {
  facts: Facts;
  rules: Rules;
  now: number;
  /** The order the user asks about, when one could be picked. */
  order?: Order;
  /** How it was picked: by the receipt's tail, by the time they paid, or just the latest order. */
  matched?: 'tail' | 'time' | 'latest';
  /** When the user paid (their answer) or, failing that, when the order was created. */
  payTime?: number;
  /** Days of history the console's order list returns (new-api: 30). */
  windowDays: number;
  /** Minutes the operator expects the payment channel's callback to take for this method. */
  expectedMinutes: number;
  /** A balance credit (online or manual top-up) at or after the order, if the ledger has one. */
  credit?: LedgerEntry;
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
  const { tradeNoTail, paidAt, paidAmount } = facts.answers;
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
  const latest = orders.reduce<Order | undefined>(
    (a, o) => (!a || o.createdAt > a.createdAt ? o : a),
    undefined,
  );
  return latest ? { order: latest, matched: 'latest' } : {};
}

function findCredit(ledger: LedgerEntry[] | undefined, from: number | undefined): LedgerEntry | undefined {
  if (!ledger || from === undefined) return undefined;
  return ledger
    .filter((e) => (e.kind === 'online' || e.kind === 'manual') && e.at >= from - MINUTE)
    .sort((a, b) => a.at - b.at)[0];
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

export function buildContext(facts: Facts, now: number, rules: Rules): Context {
  const slackMs = rules.duplicateWindowMinutes * MINUTE;
  const picked = pickOrder(facts, slackMs);
  const payTime = facts.answers.paidAt ?? picked.order?.createdAt;
  const method = picked.order?.method ?? facts.answers.method;
  const cb = rules.callbackMinutes;
  const expectedMinutes = (method !== undefined ? cb[method] : undefined) ?? cb.default ?? 10;
  const recentAccounts = (facts.observations?.accountsSeen ?? []).filter(
    (a) => a.lastSeen >= now - rules.recentAccountsDays * DAY,
  );
  return {
    facts,
    rules,
    now,
    ...picked,
    payTime,
    windowDays: facts.console.historyWindowDays ?? rules.historyWindowDays,
    expectedMinutes,
    credit: findCredit(facts.ledger, picked.order?.createdAt ?? payTime),
    recentAccounts,
    activeAtPayment: activeAt(facts, payTime, slackMs, recentAccounts),
  };
}
