// @topup-doctor/intake: the operator-run ticket intake and support inbox (Node only).

export { countAdmins, createUser, type NewUser, type Role, type User } from './auth/users.js';
export { configFromEnv, IntakeConfig, type IntakeConfigInput, parseConfig } from './config.js';
export * from './forward/index.js';
export { createIntake, INBOX_CSP, type Intake, type IntakeOptions } from './http/app.js';
export type { IntakeDeps } from './http/deps.js';
export { escapeHtml, Html, html } from './inbox/html.js';
export { localTime, words } from './inbox/words.js';
export * from './reconcile/index.js';
export { type RunningIntake, type ServerOptions, startIntakeServer } from './server.js';
export * from './store/index.js';
export { EVENT_TYPES, type EventSummary, eventSummary } from './tickets/events.js';
export {
  CONCLUSIONS,
  getTicket,
  type StoredTicket,
  TICKET_STATUSES,
  type TicketStatus,
  ticketRefs,
} from './tickets/repo.js';
