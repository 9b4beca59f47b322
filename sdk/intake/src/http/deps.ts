// What every route module of the intake receives (no globals): the store, the clock, the settings.
import type { Session } from '../auth/sessions.js';
import type { IntakeConfig } from '../config.js';
import type { Reconciler } from '../reconcile/service.js';
import type { Sql, Store } from '../store/index.js';
import type { StoredTicket } from '../tickets/repo.js';

export interface IntakeDeps {
  store: Store;
  config: IntakeConfig;
  now: () => number;
  /**
   * Runs inside the transaction that stores a new ticket, so whatever it writes (a delivery queue row per
   * forwarding channel) commits or rolls back with the ticket.
   */
  onTicketAccepted?: (tx: Sql, ticket: StoredTicket) => Promise<void>;
  /** A line shown above the login form (the demo lists its public support accounts there). */
  loginHint?: string;
  /** The gateway's record beside each ticket (reconciliation); `configured: false` without a gateway. */
  reconciler: Reconciler;
  /** Each gateway call's time limit, ms (the inbox words a timeout with it). */
  reconcileTimeoutMs: number;
}

export type IntakeEnv = { Variables: { session: Session } };
