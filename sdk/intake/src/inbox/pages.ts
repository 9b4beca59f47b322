// The inbox's pages as HTML (server-rendered, escaped by ./html.ts). Forms post to /inbox/... with the
// session's CSRF token; the page script (static/inbox.js) only adds copy buttons and the login time zone.
import { t as coreT, hasKey, type Ticket } from '@topup-doctor/sdk/core';
import type { Session } from '../auth/sessions.js';
import type { User } from '../auth/users.js';
import type { DeflectionStats, EventSummary } from '../tickets/events.js';
import { type ListQuery, queryString } from '../tickets/filter.js';
import {
  type AuditEntry,
  CONCLUSIONS,
  type StoredTicket,
  TICKET_STATUSES,
  type TicketNote,
} from '../tickets/repo.js';
import { type Html, html } from './html.js';
import { csrfField } from './layout.js';
import { reconAuditText } from './reconcile-view.js';
import type { Words } from './words.js';

const PROBLEMS = [
  'payment_failed',
  'order_processing',
  'paid_not_credited',
  'duplicate_or_refund',
  'redeem_not_credited',
] as const;

/** Fields that are masked references support pastes into the gateway's admin search: they get a copy button. */
const COPYABLE = new Set([
  'tradeNo',
  'orderRef',
  'redeemCode',
  'keyLast4',
  'accountId',
  'username',
  'taskId',
  'requestId',
]);

function copyButton(w: Words, value: string, label: string): Html {
  return html`<button type="button" class="copy" data-copy="${value}" aria-label="${w.t('detail.copy')}: ${label}">${w.t('detail.copy')}</button>`;
}

const selectOptions = (options: [string, string][], selected: string | undefined) =>
  options.map(
    ([value, label]) =>
      html`<option value="${value}"${value === (selected ?? '') ? html` selected` : ''}>${label}</option>`,
  );

export function notice(text: string | undefined, kind: 'ok' | 'error' = 'ok', id?: string): Html | string {
  if (!text) return '';
  return html`<p class="notice notice-${kind}" role="${kind === 'error' ? 'alert' : 'status'}"${id ? html` id="${id}"` : ''}>${text}</p>`;
}

export function loginBody(w: Words, next: string, error?: string, info?: string, hint?: string): Html {
  return html`<section class="card narrow">
  <h1>${w.t('login.title')}</h1>
  ${notice(error, 'error', 'login-error')}${notice(info)}
  ${hint ? html`<p class="muted" id="login-hint">${hint}</p>` : ''}
  <form method="post" action="/inbox/login?lang=${w.locale}" class="stack" id="login-form">
    <input type="hidden" name="next" value="${next}">
    <input type="hidden" name="timeZone" value="" data-fill="time-zone">
    <label for="login-username">${w.t('login.username')}</label>
    <input id="login-username" name="username" autocomplete="username" required maxlength="64" autofocus>
    <label for="login-password">${w.t('login.password')}</label>
    <input id="login-password" name="password" type="password" autocomplete="current-password" required maxlength="500">
    <button type="submit" class="primary">${w.t('login.submit')}</button>
  </form>
  <p class="lang-switch"><a href="?lang=${w.locale === 'en' ? 'zh-CN' : 'en'}" lang="${w.locale === 'en' ? 'zh-CN' : 'en'}">${w.t(w.locale === 'en' ? 'lang.zh-CN' : 'lang.en')}</a></p>
</section>`;
}

export interface ListView {
  query: ListQuery;
  items: StoredTicket[];
  total: number;
  page: number;
  pages: number;
  summary: EventSummary;
  origins: string[];
  agents: User[];
  reasons: string[];
}

export function listBody(w: Words, v: ListView, now: number): Html {
  const q = v.query;
  const stat = (label: string, value: number, id: string) =>
    html`<div class="stat"><dt>${label}</dt><dd id="${id}">${value}</dd></div>`;
  return html`<h1>${w.t('list.title')}</h1>
<section class="card" aria-labelledby="summary-title">
  <h2 id="summary-title">${w.t('summary.title')}</h2>
  <dl class="stats">
    ${stat(w.t('summary.opened'), v.summary.opened, 'stat-opened')}
    ${stat(w.t('summary.selfResolved'), v.summary.self_resolved, 'stat-self-resolved')}
    ${stat(w.t('summary.ticketSent'), v.summary.ticket_sent, 'stat-ticket-sent')}
  </dl>
  <p class="muted">${w.t('summary.maskedNote')}</p>
</section>
<section class="card" aria-labelledby="filter-title">
  <h2 id="filter-title" class="visually-hidden">${w.t('list.apply')}</h2>
  <form method="get" action="/inbox" class="filters" id="filters">
    <div class="field wide"><label for="f-q">${w.t('list.search')}</label>
      <input id="f-q" name="q" type="search" value="${q.q ?? ''}" maxlength="100" aria-describedby="f-q-hint">
      <small id="f-q-hint" class="muted">${w.t('list.searchHint')}</small></div>
    <div class="field"><label for="f-status">${w.t('list.status')}</label>
      <select id="f-status" name="status">${selectOptions([['', w.t('list.any')], ...TICKET_STATUSES.map((s): [string, string] => [s, w.t(`status.${s}`)])], q.status)}</select></div>
    <div class="field"><label for="f-problem">${w.t('list.problem')}</label>
      <select id="f-problem" name="problem">${selectOptions([['', w.t('list.any')], ...PROBLEMS.map((p): [string, string] => [p, w.problem(p)])], q.problem)}</select></div>
    <div class="field"><label for="f-reason">${w.t('list.reason')}</label>
      <select id="f-reason" name="reason">${selectOptions([['', w.t('list.any')], ...v.reasons.map((r): [string, string] => [r, w.reason(r)])], q.reason)}</select></div>
    <div class="field"><label for="f-origin">${w.t('list.origin')}</label>
      <select id="f-origin" name="origin">${selectOptions([['', w.t('list.any')], ...v.origins.map((o): [string, string] => [o, o])], q.origin)}</select></div>
    <div class="field"><label for="f-assignee">${w.t('list.assignee')}</label>
      <select id="f-assignee" name="assignee">${selectOptions(
        [
          ['', w.t('list.any')],
          ['me', w.t('list.mine')],
          ['none', w.t('list.unassigned')],
          ...v.agents.map((a): [string, string] => [String(a.id), a.displayName]),
        ],
        q.assignee,
      )}</select></div>
    <div class="field"><label for="f-from">${w.t('list.from')}</label><input id="f-from" name="from" type="date" value="${q.from ?? ''}"></div>
    <div class="field"><label for="f-to">${w.t('list.to')}</label><input id="f-to" name="to" type="date" value="${q.to ?? ''}"></div>
    <div class="actions">
      <button type="submit" class="primary">${w.t('list.apply')}</button>
      <a href="/inbox" class="button">${w.t('list.reset')}</a>
      <a href="/api/tickets/export.csv${queryString(q)}" class="button" id="export-csv" download>${w.t('list.export')}</a>
    </div>
  </form>
</section>
<section class="card" aria-labelledby="list-title">
  <h2 id="list-title">${w.t('list.count', { total: v.total, page: v.page, pages: v.pages })}</h2>
  <p class="muted" id="zone-note">${w.t('list.zone', { zone: w.zoneLabel(now) })}</p>
  ${
    v.items.length === 0
      ? html`<p class="muted" id="inbox-empty">${w.t('list.empty')}</p>`
      : html`<table class="table tickets" id="ticket-table">
    <thead><tr><th scope="col">${w.t('list.received')}</th><th scope="col">${w.t('list.problem')}</th><th scope="col">${w.t('list.user')}</th><th scope="col">${w.t('list.refs')}</th><th scope="col">${w.t('list.origin')}</th><th scope="col">${w.t('list.status')}</th><th scope="col">${w.t('list.assignee')}</th><th scope="col">${w.t('list.id')}</th></tr></thead>
    <tbody>${v.items.map((s) => ticketRow(w, s))}</tbody></table>`
  }
  ${pager(w, v)}
</section>`;
}

function refsOf(t: Ticket): string {
  return [t.fields.tradeNo, t.fields.redeemCode, t.fields.orderRef ? `#${t.fields.orderRef}` : undefined]
    .filter((x) => x !== undefined)
    .join(' ');
}

function ticketRow(w: Words, s: StoredTicket): Html {
  const k = s.ticket;
  return html`<tr class="ticket-row">
  <td data-label="${w.t('list.received')}"><time datetime="${new Date(s.receivedAt).toISOString()}">${w.time(s.receivedAt)}</time></td>
  <td data-label="${w.t('list.problem')}"><a href="/inbox/tickets/${encodeURIComponent(s.id)}">${w.problem(k.problem)}</a>${k.reason ? html`<br><span class="muted">${w.reason(k.reason)}</span>` : ''}</td>
  <td data-label="${w.t('list.user')}">${k.fields.username ?? '-'}${k.fields.accountId !== undefined ? html` <span class="muted">#${String(k.fields.accountId)}</span>` : ''}</td>
  <td data-label="${w.t('list.refs')}" class="mono">${refsOf(k) || '-'}</td>
  <td data-label="${w.t('list.origin')}">${k.console.origin ?? k.console.kind}</td>
  <td data-label="${w.t('list.status')}"><span class="status status-${s.status}">${w.t(`status.${s.status}`)}</span></td>
  <td data-label="${w.t('list.assignee')}">${s.assignee?.displayName ?? '-'}</td>
  <td data-label="${w.t('list.id')}" class="mono">${s.id}</td>
</tr>`;
}

function pager(w: Words, v: ListView): Html | string {
  if (v.pages <= 1) return '';
  const link = (page: number, label: string, rel: string) =>
    html`<a class="button" rel="${rel}" href="/inbox${queryString(v.query, { page })}">${label}</a>`;
  return html`<nav class="pager" aria-label="${w.t('list.count', { total: v.total, page: v.page, pages: v.pages })}">
  ${v.page > 1 ? link(v.page - 1, w.t('list.prev'), 'prev') : ''}
  <span>${v.page} / ${v.pages}</span>
  ${v.page < v.pages ? link(v.page + 1, w.t('list.next'), 'next') : ''}
</nav>`;
}

export interface DetailView {
  stored: StoredTicket;
  notes: TicketNote[];
  audit: AuditEntry[];
  agents: User[];
  session: Session;
  saved?: string;
  error?: string;
  /** The gateway's record beside the ticket (./reconcile-view.ts). */
  reconcile?: Html;
}

/** A check's evidence in the agent's language: a version 2 ticket carries the catalog key and the masked
 *  params beside the words, so the inbox words it itself (times in the agent's zone). A version 1 ticket,
 *  or a key this build does not know, keeps the words the user's widget stored (`own: false`). */
export function evidenceOf(w: Words, check: Ticket['checks'][number]): { text: string; own: boolean } {
  if (!check.key || !hasKey(check.key)) return { text: check.evidence, own: false };
  const message = check.params ? { key: check.key, params: check.params } : { key: check.key };
  return { text: coreT(w.locale, message, { timeZone: w.timeZone }), own: true };
}

export function detailBody(w: Words, v: DetailView): Html {
  const s = v.stored;
  const k = s.ticket;
  const fields = Object.entries(k.fields) as [string, string | number | boolean][];
  const currency = typeof k.fields.currency === 'string' ? k.fields.currency : undefined;
  const sameLanguage = k.locale === w.locale;
  const evidence = k.checks.map((ch) => evidenceOf(w, ch));
  const storedWordsShown = !sameLanguage && evidence.some((e) => !e.own);
  return html`<p><a href="/inbox" class="link">← ${w.t('detail.back')}</a></p>
<section class="card" id="ticket-detail" aria-labelledby="ticket-title">
  <h1 id="ticket-title">${w.problem(k.problem)}${k.reason ? html` <span class="muted">· ${w.reason(k.reason)}</span>` : ''}</h1>
  <dl class="kv">
    <dt>${w.t('list.id')}</dt><dd><span class="mono" id="ticket-id">${s.id}</span> ${copyButton(w, s.id, w.t('list.id'))}</dd>
    <dt>${w.t('detail.received')}</dt><dd><time datetime="${new Date(s.receivedAt).toISOString()}">${w.time(s.receivedAt)}</time></dd>
    <dt>${w.t('detail.console')}</dt><dd>${k.console.kind}${k.console.origin ? ` · ${k.console.origin}` : ''}</dd>
    <dt>${w.t('detail.selfCheck')}</dt><dd>${w.t(`selfCheck.${k.resolution}`)}</dd>
    <dt>${w.t('detail.language')}</dt><dd>${w.t(`lang.${k.locale}`)}</dd>
    <dt>${w.t('detail.rules')}</dt><dd class="mono">${k.rulesVersion}</dd>
  </dl>
</section>
${v.reconcile ?? ''}
<section class="card" aria-labelledby="work-title">
  <h2 id="work-title">${w.t('detail.work')}</h2>
  ${notice(v.saved, 'ok', 'status-saved')}${notice(v.error, 'error')}
  <form method="post" action="/inbox/tickets/${encodeURIComponent(s.id)}" class="work" id="status-form">
    ${csrfField(v.session)}
    <div class="field"><label for="status-select">${w.t('detail.status')}</label>
      <select id="status-select" name="status">${selectOptions(
        TICKET_STATUSES.map((st): [string, string] => [st, w.t(`status.${st}`)]),
        s.status,
      )}</select></div>
    <div class="field"><label for="assignee-select">${w.t('detail.assignee')}</label>
      <select id="assignee-select" name="assigneeId">${selectOptions(
        [['', w.t('detail.nobody')], ...v.agents.map((a): [string, string] => [String(a.id), a.displayName])],
        s.assignee ? String(s.assignee.id) : '',
      )}</select></div>
    <div class="field wide"><label for="conclusion-select">${w.t('detail.conclusion')}</label>
      <select id="conclusion-select" name="conclusion">${selectOptions(
        [
          ['', w.t('detail.noConclusion')],
          ...CONCLUSIONS.map((cn): [string, string] => [cn, w.t(`conclusion.${cn}`)]),
        ],
        s.conclusion ?? '',
      )}</select></div>
    <div class="field wide"><label for="conclusion-note">${w.t('detail.conclusionNote')}</label>
      <textarea id="conclusion-note" name="conclusionNote" rows="2" maxlength="2000">${s.conclusionNote}</textarea></div>
    <div class="actions"><button type="submit" class="primary" id="status-save">${w.t('detail.save')}</button></div>
  </form>
</section>
<section class="card" aria-labelledby="checks-title">
  <h2 id="checks-title">${w.t('detail.checks')}</h2>
  ${storedWordsShown ? html`<p class="muted" id="evidence-original" lang="${k.locale}">${w.t('detail.evidenceOriginal', { lang: w.t(`lang.${k.locale}`) })}</p>` : ''}
  <table class="table checks" id="check-table">
    <thead><tr><th scope="col">${w.t('detail.check')}</th><th scope="col">${w.t('detail.outcome')}</th><th scope="col">${w.t('detail.evidence')}</th></tr></thead>
    <tbody>${k.checks.map(
      (ch, i) => html`<tr><td data-label="${w.t('detail.check')}">${w.checkName(ch.id)}</td>
      <td data-label="${w.t('detail.outcome')}"><span class="status check-${ch.status}">${w.mark(ch.status)}</span></td>
      <td data-label="${w.t('detail.evidence')}"${sameLanguage || evidence[i]?.own ? '' : html` lang="${k.locale}"`}>${evidence[i]?.text}</td></tr>`,
    )}</tbody>
  </table>
</section>
<section class="card" aria-labelledby="fields-title">
  <h2 id="fields-title">${w.t('detail.fields')}</h2>
  <dl class="kv" id="field-list">${fields.map(
    ([name, value]) =>
      html`<dt>${w.field(name)}</dt><dd><span class="value" data-field="${name}">${w.value(name, value, currency)}</span>${
        COPYABLE.has(name) ? html` ${copyButton(w, String(value), w.field(name))}` : ''
      }</dd>`,
  )}</dl>
  <h2>${w.t('detail.note')}</h2>
  <p class="note" id="ticket-note"${sameLanguage ? '' : html` lang="${k.locale}"`}>${k.note || w.t('detail.noNote')}</p>
  ${
    k.masked.length
      ? html`<h2>${w.t('detail.masked')}</h2><ul id="masked-list">${k.masked.map((m) => html`<li>${w.field(m.field)}: ${w.maskKind(m.kind)}</li>`)}</ul>`
      : ''
  }
</section>
<section class="card" aria-labelledby="notes-title">
  <h2 id="notes-title">${w.t('detail.notes')}</h2>
  ${
    v.notes.length === 0
      ? html`<p class="muted">${w.t('detail.noNotes')}</p>`
      : html`<ol class="notes" id="notes">${v.notes.map(
          (n) =>
            html`<li><p class="note-meta">${n.author ?? w.t('detail.auditSystem')} · <time datetime="${new Date(n.at).toISOString()}">${w.time(n.at)}</time></p><p class="note">${n.body}</p></li>`,
        )}</ol>`
  }
  <form method="post" action="/inbox/tickets/${encodeURIComponent(s.id)}/notes" class="stack" id="note-form">
    ${csrfField(v.session)}
    <label for="note-body">${w.t('detail.noteLabel')}</label>
    <textarea id="note-body" name="body" rows="3" maxlength="4000" required></textarea>
    <div><button type="submit" class="primary" id="note-add">${w.t('detail.addNote')}</button></div>
  </form>
</section>
<section class="card" aria-labelledby="audit-title">
  <h2 id="audit-title">${w.t('detail.audit')}</h2>
  <ol class="audit" id="audit">${v.audit.map((a) => html`<li><time datetime="${new Date(a.at).toISOString()}">${w.time(a.at)}</time> · ${a.actor ?? w.t('detail.auditSystem')} · ${auditText(w, a)}</li>`)}</ol>
</section>`;
}

function auditText(w: Words, a: AuditEntry): string {
  const none = w.t('audit.none');
  switch (a.action) {
    case 'received':
      return w.t('audit.received');
    case 'status':
      return w.t('audit.status', {
        before: a.before ? statusWord(w, a.before) : none,
        after: a.after ? statusWord(w, a.after) : none,
      });
    case 'assignee':
      return w.t('audit.assignee', { before: a.before ?? none, after: a.after ?? none });
    case 'conclusion': {
      if (!a.after) return w.t('audit.conclusion', { after: none });
      const [code = '', ...rest] = a.after.split(': ');
      const word = (CONCLUSIONS as readonly string[]).includes(code)
        ? w.t(`conclusion.${code as (typeof CONCLUSIONS)[number]}`)
        : code;
      return w.t('audit.conclusion', { after: [word, rest.join(': ')].filter(Boolean).join(': ') });
    }
    case 'note':
      return w.t('audit.note');
    case 'gateway_complete':
    case 'gateway_verify':
      return reconAuditText(w, a) ?? a.action;
  }
}

const statusWord = (w: Words, s: string) =>
  (TICKET_STATUSES as readonly string[]).includes(s)
    ? w.t(`status.${s as (typeof TICKET_STATUSES)[number]}`)
    : s;

export function statsBody(w: Words, st: DeflectionStats, days: number): Html {
  const percent = st.deflectionRate === undefined ? '-' : `${Math.round(st.deflectionRate * 100)}%`;
  const max = Math.max(1, ...st.days.map((d) => Math.max(d.opened, d.tickets, d.selfResolved)));
  const stat = (label: string, value: string | number, id: string, hint?: string) =>
    html`<div class="stat"><dt>${label}</dt><dd id="${id}">${value}</dd>${hint ? html`<dd class="muted small">${hint}</dd>` : ''}</div>`;
  return html`<h1>${w.t('stats.title')}</h1>
<section class="card">
  <form method="get" action="/inbox/stats" class="filters">
    <div class="field"><label for="stats-days">${w.t('stats.range')}</label>
      <select id="stats-days" name="days">${selectOptions(
        [
          ['7', w.t('stats.days7')],
          ['30', w.t('stats.days30')],
          ['90', w.t('stats.days90')],
        ],
        String(days),
      )}</select></div>
    <div class="actions"><button type="submit" class="primary">${w.t('list.apply')}</button></div>
  </form>
  <p class="muted">${w.t('list.zone', { zone: w.zoneLabel(st.to) })}</p>
  <dl class="stats">
    ${stat(w.t('stats.opened'), st.events.opened, 'stats-opened')}
    ${stat(w.t('stats.problemChosen'), st.events.problem_chosen, 'stats-problem-chosen')}
    ${stat(w.t('stats.selfResolved'), st.events.self_resolved, 'stats-self-resolved')}
    ${stat(w.t('stats.tickets'), st.tickets, 'stats-tickets')}
    ${stat(w.t('stats.rate'), percent, 'stats-rate', w.t('stats.rateHint'))}
  </dl>
</section>
<section class="card" aria-labelledby="by-problem-title">
  <h2 id="by-problem-title">${w.t('stats.byProblem')}</h2>
  ${
    st.byProblem.length === 0
      ? html`<p class="muted">${w.t('stats.none')}</p>`
      : html`<table class="table" id="stats-by-problem"><thead><tr><th scope="col">${w.t('list.problem')}</th><th scope="col">${w.t('list.reason')}</th><th scope="col">${w.t('stats.tickets')}</th></tr></thead>
    <tbody>${st.byProblem.map(
      (r) =>
        html`<tr><td data-label="${w.t('list.problem')}">${w.problem(r.problem)}</td><td data-label="${w.t('list.reason')}">${r.reason ? w.reason(r.reason) : w.t('stats.noReason')}</td><td data-label="${w.t('stats.tickets')}">${r.tickets}</td></tr>`,
    )}</tbody></table>`
  }
</section>
<section class="card" aria-labelledby="by-day-title">
  <h2 id="by-day-title">${w.t('stats.byDay')}</h2>
  ${
    st.days.length === 0
      ? html`<p class="muted">${w.t('stats.none')}</p>`
      : html`<table class="table" id="stats-by-day"><thead><tr><th scope="col">${w.t('stats.day')}</th><th scope="col">${w.t('stats.opened')}</th><th scope="col">${w.t('stats.selfResolved')}</th><th scope="col">${w.t('stats.tickets')}</th></tr></thead>
    <tbody>${st.days.map(
      (d) => html`<tr><td data-label="${w.t('stats.day')}">${d.day}</td>
      <td data-label="${w.t('stats.opened')}">${d.opened} <meter min="0" max="${max}" value="${d.opened}" aria-hidden="true"></meter></td>
      <td data-label="${w.t('stats.selfResolved')}">${d.selfResolved} <meter min="0" max="${max}" value="${d.selfResolved}" aria-hidden="true"></meter></td>
      <td data-label="${w.t('stats.tickets')}">${d.tickets} <meter min="0" max="${max}" value="${d.tickets}" aria-hidden="true"></meter></td></tr>`,
    )}</tbody></table>`
  }
</section>`;
}

export function usersBody(
  w: Words,
  users: User[],
  session: Session,
  message?: { text: string; kind: 'ok' | 'error' },
): Html {
  return html`<h1>${w.t('users.title')}</h1>
${message ? notice(message.text, message.kind, 'users-message') : ''}
<section class="card">
  <table class="table" id="user-table"><thead><tr><th scope="col">${w.t('users.username')}</th><th scope="col">${w.t('users.displayName')}</th><th scope="col">${w.t('users.role')}</th><th scope="col">${w.t('users.state')}</th><th scope="col"><span class="visually-hidden">${w.t('detail.work')}</span></th></tr></thead>
  <tbody>${users.map(
    (
      u,
    ) => html`<tr><td data-label="${w.t('users.username')}" class="mono">${u.username}</td><td data-label="${w.t('users.displayName')}">${u.displayName}</td>
    <td data-label="${w.t('users.role')}">${w.t(`role.${u.role}`)}</td><td data-label="${w.t('users.state')}">${w.t(u.disabled ? 'users.disabled' : 'users.active')}</td>
    <td data-label="${w.t('detail.work')}"><form method="post" action="/inbox/users/${u.id}" class="inline-form">${csrfField(session)}
      <button type="submit" name="action" value="${u.role === 'admin' ? 'make-agent' : 'make-admin'}" class="button small">${w.t(u.role === 'admin' ? 'users.makeAgent' : 'users.makeAdmin')}</button>
      <button type="submit" name="action" value="${u.disabled ? 'enable' : 'disable'}" class="button small">${w.t(u.disabled ? 'users.enable' : 'users.disable')}</button>
    </form>
    <form method="post" action="/inbox/users/${u.id}" class="inline-form">${csrfField(session)}
      <input type="hidden" name="action" value="password">
      <label class="visually-hidden" for="pw-${u.id}">${w.t('users.resetPassword')}: ${u.username}</label>
      <input id="pw-${u.id}" name="password" type="password" autocomplete="new-password" minlength="10" maxlength="200" required>
      <button type="submit" class="button small">${w.t('users.resetPassword')}</button>
    </form></td></tr>`,
  )}</tbody></table>
</section>
<section class="card narrow" aria-labelledby="create-title">
  <h2 id="create-title">${w.t('users.create')}</h2>
  <form method="post" action="/inbox/users" class="stack" id="user-create">${csrfField(session)}
    <label for="nu-username">${w.t('users.username')}</label><input id="nu-username" name="username" required maxlength="32" autocomplete="off">
    <label for="nu-display">${w.t('users.displayName')}</label><input id="nu-display" name="displayName" maxlength="64" autocomplete="off">
    <label for="nu-password">${w.t('users.password')}</label><input id="nu-password" name="password" type="password" minlength="10" maxlength="200" required autocomplete="new-password">
    <label for="nu-role">${w.t('users.role')}</label><select id="nu-role" name="role">${selectOptions(
      [
        ['agent', w.t('role.agent')],
        ['admin', w.t('role.admin')],
      ],
      'agent',
    )}</select>
    <div><button type="submit" class="primary">${w.t('users.create')}</button></div>
  </form>
</section>`;
}

export function accountBody(
  w: Words,
  session: Session,
  message?: { text: string; kind: 'ok' | 'error' },
): Html {
  const u = session.user;
  return html`<h1>${w.t('account.title')}</h1>
${message ? notice(message.text, message.kind, 'account-message') : ''}
<section class="card narrow">
  <form method="post" action="/inbox/account" class="stack" id="account-form">${csrfField(session)}
    <label for="acc-locale">${w.t('account.language')}</label>
    <select id="acc-locale" name="locale">${selectOptions(
      [
        ['zh-CN', w.t('lang.zh-CN')],
        ['en', w.t('lang.en')],
      ],
      u.locale,
    )}</select>
    <label for="acc-zone">${w.t('account.timeZone')}</label>
    <input id="acc-zone" name="timeZone" value="${u.timeZone}" maxlength="64" required autocomplete="off" spellcheck="false">
    <div><button type="submit" class="primary">${w.t('account.save')}</button></div>
  </form>
</section>
<section class="card narrow" aria-labelledby="pw-title">
  <h2 id="pw-title">${w.t('account.password')}</h2>
  <form method="post" action="/inbox/account/password" class="stack" id="password-form">${csrfField(session)}
    <label for="pw-current">${w.t('account.current')}</label><input id="pw-current" name="current" type="password" autocomplete="current-password" required maxlength="500">
    <label for="pw-new">${w.t('account.new')}</label><input id="pw-new" name="password" type="password" autocomplete="new-password" minlength="10" maxlength="200" required>
    <div><button type="submit" class="primary">${w.t('account.changePassword')}</button></div>
  </form>
</section>`;
}
