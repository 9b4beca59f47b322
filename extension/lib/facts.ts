// What this browser saw on a console, as the core's Facts: the tab's latest (masked) snapshot becomes a
// ConsoleReading, the origin's history the core's Observations, the popup's typed key tail an answer, and
// the core's one fact function (`toFacts`, sdk/src/core/facts/to-facts.ts) assembles them. The warnings
// (./warnings.ts) are the core's checks run over these facts.
import {
  type Answers,
  type ConsoleReading,
  type Facts,
  type MaskedKey,
  type Order,
  type Session,
  toFacts,
} from '@topup-doctor/sdk/core';
import { type History, toObservations } from './history.js';
import type { Snapshot } from './snapshot.js';

/** The snapshot's orders as the core's Orders: masked refs only (`…tail`), the status as the console gave it. */
export function snapshotOrders(snap: Pick<Snapshot, 'orders'> | undefined): Order[] | undefined {
  return snap?.orders?.map((o, i) => ({
    ref: o.ref ?? o.tradeNoTail ?? String(i + 1),
    ...(o.tradeNoTail ? { tradeNo: `…${o.tradeNoTail}`, tradeNoTail: o.tradeNoTail } : {}),
    ...(o.tradeNoUserId ? { tradeNoUserId: o.tradeNoUserId } : {}),
    ...(o.amount !== undefined ? { amount: o.amount } : {}),
    ...(o.method ? { method: o.method } : {}),
    status: o.status,
    rawStatus: o.status,
    createdAt: o.createdAt,
  }));
}

/** The tab's snapshot as a console reading (what the adapters and the observer read, already masked). */
function readingOf(snap: Snapshot | undefined, session?: Session): ConsoleReading | undefined {
  if (!snap) return undefined;
  const account = snap.account;
  const orders = snapshotOrders(snap);
  const keys: MaskedKey[] | undefined = snap.keysLast4?.map((last4) => ({ masked: `…${last4}`, last4 }));
  const s = session ?? snap.session;
  return {
    console: snap.console,
    ...(account
      ? {
          account: {
            id: account.id,
            ...(account.label ? { displayName: account.label } : {}),
            ...(account.balance ? { balance: account.balance } : {}),
          },
        }
      : {}),
    ...(s ? { session: s } : {}),
    ...(orders ? { orders } : {}),
    ...(keys ? { keys } : {}),
    errors: [],
  };
}

export interface ExtensionSources {
  history: History;
  snapshot: Snapshot | undefined;
  /** The session as this browser knows it, when another tab saw a later login (./state.ts). */
  session?: Session;
  answers?: Answers;
}

/** The one call that turns what the extension has into Facts. */
export function extensionFacts({ history, snapshot, session, answers }: ExtensionSources): Facts {
  const read = readingOf(snapshot, session);
  return toFacts({
    ...(read ? { read } : {}),
    answers: answers ?? {},
    observations: toObservations(history),
  });
}
