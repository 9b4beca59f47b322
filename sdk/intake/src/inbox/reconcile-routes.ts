// The gateway's record beside a ticket, its routes (all behind the inbox login, mounted by ./routes.ts):
//   GET  /inbox/tickets/:id/reconcile        no lookup (it calls the gateway: a write): back to the ticket
//   POST /inbox/tickets/:id/reconcile        looks up now (CSRF); the page script gets the section's body
//                                            (X-Inbox-Fragment: 1), the "look up again" form a redirect back
//   GET  /inbox/tickets/:id/reconcile/act?candidate=N&expect=…1234   admins: the confirmation page
//   POST /inbox/tickets/:id/reconcile/act    admins, CSRF: completes (or verifies) that candidate
// and the same record as JSON for the support API (session; X-CSRF-Token on the POST):
//   GET  /api/tickets/:id/reconcile          {configured, record} as kept (record null before a lookup)
//   POST /api/tickets/:id/reconcile          looks up now: {configured, record}
// The ticket page itself never waits for a gateway: it shows the cached record (with its time) or
// "looking up", and the script loads the rest from here.
import type { Context } from 'hono';
import { Hono } from 'hono';
import type { IntakeDeps, IntakeEnv } from '../http/deps.js';
import { checkedForm, requireSession } from '../http/session.js';
import type { ActResult } from '../reconcile/service.js';
import { getTicket, type StoredTicket } from '../tickets/repo.js';
import { html } from './html.js';
import { layout } from './layout.js';
import { confirmBody, reconcileBody, reconcileSection, reconWords } from './reconcile-view.js';
import { words } from './words.js';

const FRAGMENT_HEADER = 'x-inbox-fragment';

const ticketPage = (id: string, query = '') => `/inbox/tickets/${encodeURIComponent(id)}${query}#reconcile`;

type ResultCode = 'completed' | 'verified' | 'changed' | 'not_allowed' | 'needs_confirmation' | 'gateway';

const FAIL_STATE = /^(unreachable|timeout|unauthorized|bad_answer|not_supported|not_configured)$/;

/** The ticket's latest gateway action as the audit trail keeps it (masked number, `ok: …` or a state). */
async function lastGatewayAction(deps: IntakeDeps, ticketId: string) {
  const res = await deps.store.query<{ action: string; before: string | null; after: string | null }>(
    `select action, before, after from ticket_audit
      where ticket_id = $1 and action in ('gateway_complete', 'gateway_verify')
      order by at desc, id desc limit 1`,
    [ticketId],
  );
  return res.rows[0];
}

function actionNotice(
  r: ReturnType<typeof reconWords>,
  a: { action: string; before: string | null; after: string | null },
): { text: string; kind: 'ok' | 'error' } {
  const tradeNo = a.before ?? '';
  const after = a.after ?? '';
  if (after.startsWith('ok: ')) {
    return a.action === 'gateway_complete'
      ? { kind: 'ok', text: r.t('recon.result.completed', { tradeNo }) }
      : { kind: 'ok', text: r.t('recon.result.verified', { tradeNo }) };
  }
  const state = FAIL_STATE.test(after) ? r.t(`recon.fail.${after as 'timeout'}`) : '';
  return { kind: 'error', text: r.t('recon.result.gateway', { state }) };
}

/** The section on the ticket page (cached record; never a gateway call). */
export async function reconcileSectionFor(deps: IntakeDeps, c: Context<IntakeEnv>, stored: StoredTicket) {
  const session = c.get('session');
  const w = words(session.user.locale, session.user.timeZone);
  const rc = deps.reconciler;
  const record = rc.configured ? await rc.cached(stored.id) : undefined;
  const r = reconWords(w);
  const code = c.req.query('recon') as ResultCode | undefined;
  let message: { text: string; kind: 'ok' | 'error' } | undefined;
  if (code === 'completed' || code === 'verified' || code === 'gateway') {
    // What the gateway did is read from the audit trail, never from the address: a crafted
    // `?recon=completed&n=…` must not show support a completion that did not happen.
    const last = await lastGatewayAction(deps, stored.id);
    if (last) message = actionNotice(r, last);
  } else if (code === 'changed') message = { kind: 'error', text: r.t('recon.result.changed') };
  else if (code === 'not_allowed') message = { kind: 'error', text: r.t('recon.result.notAllowed') };
  else if (code === 'needs_confirmation') {
    message = { kind: 'error', text: r.t('recon.result.needsConfirmation') };
  }
  return reconcileSection(w, {
    ticketId: stored.id,
    ...(record ? { record } : {}),
    configured: rc.configured,
    session,
    timeoutMs: deps.reconcileTimeoutMs,
    now: deps.now(),
    ...(message ? { message } : {}),
  });
}

export function reconcileRoutes(deps: IntakeDeps): Hono<IntakeEnv> {
  const app = new Hono<IntakeEnv>();
  const rc = deps.reconciler;
  const wordsOf = (c: Context<IntakeEnv>) => {
    const u = c.get('session').user;
    return words(u.locale, u.timeZone);
  };

  const lookUp = async (c: Context<IntakeEnv>, id: string) => {
    const stored = await getTicket(deps.store, id);
    if (!stored) return c.text('not found', 404);
    const record = rc.configured ? await rc.refresh(stored) : undefined;
    if (c.req.header(FRAGMENT_HEADER) !== '1') return c.redirect(ticketPage(id), 303);
    return c.html(
      reconcileBody(wordsOf(c), {
        ticketId: id,
        ...(record ? { record } : {}),
        configured: rc.configured,
        session: c.get('session'),
        timeoutMs: deps.reconcileTimeoutMs,
        now: deps.now(),
      }).value,
    );
  };

  // A lookup spends gateway calls (and a sub2api verify has side effects elsewhere): never on a GET, which
  // any page could trigger with an image tag.
  app.get('/inbox/tickets/:id/reconcile', (c) => c.redirect(ticketPage(c.req.param('id')), 303));

  app.post('/inbox/tickets/:id/reconcile', async (c) => {
    const id = c.req.param('id');
    if (!(await checkedForm(c))) return c.text(wordsOf(c).t('error.csrf'), 403);
    return lookUp(c, id);
  });

  const adminOnly = (c: Context<IntakeEnv>) =>
    c.get('session').user.role === 'admin'
      ? undefined
      : c.html(
          layout({
            w: wordsOf(c),
            title: wordsOf(c).t('error.forbidden'),
            page: 'detail',
            session: c.get('session'),
            body: html`<section class="card narrow"><h1>${wordsOf(c).t('error.forbidden')}</h1><p>${reconWords(wordsOf(c)).t('recon.action.adminOnly')}</p></section>`,
          }),
          403,
        );

  const candidateOf = (value: string | undefined) =>
    value && /^\d{1,2}$/.test(value) ? Number(value) : undefined;

  app.get('/inbox/tickets/:id/reconcile/act', async (c) => {
    const refused = adminOnly(c);
    if (refused) return refused;
    const id = c.req.param('id');
    const stored = await getTicket(deps.store, id);
    if (!stored || !rc.configured) return c.text('not found', 404);
    const index = candidateOf(c.req.query('candidate'));
    const w = wordsOf(c);
    // The record as it is now, not as the cache had it: the confirmation shows what will be acted on.
    const { record, refs } = await rc.prepare(stored);
    const order = index === undefined ? undefined : record.orders[index];
    const ref = index === undefined ? undefined : refs[index];
    const same = order && order.tradeNo === c.req.query('expect');
    const r = reconWords(w);
    return c.html(
      layout({
        w,
        title: r.t('recon.confirm.title'),
        page: 'detail',
        session: c.get('session'),
        body: confirmBody(w, {
          ticketId: id,
          record,
          configured: true,
          session: c.get('session'),
          timeoutMs: deps.reconcileTimeoutMs,
          now: deps.now(),
          index: index ?? 0,
          ...(same && ref ? { order, ref } : {}),
        }),
      }),
    );
  });

  app.post('/inbox/tickets/:id/reconcile/act', async (c) => {
    const refused = adminOnly(c);
    if (refused) return refused;
    const id = c.req.param('id');
    const form = await checkedForm(c);
    const w = wordsOf(c);
    if (!form) return c.text(w.t('error.csrf'), 403);
    const stored = await getTicket(deps.store, id);
    if (!stored || !rc.configured) return c.text('not found', 404);
    const index = candidateOf(form.candidate);
    if (index === undefined) return c.redirect(ticketPage(id, '?recon=changed'), 303);
    const r = reconWords(w);
    const result: ActResult = await rc.act({
      stored,
      index,
      expect: form.expect ?? '',
      ref: form.ref ?? '',
      confirmed: form.confirmed === '1',
      actorId: c.get('session').user.id,
      conclusionNote: (tradeNo, answer) => r.t('recon.conclusionNote', { tradeNo, answer }),
    });
    const q = new URLSearchParams();
    // Only the kind of result: the notice itself is read back from the audit trail.
    q.set('recon', result.ok ? (result.kind === 'complete' ? 'completed' : 'verified') : result.reason);
    return c.redirect(ticketPage(id, `?${q}`), 303);
  });

  return app;
}

/** The record as JSON (masked as on the page; never a credential or a full number). */
export function reconcileApiRoutes(deps: IntakeDeps): Hono<IntakeEnv> {
  const app = new Hono<IntakeEnv>();
  const rc = deps.reconciler;
  app.use('/api/tickets/:id/reconcile', requireSession(deps, 'api'));
  const answer = async (c: Context<IntakeEnv>, refresh: boolean) => {
    const stored = await getTicket(deps.store, c.req.param('id') ?? '');
    if (!stored) return c.json({ error: 'not_found' }, 404);
    if (!rc.configured) return c.json({ configured: false, record: null });
    const record = refresh ? await rc.refresh(stored) : await rc.cached(stored.id);
    return c.json({ configured: true, record: record ?? null });
  };
  app.get('/api/tickets/:id/reconcile', (c) => answer(c, false));
  app.post('/api/tickets/:id/reconcile', (c) => answer(c, true));
  return app;
}
