// The gateway's record beside a ticket, as HTML: found / not found / candidates, each order's status in
// words, ordered and paid amounts with currency, its owner and whether that is the ticket's account, times
// in the agent's zone, what the payment platform says, the flags in words, and (for admins) the way to
// complete a paid order, behind a confirmation page. Masked as the widget masks: `…1234`, `ab…9f3e`, the
// provider's transaction id last 4 only, no payer account.
import { fill, formatMoney } from '@topup-doctor/sdk/core';
import type { Session } from '../auth/sessions.js';
import type { CodeView, Flag, LookupState, OrderView, Reconciliation } from '../reconcile/match.js';
import { type Html, html } from './html.js';
import { csrfField } from './layout.js';
import { type ReconKey, reconEn, reconZh } from './text-reconcile.js';
import type { Words } from './words.js';

/** Older than this, a cached record is shown and looked up again in the background. */
export const STALE_MS = 15 * 60_000;

export interface ReconWords {
  t(key: ReconKey, params?: Record<string, string | number>): string;
  money(value: number, currency?: string): string;
  flag(flag: Flag): string;
  state(state: LookupState, timeoutMs: number): string;
}

export function reconWords(w: Words): ReconWords {
  const catalog = w.locale === 'en' ? reconEn : reconZh;
  const t: ReconWords['t'] = (key, params) => fill(catalog[key], params);
  const money = (value: number, currency?: string) => formatMoney(w.locale, value, currency);
  return {
    t,
    money,
    flag: (flag) => {
      const params: Record<string, string | number> = {};
      for (const [name, value] of Object.entries(flag.params ?? {})) {
        if (name.endsWith('Currency')) continue;
        const currency = flag.params?.[`${name}Currency`];
        params[name] =
          name.endsWith('Money') && typeof value === 'number'
            ? money(value, typeof currency === 'string' ? currency : undefined)
            : value;
      }
      return t(`recon.flag.${flag.key}`, params);
    },
    state: (state, timeoutMs) =>
      state === 'ok' ? '' : t(`recon.state.${state}`, { seconds: Math.round(timeoutMs / 100) / 10 }),
  };
}

export interface ReconcileSectionView {
  ticketId: string;
  record?: Reconciliation;
  /** A gateway is configured (else the section says so and offers nothing). */
  configured: boolean;
  session: Session;
  timeoutMs: number;
  now: number;
  /** A message after an action (completed, refused). */
  message?: { text: string; kind: 'ok' | 'error' };
}

const base = (id: string) => `/inbox/tickets/${encodeURIComponent(id)}/reconcile`;

/** The whole section: the script swaps its body in when the record is missing or stale. */
export function reconcileSection(w: Words, v: ReconcileSectionView): Html {
  const r = reconWords(w);
  const stale = v.configured && (!v.record || v.now - v.record.checkedAt > STALE_MS);
  return html`<section class="card" id="reconcile" aria-labelledby="reconcile-title"${
    stale ? html` data-load="${base(v.ticketId)}"` : ''
  } aria-busy="${stale && !v.record ? 'true' : 'false'}">
  <h2 id="reconcile-title">${r.t('recon.title')}</h2>
  <div id="reconcile-body" aria-live="polite">${reconcileBody(w, v)}</div>
</section>
<script src="/inbox/static/reconcile.js" defer></script>`;
}

/** The section's content (also answered alone to the page script). */
export function reconcileBody(w: Words, v: ReconcileSectionView): Html {
  const r = reconWords(w);
  const rec = v.record;
  const notice = v.message
    ? html`<p class="notice notice-${v.message.kind}" role="${v.message.kind === 'error' ? 'alert' : 'status'}" id="reconcile-message">${v.message.text}</p>`
    : '';
  if (!v.configured) {
    return html`${notice}<p class="muted" id="reconcile-state" data-state="not_configured">${r.t('recon.state.not_configured')}</p>`;
  }
  const refresh = html`<form method="post" action="${base(v.ticketId)}" class="inline-form" id="reconcile-refresh">${csrfField(v.session)}
    <button type="submit" class="button small">${r.t('recon.refresh')}</button></form>`;
  if (!rec) {
    return html`${notice}<p class="muted" id="reconcile-state" data-state="loading">${r.t('recon.loading')}</p>${refresh}`;
  }
  const when = html`<p class="muted" id="reconcile-checked">${r.t('recon.checkedAt', { time: w.time(rec.checkedAt) })}</p>`;
  if (rec.subject === 'none') {
    return html`${notice}<p id="reconcile-state" data-state="nothing">${r.t('recon.nothing')}</p>${when}${refresh}`;
  }
  if (rec.tooShort) {
    return html`${notice}<p id="reconcile-state" data-state="too_short">${r.t('recon.tooShort')}</p>${when}${refresh}`;
  }
  if (rec.otherConsole) {
    return html`${notice}<p id="reconcile-state" data-state="other_console">${r.t('recon.otherConsole', { kind: rec.otherConsole, gateway: rec.console ?? '' })}</p>${when}${refresh}`;
  }
  if (!rec.outcome) {
    return html`${notice}<p class="notice notice-error" id="reconcile-state" data-state="${rec.gateway}">${r.state(rec.gateway, v.timeoutMs)}</p>${when}${refresh}`;
  }
  const what = [
    rec.search.tail ? r.t('recon.search.tail', { tail: rec.search.tail }) : undefined,
    rec.search.code ? r.t('recon.search.code', { code: rec.search.code }) : undefined,
    rec.search.accountId && !rec.search.tail && !rec.search.code
      ? r.t('recon.search.account', { id: rec.search.accountId })
      : undefined,
  ]
    .filter(Boolean)
    .join(', ');
  const outcome =
    rec.outcome === 'candidates'
      ? r.t('recon.outcome.candidates', { n: rec.orders.length + rec.codes.length })
      : rec.outcome === 'not_found' && rec.search.truncatedAfter
        ? r.t('recon.outcome.notFoundRecent', { n: rec.search.truncatedAfter })
        : r.t(`recon.outcome.${rec.outcome}`);
  const admin = v.session.user.role === 'admin';
  return html`${notice}
  <p id="reconcile-state" data-state="${rec.outcome}"><strong>${outcome}</strong></p>
  ${rec.gateway !== 'ok' ? html`<p class="muted" id="reconcile-partial">${r.t('recon.partial', { state: r.state(rec.gateway, v.timeoutMs) })}</p>` : ''}
  <p class="muted">${r.t('recon.searched', { what, from: w.time(rec.search.from), to: w.time(rec.search.to) })}</p>
  ${rec.orders.map((o, i) => orderCard(w, r, v, o, i, admin))}
  ${rec.codes.map((c) => codeCard(w, r, c))}
  ${when}${refresh}`;
}

function flagList(r: ReconWords, flags: Flag[]): Html | string {
  if (!flags.length) return '';
  return html`<p class="small">${r.t('recon.flags')}</p><ul class="recon-flags">${flags.map(
    (f) => html`<li data-flag="${f.key}">${r.flag(f)}</li>`,
  )}</ul>`;
}

export function providerText(w: Words, r: ReconWords, o: OrderView): string {
  const p = o.provider;
  if (p.otherPlatform !== undefined) return r.t('recon.provider.otherPlatform');
  if (p.state !== 'ok') return r.t(`recon.provider.${p.state}`);
  if (p.known === false) return r.t('recon.provider.noRecord');
  const tail = p.tradeNo ? ` · ${r.t('recon.provider.txn', { tail: p.tradeNo })}` : '';
  switch (p.status) {
    case 'paid': {
      const money = r.money(p.money ?? o.money ?? o.amount, p.currency ?? o.currency);
      return (
        (p.paidAt !== undefined
          ? r.t('recon.provider.paid', { time: w.time(p.paidAt), money })
          : r.t('recon.provider.paidNoTime', { money })) + tail
      );
    }
    case 'unpaid':
      return r.t('recon.provider.unpaid');
    case 'refunded':
      return r.t('recon.provider.refunded') + tail;
    default:
      return r.t('recon.provider.other');
  }
}

function ledgerText(r: ReconWords, ledger: OrderView['ledger'], timeoutMs: number): string {
  if (!ledger) return '';
  if (ledger.state !== 'ok') return r.t('recon.ledger.failed', { state: r.state(ledger.state, timeoutMs) });
  return ledger.entries ? r.t('recon.ledger.found', { n: ledger.entries }) : r.t('recon.ledger.none');
}

const owner = (o: { userId: string; username?: string }) =>
  o.username ? `${o.username} (#${o.userId})` : `#${o.userId}`;

function orderCard(
  w: Words,
  r: ReconWords,
  v: ReconcileSectionView,
  o: OrderView,
  i: number,
  admin: boolean,
  /** 3 under the section's h2 on the ticket page; 2 under the confirmation page's h1. */
  level: 2 | 3 = 3,
): Html {
  const match =
    o.accountMatches === undefined
      ? r.t('recon.match.unknown')
      : r.t(o.accountMatches ? 'recon.match.yes' : 'recon.match.no');
  const action = o.action;
  return html`<article class="recon-record" id="recon-order-${i}" data-status="${o.status}">
  ${level === 2 ? html`<h2>${r.t('recon.order', { tradeNo: o.tradeNo })}</h2>` : html`<h3>${r.t('recon.order', { tradeNo: o.tradeNo })}</h3>`}
  <dl class="kv">
    <dt>${r.t('recon.field.status')}</dt><dd data-recon="status">${r.t(`recon.status.${o.status}`)}</dd>
    <dt>${r.t('recon.field.ordered')}</dt><dd data-recon="ordered">${r.money(o.amount, o.money === undefined ? o.currency : undefined)}</dd>
    ${o.money !== undefined ? html`<dt>${r.t('recon.field.paid')}</dt><dd data-recon="paid">${r.money(o.money, o.currency)}</dd>` : ''}
    ${o.method ? html`<dt>${r.t('recon.field.method')}</dt><dd>${w.value('paymentMethod', o.method)}</dd>` : ''}
    <dt>${r.t('recon.field.owner')}</dt><dd data-recon="owner">${owner(o)}</dd>
    <dt>${r.t('recon.field.accountMatch')}</dt><dd data-recon="account-match" data-match="${String(o.accountMatches ?? 'unknown')}">${match}</dd>
    <dt>${r.t('recon.field.created')}</dt><dd data-recon="created"><time datetime="${new Date(o.createdAt).toISOString()}">${w.time(o.createdAt)}</time></dd>
    ${o.completedAt !== undefined ? html`<dt>${r.t('recon.field.completed')}</dt><dd data-recon="completed"><time datetime="${new Date(o.completedAt).toISOString()}">${w.time(o.completedAt)}</time></dd>` : ''}
    <dt>${r.t('recon.field.provider')}</dt><dd data-recon="provider" data-provider="${o.provider.status ?? o.provider.state}">${providerText(w, r, o)}</dd>
    ${o.ledger ? html`<dt>${r.t('recon.field.ledger')}</dt><dd data-recon="ledger">${ledgerText(r, o.ledger, v.timeoutMs)}</dd>` : ''}
  </dl>
  ${flagList(r, o.flags)}
  ${
    action
      ? admin
        ? html`<p><a class="button" id="recon-act-${i}" href="${base(v.ticketId)}/act?candidate=${i}&amp;expect=${encodeURIComponent(o.tradeNo)}">${r.t(action.kind === 'complete' ? 'recon.action.complete' : 'recon.action.verify')}</a></p>`
        : html`<p class="muted">${r.t('recon.action.adminOnly')}</p>`
      : o.status === 'pending' && o.provider.status === 'unpaid'
        ? html`<p class="muted" id="recon-no-completion-${i}">${r.t('recon.action.noCompletion')}</p>`
        : ''
  }
</article>`;
}

/** A code's value as support reads it: dollars first, the gateway's raw quota beside them when it differs. */
export function codeValue(r: ReconWords, quota: number, usd: number | undefined): string {
  if (usd === undefined) return String(quota);
  const money = r.money(usd, 'USD');
  return usd === quota ? money : r.t('recon.codeValue', { money, quota: String(quota) });
}

function codeCard(w: Words, r: ReconWords, c: CodeView): Html {
  return html`<article class="recon-record" data-status="${c.status}">
  <h3>${r.t('recon.code', { code: c.code })}</h3>
  <dl class="kv">
    <dt>${r.t('recon.field.status')}</dt><dd data-recon="code-status">${r.t(`recon.codeStatus.${c.status}`)}</dd>
    ${c.quota !== undefined ? html`<dt>${r.t('recon.field.quota')}</dt><dd data-recon="code-value">${codeValue(r, c.quota, c.usd)}</dd>` : ''}
    ${
      c.usedByUserId !== undefined
        ? html`<dt>${r.t('recon.field.usedBy')}</dt><dd data-recon="used-by">${owner({ userId: c.usedByUserId, ...(c.usedByUsername ? { username: c.usedByUsername } : {}) })}${
            c.usedByThisAccount !== undefined
              ? ` · ${r.t(c.usedByThisAccount ? 'recon.used.here' : 'recon.used.other')}`
              : ''
          }</dd>`
        : ''
    }
    ${c.usedAt !== undefined ? html`<dt>${r.t('recon.field.usedAt')}</dt><dd><time datetime="${new Date(c.usedAt).toISOString()}">${w.time(c.usedAt)}</time></dd>` : ''}
    ${c.createdAt !== undefined ? html`<dt>${r.t('recon.field.created')}</dt><dd><time datetime="${new Date(c.createdAt).toISOString()}">${w.time(c.createdAt)}</time></dd>` : ''}
    ${c.expiresAt !== undefined && c.expiresAt > 0 ? html`<dt>${r.t('recon.field.expires')}</dt><dd><time datetime="${new Date(c.expiresAt).toISOString()}">${w.time(c.expiresAt)}</time></dd>` : ''}
    ${c.ledger ? html`<dt>${r.t('recon.field.ledger')}</dt><dd data-recon="ledger">${ledgerText(r, c.ledger, 0)}</dd>` : ''}
  </dl>
  ${flagList(r, c.flags)}
</article>`;
}

/** The confirmation page: the record as it is now (masked), what the action does, and the form. */
export function confirmBody(
  w: Words,
  v: ReconcileSectionView & { index: number; order?: OrderView; ref?: string },
): Html {
  const r = reconWords(w);
  const o = v.order;
  const back = html`<p><a href="/inbox/tickets/${encodeURIComponent(v.ticketId)}#reconcile" class="link">← ${r.t('recon.confirm.cancel')}</a></p>`;
  if (!o?.action) {
    return html`${back}<section class="card narrow"><h1>${r.t('recon.confirm.title')}</h1><p class="notice notice-error" role="alert" id="confirm-gone">${r.t('recon.confirm.gone')}</p></section>`;
  }
  const verify = o.action.kind === 'verify';
  return html`${back}<section class="card" aria-labelledby="confirm-title" id="recon-confirm">
  <h1 id="confirm-title">${r.t(verify ? 'recon.confirm.verifyTitle' : 'recon.confirm.title')}</h1>
  <p id="confirm-what">${r.t(verify ? 'recon.confirm.verifyBody' : 'recon.confirm.body', { tradeNo: o.tradeNo, owner: owner(o) })}</p>
  ${orderCard(w, r, v, { ...o, action: undefined } as OrderView, v.index, false, 2)}
  <form method="post" action="${base(v.ticketId)}/act" class="stack" id="confirm-form">${csrfField(v.session)}
    <input type="hidden" name="candidate" value="${String(v.index)}">
    <input type="hidden" name="expect" value="${o.tradeNo}">
    <input type="hidden" name="ref" value="${v.ref ?? ''}">
    ${
      o.action.needsConfirmation
        ? html`<label class="confirm-check"><input type="checkbox" name="confirmed" value="1" id="confirm-paid" required> ${r.t('recon.confirm.check')}</label>`
        : ''
    }
    <div class="actions"><button type="submit" class="primary" id="confirm-submit">${r.t(verify ? 'recon.confirm.verifySubmit' : 'recon.confirm.submit')}</button>
    <a class="button" href="/inbox/tickets/${encodeURIComponent(v.ticketId)}#reconcile">${r.t('recon.confirm.cancel')}</a></div>
  </form>
</section>`;
}

const FAIL_STATES = [
  'unreachable',
  'timeout',
  'unauthorized',
  'bad_answer',
  'not_supported',
  'not_configured',
] as const;
const ORDER_STATUSES = ['pending', 'success', 'failed', 'expired', 'other'] as const;

/** An audit row of a gateway action in words; undefined for any other row. */
export function reconAuditText(
  w: Words,
  a: { action: string; before?: string; after?: string },
): string | undefined {
  if (a.action !== 'gateway_complete' && a.action !== 'gateway_verify') return undefined;
  const r = reconWords(w);
  const after = a.after ?? '';
  let result: string;
  if (after.startsWith('ok: ')) {
    const answer = after.slice(4);
    const status = ORDER_STATUSES.find((s) => s === answer);
    result = r.t('recon.audit.ok', {
      answer: a.action === 'gateway_verify' && status ? r.t(`recon.status.${status}`) : answer,
    });
  } else {
    const state = FAIL_STATES.find((s) => s === after);
    result = state ? r.t(`recon.fail.${state}`) : after;
  }
  return r.t(a.action === 'gateway_complete' ? 'recon.audit.complete' : 'recon.audit.verify', {
    tradeNo: a.before ?? '',
    result,
  });
}
