// mailto: link with the rendered support ticket. Mail clients truncate long URLs (~2000 chars in some):
// the body is cut at a line boundary with the ticket id kept at the top.
import { renderTicketEmail } from '../../core/ticket/render.js';
import type { Ticket } from '../../core/ticket/schema.js';

const MAX_BODY = 1800;

export function mailtoHref(to: string, ticket: Ticket, subject?: string): string {
  const email = renderTicketEmail(ticket);
  let body = email.body;
  if (body.length > MAX_BODY) body = `${body.slice(0, body.lastIndexOf('\n', MAX_BODY))}\n…`;
  return `mailto:${encodeURIComponent(to).replace(/%40/g, '@')}?subject=${encodeURIComponent(subject ?? email.subject)}&body=${encodeURIComponent(body)}`;
}
