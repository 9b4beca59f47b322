// Entry of topup-doctor-outbox.js: fetched at page start by the config check (check-entry.ts) only when
// a masked ticket from an earlier visit is still waiting in localStorage. A visit gives every waiting
// ticket one attempt, stalled ones included (the end of the backoff schedule).
import { flushOutbox as flush } from './transports/outbox.js';

export const flushOutbox = (): Promise<void> => flush({ atLoad: true });
