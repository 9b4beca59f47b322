// The per-origin memory of this browser: which accounts were logged in, which orders were created here by
// which account, and which account redeemed which (masked) code when. Pure functions over a plain value;
// the background persists it (only the background touches extension storage). Bounded in size and age so
// it never grows without limit; "clear this site's records" removes all of it.
import {
  AccountSeen,
  type Observations,
  OrderCreatedHere,
  OrderStatus,
  RedeemSeen,
} from '@topup-doctor/sdk/core';
import * as z from 'zod/mini';
import type { Snapshot } from './snapshot.js';

export const MAX_ACCOUNTS = 12;
export const MAX_ORDERS = 40;
export const MAX_REDEEMS = 40;
/** new-api lists only 30 days of top-ups; older memory would only produce unverifiable warnings. */
export const KEEP_DAYS = 30;
const DAY = 86_400_000;

/** An account this browser saw logged in here: the core's AccountSeen (what the widget and tickets get). */
export const SeenAccount = AccountSeen;
export type SeenAccount = AccountSeen;

/** The core's OrderCreatedHere, plus what the warnings need and the core leaves out (toObservations). */
export const CreatedOrder = z.extend(OrderCreatedHere, {
  status: OrderStatus,
  /** How we know it was created here: the page's own pay response, or first seen in the list while this account was active. */
  via: z.enum(['observed', 'list']),
});
export type CreatedOrder = z.infer<typeof CreatedOrder>;

export const History = z.object({
  accounts: z.array(SeenAccount),
  orders: z.array(CreatedOrder),
  /** Redeem answers the page got, under the account logged in then: the core's RedeemSeen (masked code
   *  only, first 2 + last 4). Histories stored before redeems were recorded have none. */
  redeems: z._default(z.array(RedeemSeen), []),
});
export type History = z.infer<typeof History>;

export const emptyHistory = (): History => ({ accounts: [], orders: [], redeems: [] });

function sameOrder(a: { ref?: string; tradeNoTail?: string; createdAt: number }, b: typeof a): boolean {
  if (a.ref && b.ref) return a.ref === b.ref;
  return (
    !!a.tradeNoTail && a.tradeNoTail === b.tradeNoTail && Math.abs(a.createdAt - b.createdAt) < 10 * 60_000
  );
}

/** Fold one page snapshot into the history. Returns a new value. */
export function record(history: History, snap: Snapshot, now: number): History {
  const cutoff = now - KEEP_DAYS * DAY;
  let accounts = history.accounts.filter((a) => a.lastSeen >= cutoff);
  let orders = history.orders.filter((o) => o.createdAt >= cutoff);
  let redeems = history.redeems.filter((r) => r.at >= cutoff);
  const account = snap.account;
  if (account) {
    const known = accounts.find((a) => a.id === account.id);
    accounts = known
      ? accounts.map((a) =>
          a.id === account.id ? { ...a, lastSeen: now, label: account.label ?? a.label } : a,
        )
      : [...accounts, { id: account.id, label: account.label, firstSeen: now, lastSeen: now }];
    // An order in this account's list counts as "created in this browser" when this browser had already
    // seen the account logged in here before the order was created (a page load, then the order).
    const createdWhileActive = (o: { createdAt: number }) => !!known && o.createdAt >= known.firstSeen;
    for (const o of snap.created) orders = upsert(orders, { ...o, accountId: account.id, via: 'observed' });
    // A redeem answer is recorded once (the observer reposts its recent ones), under the account logged
    // in when the page got it.
    for (const r of snap.redeemed ?? []) {
      if (r.at < cutoff || redeems.some((x) => x.at === r.at && x.codeMasked === r.codeMasked)) continue;
      redeems = [...redeems, { ...r, accountId: account.id }];
    }
    for (const o of snap.orders ?? []) {
      const existing = orders.find((x) => sameOrder(x, o));
      if (existing) {
        // Status moves on (pending -> credited); the creator stays who it was.
        orders = orders.map((x) => (x === existing ? { ...x, status: o.status, ref: x.ref ?? o.ref } : x));
      } else if (createdWhileActive(o)) {
        orders = upsert(orders, { ...o, accountId: account.id, via: 'list' });
      }
    }
  }
  accounts = [...accounts].sort((a, b) => b.lastSeen - a.lastSeen).slice(0, MAX_ACCOUNTS);
  orders = [...orders].sort((a, b) => b.createdAt - a.createdAt).slice(0, MAX_ORDERS);
  redeems = [...redeems].sort((a, b) => b.at - a.at).slice(0, MAX_REDEEMS);
  return { accounts, orders, redeems };
}

function upsert(orders: CreatedOrder[], order: CreatedOrder): CreatedOrder[] {
  const existing = orders.find((x) => sameOrder(x, order));
  if (!existing) return [...orders, order];
  return orders.map((x) => (x === existing ? { ...x, ...order, accountId: x.accountId, via: x.via } : x));
}

/** The core's Observations (sdk/src/core/facts/schema.ts), for the widget bridge and tickets: no status or
 *  `via`, and no key set to undefined. */
export function toObservations(history: History): Observations {
  return {
    accountsSeen: history.accounts.map(({ id, label, firstSeen, lastSeen }) =>
      label === undefined ? { id, firstSeen, lastSeen } : { id, label, firstSeen, lastSeen },
    ),
    ordersCreatedHere: history.orders.map(({ accountId, ref, tradeNoTail, amount, method, createdAt }) => ({
      accountId,
      ...(ref === undefined ? {} : { ref }),
      ...(tradeNoTail === undefined ? {} : { tradeNoTail }),
      ...(amount === undefined ? {} : { amount }),
      ...(method === undefined ? {} : { method }),
      createdAt,
    })),
    redeemsHere: history.redeems.map(({ accountId, codeMasked, outcome, at, message }) => ({
      accountId,
      ...(codeMasked === undefined ? {} : { codeMasked }),
      outcome,
      at,
      ...(message === undefined ? {} : { message }),
    })),
  };
}
