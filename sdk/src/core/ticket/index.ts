export { type BuildTicketOptions, buildTicket, cleanOrigin, idempotencyKey } from './build.js';
export { renderTicketEmail, renderTicketJson, renderTicketText } from './render.js';
