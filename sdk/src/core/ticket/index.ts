export { type BuildTicketOptions, buildTicket, cleanOrigin, idempotencyKey } from './build.js';
export { FIELD_FORMATS, TICKET_ID } from './formats.js';
export { checkTicket, type TicketRefusal, type TicketVerdict, unstorableAt } from './intake.js';
export { renderTicketEmail, renderTicketText } from './render.js';
export { renderTicketJson } from './schema.js';
export { methodWords, PAYMENT_METHODS } from './values.js';
