// Renderers. Everything in a Ticket is already masked: these only add catalog labels and format times and
// money for the ticket's locale. Text = the public paste; email = subject + the same text.
import { type MessageKey, msg } from '../i18n/message.js';
import {
  type FormatOptions,
  formatMoney,
  formatTime,
  problemTitle,
  reasonText,
  resolutionText,
  statusMark,
  t,
} from '../i18n/t.js';
import type { TicketFieldName } from './fields.js';
import type { Ticket } from './schema.js';

const TIMES = new Set<TicketFieldName>(['orderTime', 'paidAt', 'redeemTime', 'balanceChangeAt']);

/** One field's value as support reads it (the widget's preview shows the same text). */
export function fieldText(
  ticket: Ticket,
  name: TicketFieldName,
  v: string | number | boolean,
  opts?: FormatOptions,
): string {
  const l = ticket.locale;
  if (typeof v === 'boolean') return t(l, msg(v ? 'ticket.yes' : 'ticket.no'));
  if ((name === 'amount' || name === 'paidAmount') && typeof v === 'number') {
    const cur = ticket.fields.currency;
    return formatMoney(l, v, typeof cur === 'string' ? cur : undefined);
  }
  if (TIMES.has(name) && typeof v === 'string' && !Number.isNaN(Date.parse(v)))
    return formatTime(l, Date.parse(v), opts);
  return String(v);
}

export function renderTicketText(ticket: Ticket, opts?: FormatOptions): string {
  const l = ticket.locale;
  const label = (key: MessageKey) => t(l, msg(key));
  const line = (key: MessageKey, value: string) => `${label(key)}: ${value}`;
  const out = [`【${label('ticket.title')}】`];
  if (ticket.audience === 'public') out.push(label('ticket.public'));
  out.push(line('ticket.problem', problemTitle(l, ticket.problem)));
  if (ticket.reason) out.push(line('ticket.reason', reasonText(l, ticket.reason)));
  out.push(line('ticket.resolution', resolutionText(l, ticket.resolution)));
  const c = ticket.console;
  out.push(line('ticket.console', c.origin ? `${c.kind} · ${c.origin}` : c.kind));
  for (const [name, v] of Object.entries(ticket.fields) as [TicketFieldName, string | number | boolean][]) {
    if (name === 'currency' && (ticket.fields.amount ?? ticket.fields.paidAmount) !== undefined) continue; // shown with the amount
    out.push(line(`field.${name}`, fieldText(ticket, name, v, opts)));
  }
  if (ticket.checks.length) {
    out.push(`${label('ticket.checks')}:`);
    for (const ch of ticket.checks) out.push(`- [${statusMark(l, ch.status)}] ${ch.evidence}`);
  }
  if (ticket.note.trim()) out.push(line('ticket.note', ticket.note));
  out.push(
    line('ticket.id', ticket.id),
    line('ticket.created', formatTime(l, Date.parse(ticket.createdAt), opts)),
    line('ticket.rules', ticket.rulesVersion),
  );
  if (ticket.masked.length) out.push(t(l, msg('ticket.masked', { count: ticket.masked.length })));
  return out.join('\n');
}

export function renderTicketEmail(ticket: Ticket, opts?: FormatOptions): { subject: string; body: string } {
  const subject = t(
    ticket.locale,
    msg('ticket.subject', { problemKey: `problem.${ticket.problem}`, id: ticket.id }),
  );
  return { subject, body: renderTicketText(ticket, opts) };
}
