// Storing accepted tickets in groups: the tickets checked while the previous group was being written go
// into the next one, in one transaction (one multi-row insert of the tickets, one of their 'received'
// audit rows, the forwarding hook for each new one). Under load this is what lets one core store
// thousands of tickets a second (the per-statement and per-commit costs, PGlite's above all, are paid once
// a group instead of once a ticket); a lone ticket is written at once, as before, with no added wait.
// Each ticket keeps its own answer: new, a repeat of an idempotency key (its stored id), or its id taken by
// another ticket. When a group fails (the hook threw, the database refused a row), its tickets are written
// again one by one, so one bad ticket fails alone and the others are stored.
import type { Ticket } from '@topup-doctor/sdk/core';
import type { Sql, Store } from '../store/index.js';
import { type InsertResult, insertTickets, type StoredTicket } from './repo.js';

export type OnTicketAccepted = (tx: Sql, ticket: StoredTicket) => Promise<void>;

interface Pending {
  ticket: Ticket;
  at: number;
  done: (result: InsertResult) => void;
  fail: (error: unknown) => void;
}

/** Rows per statement: 13 parameters a ticket stays far under PostgreSQL's 65535 bind parameters. */
export const MAX_GROUP = 200;
/** Event-loop turns a group waits at most for tickets still arriving (each turn is microseconds when idle). */
const MAX_TURNS = 8;

export interface Ingest {
  /** Stores a checked ticket received at `at` (epoch ms); resolves once its group has committed. */
  store(ticket: Ticket, at: number): Promise<InsertResult>;
}

export function createIngest(store: Store, onAccepted?: OnTicketAccepted): Ingest {
  let queue: Pending[] = [];
  let writing = false;

  const items = (group: Pending[]) => group.map((p) => ({ ticket: p.ticket, at: p.at }));
  // Without a hook the insert is one statement, atomic on its own: no BEGIN/COMMIT round trips.
  const write = async (group: Pending[]): Promise<InsertResult[]> =>
    !onAccepted
      ? insertTickets(store, items(group))
      : store.transaction(async (tx) => {
          const results = await insertTickets(tx, items(group));
          for (let i = 0; i < group.length; i++) {
            const result = results[i];
            const { ticket, at } = group[i] as Pending;
            if (result && 'created' in result && result.created)
              await onAccepted(tx, {
                id: ticket.id,
                status: 'new',
                receivedAt: at,
                updatedAt: at,
                conclusionNote: '',
                ticket,
              });
          }
          return results;
        });

  const drain = async () => {
    writing = true;
    try {
      while (queue.length) {
        // Let the event loop read the requests that have arrived meanwhile first: PGlite runs a whole
        // write in one turn (its queries are synchronous WASM calls), and a request's body arrives over a
        // few turns, so keep turning while tickets keep coming in (a few turns at most): the group then
        // holds what is on its way rather than one or a handful. A lone ticket waits two turns
        // (microseconds), not a timer.
        for (let turns = 0, seen = -1; queue.length !== seen && turns < MAX_TURNS; turns++) {
          seen = queue.length;
          await new Promise<void>((next) => setImmediate(next));
        }
        const group = queue.slice(0, MAX_GROUP);
        queue = queue.slice(group.length);
        try {
          const results = await write(group);
          group.forEach((p, i) => {
            p.done(results[i] as InsertResult);
          });
        } catch (error) {
          if (group.length === 1) {
            group[0]?.fail(error);
            continue;
          }
          // One by one: a ticket the database or the hook refuses fails alone.
          for (const p of group) {
            try {
              const [result] = await write([p]);
              p.done(result as InsertResult);
            } catch (single) {
              p.fail(single);
            }
          }
        }
      }
    } finally {
      writing = false;
    }
  };

  return {
    store(ticket, at) {
      return new Promise<InsertResult>((done, fail) => {
        queue.push({ ticket, at, done, fail });
        if (!writing) void drain();
      });
    },
  };
}
