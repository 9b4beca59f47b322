// CSV export of the filtered list: one row per ticket, words in the agent's language, times in the agent's
// zone (ISO-like, with the offset). Values are masked already; cells that a spreadsheet would run as a
// formula (= + - @, tab, CR at the start) are prefixed with a quote (OWASP "CSV injection").
import type { Words } from '../inbox/words.js';
import type { StoredTicket } from './repo.js';
import { ticketRefs } from './repo.js';

function cell(value: unknown): string {
  let s = value === undefined || value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const csvHeader = (w: Words): string =>
  [
    w.t('list.id'),
    w.t('list.received'),
    w.t('list.status'),
    w.t('list.problem'),
    w.t('list.reason'),
    w.t('detail.selfCheck'),
    w.t('list.origin'),
    w.field('username'),
    w.field('accountId'),
    w.t('list.refs'),
    w.field('amount'),
    w.t('list.assignee'),
    w.t('detail.conclusion'),
    w.t('detail.conclusionNote'),
  ]
    .map(cell)
    .join(',');

export function csvRow(w: Words, s: StoredTicket): string {
  const k = s.ticket;
  return [
    s.id,
    w.time(s.receivedAt),
    w.t(`status.${s.status}`),
    w.problem(k.problem),
    k.reason ? w.reason(k.reason) : '',
    w.t(`selfCheck.${k.resolution}`),
    [k.console.kind, k.console.origin].filter(Boolean).join(' '),
    k.fields.username,
    k.fields.accountId,
    ticketRefs(k),
    k.fields.amount === undefined ? '' : w.value('amount', k.fields.amount, k.fields.currency as string),
    s.assignee?.username,
    s.conclusion ? w.t(`conclusion.${s.conclusion}`) : '',
    s.conclusionNote,
  ]
    .map(cell)
    .join(',');
}
