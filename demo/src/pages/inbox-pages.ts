// The support inbox: the widget's counters, the ticket list and a ticket's detail (problem, checks with
// their outcome, evidence fields, the user's note, what was masked), with a status support can change.
// Everything shown here is what arrived: tickets are masked in the browser and re-scanned on arrival.
// What the product decided is worded by the core's catalogs (./core-copy.ts), the inbox's own UI by ./text.
import type { EventSummary, StoredTicket } from '../intake/store.js';
import { TICKET_STATUSES } from '../intake/store.js';
import type { CoreCopy } from './core-copy.js';
import { type Html, html } from './html.js';
import type { T } from './text.js';

const fmt = (ms: number) => new Date(ms).toISOString().replace('T', ' ').slice(0, 19);

export function inboxListBody(t: T, core: CoreCopy, summary: EventSummary, tickets: StoredTicket[]): Html {
  const stat = (key: Parameters<T>[0], value: number, id: string) =>
    html`<div><dt>${t(key)}</dt><dd id="${id}">${value}</dd></div>`;
  return html`<section class="card">
  <h1>${t('inbox.title')}</h1>
  <h2>${t('inbox.summary')}</h2>
  <dl class="stats">
    ${stat('inbox.opened', summary.opened, 'stat-opened')}
    ${stat('inbox.problemChosen', summary.problem_chosen, 'stat-problem-chosen')}
    ${stat('inbox.selfResolved', summary.self_resolved, 'stat-self-resolved')}
    ${stat('inbox.ticketsSent', summary.ticket_sent, 'stat-ticket-sent')}
    ${stat('inbox.ticketsFailed', summary.ticket_failed, 'stat-ticket-failed')}
  </dl>
  <p class="muted">${t('inbox.maskedNote')}</p>
</section>
<section class="card">
  <h2>${t('inbox.list')}</h2>
  ${
    tickets.length === 0
      ? html`<p class="muted" id="inbox-empty">${t('inbox.empty')}</p>`
      : html`<table class="table" id="ticket-table"><thead><tr><th>${t('inbox.received')}</th><th>${t('inbox.problem')}</th><th>${t('inbox.resolution')}</th><th>${t('inbox.console')}</th><th>${t('inbox.status')}</th><th>ID</th></tr></thead>
    <tbody>${tickets.map(
      (
        s,
      ) => html`<tr class="ticket-row"><td>${fmt(s.receivedAt)}</td><td><a href="/inbox/${encodeURIComponent(s.id)}">${core.problem(s.ticket.problem)}</a>${s.ticket.reason ? html` <span class="muted">(${s.ticket.reason})</span>` : ''}</td>
      <td>${core.resolution(s.ticket.resolution)}</td><td>${s.ticket.console.kind}${s.ticket.console.origin ? ` · ${s.ticket.console.origin}` : ''}</td>
      <td><span class="status status-${s.status}">${t(`ticket.${s.status}`)}</span></td><td class="mono">${s.id}</td></tr>`,
    )}</tbody></table>`
  }
</section>`;
}

export function inboxDetailBody(t: T, core: CoreCopy, s: StoredTicket): Html {
  const k = s.ticket;
  return html`<p><a href="/inbox" class="link">← ${t('inbox.back')}</a></p>
<section class="card" id="ticket-detail">
  <h1>${core.problem(k.problem)}${k.reason ? html` <span class="muted">(${k.reason})</span>` : ''}</h1>
  <dl class="kv">
    <dt>ID</dt><dd class="mono">${s.id}</dd>
    <dt>${t('inbox.received')}</dt><dd>${fmt(s.receivedAt)}</dd>
    <dt>${t('inbox.console')}</dt><dd>${k.console.kind}${k.console.origin ? ` · ${k.console.origin}` : ''}</dd>
    <dt>${t('inbox.resolution')}</dt><dd>${core.resolution(k.resolution)}</dd>
    <dt>${t('inbox.meta')}</dt><dd>${k.audience} / ${k.locale} / ${k.rulesVersion}</dd>
  </dl>
  <form id="status-form" class="row" data-ticket-id="${s.id}">
    <label class="inline">${t('inbox.setStatus')}
      <select id="status-select">${TICKET_STATUSES.map(
        (st) =>
          html`<option value="${st}" ${st === s.status ? html`selected` : ''}>${t(`ticket.${st}`)}</option>`,
      )}</select></label>
    <button type="submit" class="primary" id="status-save">OK</button>
    <span class="muted" id="status-saved" hidden></span>
  </form>
</section>
<section class="card">
  <h2>${t('inbox.checks')}</h2>
  <table class="table" id="check-table"><tbody>${k.checks.map(
    (ch) =>
      html`<tr><td><span class="status check-${ch.status}">${core.mark(ch.status)}</span></td><td class="mono">${ch.id}</td><td>${ch.evidence}</td></tr>`,
  )}</tbody></table>
</section>
<section class="card">
  <h2>${t('inbox.fields')}</h2>
  <dl class="kv" id="field-list">${Object.entries(k.fields).map(([name, value]) => html`<dt>${core.field(name)}</dt><dd class="mono" data-field="${name}">${String(value)}</dd>`)}</dl>
  <h2>${t('inbox.note')}</h2>
  <p class="note" id="ticket-note">${k.note || '-'}</p>
  ${
    k.masked.length
      ? html`<h2>${t('inbox.masked')}</h2><ul id="masked-list">${k.masked.map((m) => html`<li>${core.field(m.field)}: ${m.kind}</li>`)}</ul>`
      : ''
  }
</section>`;
}
