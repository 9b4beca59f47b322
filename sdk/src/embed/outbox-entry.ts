// Entry of topup-doctor-outbox.js: fetched by the loader at page start only when a masked ticket from
// an earlier visit is still waiting in localStorage.
export { flushOutbox } from './transports/outbox.js';
