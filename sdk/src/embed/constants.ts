// Names shared by the script-tag loader, the lazily loaded panel and the outbox. Kept in one tiny file
// so the loader (gzip budget in sdk/scripts/size.mjs) imports only strings.

/** The panel chunk, built next to topup-doctor.js and resolved from the loader's own src (CSP 'self'). */
export const PANEL_FILE = 'topup-doctor-panel.js';
/** The config check, fetched when a widget is configured, before its launcher shows (check-entry.ts); it
 *  also starts the outbox flusher when a ticket is still waiting in this browser. */
export const CHECK_FILE = 'topup-doctor-check.js';
/** The outbox flusher: loaded at page start only when a ticket is still waiting in this browser. */
export const OUTBOX_FILE = 'topup-doctor-outbox.js';
/**
 * Prefix of the outbox's localStorage keys: one key per waiting ticket (`...v2:<idempotency key>`), so
 * tabs never rewrite each other's entries. Masked tickets only (validated with the Ticket schema on load).
 */
export const OUTBOX_PREFIX = 'topup-doctor:outbox:';
