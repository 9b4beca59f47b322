// Entry of topup-doctor-outbox.js: fetched at page start by the config check (check-entry.ts) only when
// a masked ticket from an earlier visit is still waiting in localStorage.
export { flushOutbox } from './transports/outbox.js';
