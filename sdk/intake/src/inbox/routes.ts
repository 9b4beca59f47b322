// The inbox pages under /inbox (server-rendered; forms post back with the session's CSRF token and are
// answered with a redirect, so a reload never re-posts).
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, extname, join, normalize } from 'node:path';
import type { Context } from 'hono';
import { Hono } from 'hono';
import { passwordProblem, verifyPassword } from '../auth/password.js';
import { deleteSession } from '../auth/sessions.js';
import {
  countAdmins,
  createUser,
  findUserForLogin,
  getUser,
  listUsers,
  type User,
  updateUser,
} from '../auth/users.js';
import { isTimeZone } from '../config.js';
import { loginService, maskSupportText, sessionCookie } from '../http/api.js';
import type { IntakeDeps, IntakeEnv } from '../http/deps.js';
import { checkedForm, requireAdmin, requireSession, sameHost, sessionOf } from '../http/session.js';
import { deflectionStats, eventSummary } from '../tickets/events.js';
import { ListQuery, PAGE_SIZE, toFilter } from '../tickets/filter.js';
import {
  addNote,
  CONCLUSIONS,
  type Conclusion,
  getTicket,
  listTickets,
  TICKET_STATUSES,
  type TicketStatus,
  ticketAudit,
  ticketNotes,
  ticketOrigins,
  updateTicket,
} from '../tickets/repo.js';
import { html } from './html.js';
import { layout, STATIC_PREFIX } from './layout.js';
import { accountBody, detailBody, listBody, loginBody, statsBody, usersBody } from './pages.js';
import { reconcileRoutes, reconcileSectionFor } from './reconcile-routes.js';
import { words } from './words.js';

/** The package's folder: the nearest one up from this module holding a package.json (src/inbox/ when run from
 *  the sources, dist/ when built, a bundle under node_modules/.cache/ for `pnpm intake`). */
export function packageDir(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`intake: no package.json above ${from}`);
  }
}
export const STATIC_DIR = join(packageDir(import.meta.dirname), 'static');
const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/** A local path to return to after login: only /inbox pages (no open redirect). */
const safeNext = (next: string | undefined) =>
  next && /^\/inbox(?:[/?#]|$)/.test(next) && !next.startsWith('//') ? next : '/inbox';

/** Before login: `?lang=` when given, else the operator's default (zh-CN first, not the browser's guess). */
function guestLocale(c: Context, fallback: 'zh-CN' | 'en'): 'zh-CN' | 'en' {
  const lang = c.req.query('lang');
  return lang === 'en' || lang === 'zh-CN' ? lang : fallback;
}

export function inboxRoutes(deps: IntakeDeps, clientOf: (c: Context) => string): Hono<IntakeEnv> {
  const app = new Hono<IntakeEnv>();
  const login = loginService(deps);
  const cookie = sessionCookie(deps);
  const agentsOf = async () => (await listUsers(deps.store)).filter((u) => !u.disabled);
  const wordsOf = (u: User) => words(u.locale, u.timeZone);

  app.get(`${STATIC_PREFIX}/:file`, async (c) => {
    const file = normalize(join(STATIC_DIR, c.req.param('file')));
    const type = TYPES[extname(file)];
    if (!file.startsWith(`${STATIC_DIR}/`) || !type) return c.text('not found', 404);
    try {
      return c.body(await readFile(file), 200, { 'content-type': type, 'cache-control': 'no-cache' });
    } catch {
      return c.text('not found', 404);
    }
  });

  app.get('/inbox/login', async (c) => {
    if (await sessionOf(c, deps)) return c.redirect(safeNext(c.req.query('next')), 303);
    const w = words(guestLocale(c, deps.config.defaultLocale), deps.config.defaultTimeZone);
    const info = c.req.query('bye') ? w.t('login.loggedOut') : undefined;
    return c.html(
      layout({
        w,
        title: w.t('login.title'),
        page: 'login',
        body: loginBody(w, safeNext(c.req.query('next')), undefined, info, deps.loginHint),
      }),
    );
  });

  app.post('/inbox/login', async (c) => {
    const w = words(guestLocale(c, deps.config.defaultLocale), deps.config.defaultTimeZone);
    const body = await c.req.parseBody().catch(() => ({}) as Record<string, unknown>);
    const field = (name: string) => (typeof body[name] === 'string' ? (body[name] as string) : '');
    const next = safeNext(field('next'));
    const page = (error: string, status: 401 | 403 | 429) =>
      c.html(
        layout({
          w,
          title: w.t('login.title'),
          page: 'login',
          body: loginBody(w, next, error, undefined, deps.loginHint),
        }),
        status,
      );
    if (!sameHost(c)) return page(w.t('error.csrf'), 403);
    const result = await login(field('username').slice(0, 64), field('password').slice(0, 500), clientOf(c));
    if (!result.ok) {
      return result.code === 'throttled'
        ? page(w.t('login.throttled', { minutes: Math.ceil((result.wait ?? 60) / 60) }), 429)
        : page(w.t('login.failed'), 401);
    }
    // The browser's zone becomes the account's at the first login of an account nobody has edited yet.
    const zone = field('timeZone');
    if (
      zone &&
      result.user.updatedAt === result.user.createdAt &&
      zone !== result.user.timeZone &&
      isTimeZone(zone)
    ) {
      await updateUser(deps.store, result.user.id, { timeZone: zone }, deps.now());
    }
    cookie.set(c, result.token);
    return c.redirect(next, 303);
  });

  app.use('/inbox', requireSession(deps, 'page'));
  app.use('/inbox/*', async (c, next) => {
    if (c.req.path === '/inbox/login' || c.req.path.startsWith(`${STATIC_PREFIX}/`)) return next();
    return requireSession(deps, 'page')(c, next);
  });

  app.post('/inbox/logout', async (c) => {
    const form = await checkedForm(c);
    if (!form) return c.text('403', 403);
    await deleteSession(deps.store, c.get('session').idHash);
    cookie.clear(c);
    return c.redirect('/inbox/login?bye=1', 303);
  });

  app.get('/inbox', async (c) => {
    const session = c.get('session');
    const w = wordsOf(session.user);
    const parsed = ListQuery.safeParse(c.req.query());
    const query = parsed.success ? parsed.data : {};
    const page = query.page ?? 1;
    const [list, summary, origins, agents, reasons] = await Promise.all([
      listTickets(deps.store, toFilter(query, session.user), {
        limit: PAGE_SIZE,
        offset: (page - 1) * PAGE_SIZE,
      }),
      eventSummary(deps.store),
      ticketOrigins(deps.store),
      agentsOf(),
      deps.store.query<{ reason: string }>(
        'select distinct reason from tickets where reason is not null order by 1 limit 100',
      ),
    ]);
    const body = listBody(
      w,
      {
        query,
        ...list,
        page,
        pages: Math.max(1, Math.ceil(list.total / PAGE_SIZE)),
        summary,
        origins,
        agents,
        reasons: reasons.rows.map((r) => r.reason),
      },
      deps.now(),
    );
    return c.html(layout({ w, title: w.t('list.title'), page: 'list', body, session }));
  });

  const detail = async (
    c: Context<IntakeEnv>,
    id: string,
    extra: { saved?: string; error?: string } = {},
  ) => {
    const session = c.get('session');
    const w = wordsOf(session.user);
    const stored = await getTicket(deps.store, id);
    if (!stored) {
      return c.html(
        layout({
          w,
          title: w.t('error.notFound'),
          page: 'detail',
          session,
          body: html`<section class="card"><h1>${w.t('error.notFound')}</h1><p><a href="/inbox">${w.t('detail.back')}</a></p></section>`,
        }),
        404,
      );
    }
    const [notes, audit, agents, reconcile] = await Promise.all([
      ticketNotes(deps.store, id),
      ticketAudit(deps.store, id),
      agentsOf(),
      reconcileSectionFor(deps, c, stored),
    ]);
    const body = detailBody(w, { stored, notes, audit, agents, session, reconcile, ...extra });
    return c.html(
      layout({
        w,
        title: `${w.problem(stored.ticket.problem)} · ${stored.id}`,
        page: 'detail',
        body,
        session,
      }),
    );
  };

  app.get('/inbox/tickets/:id', (c) => {
    const w = wordsOf(c.get('session').user);
    const saved = c.req.query('saved');
    return detail(
      c,
      c.req.param('id'),
      saved === 'status'
        ? { saved: w.t('detail.saved') }
        : saved === 'note-masked'
          ? { saved: w.t('detail.noteMasked') }
          : {},
    );
  });

  app.post('/inbox/tickets/:id', async (c) => {
    const id = c.req.param('id');
    const form = await checkedForm(c);
    const w = wordsOf(c.get('session').user);
    if (!form) return detail(c, id, { error: w.t('error.csrf') });
    const status = (TICKET_STATUSES as readonly string[]).includes(form.status ?? '')
      ? (form.status as TicketStatus)
      : undefined;
    const conclusion = (CONCLUSIONS as readonly string[]).includes(form.conclusion ?? '')
      ? (form.conclusion as Conclusion)
      : null;
    let assigneeId: number | null = null;
    if (form.assigneeId && /^\d{1,9}$/.test(form.assigneeId)) {
      const assignee = await getUser(deps.store, Number(form.assigneeId));
      if (assignee && !assignee.disabled) assigneeId = assignee.id;
    }
    const conclusionNote = maskSupportText((form.conclusionNote ?? '').slice(0, 2000)).text;
    const ok = await deps.store.transaction((tx) =>
      updateTicket(
        tx,
        id,
        { status, assigneeId, conclusion, conclusionNote },
        c.get('session').user.id,
        deps.now(),
      ),
    );
    if (!ok) return detail(c, id);
    return c.redirect(`/inbox/tickets/${encodeURIComponent(id)}?saved=status`, 303);
  });

  app.post('/inbox/tickets/:id/notes', async (c) => {
    const id = c.req.param('id');
    const form = await checkedForm(c);
    const w = wordsOf(c.get('session').user);
    if (!form) return detail(c, id, { error: w.t('error.csrf') });
    const text = (form.body ?? '').trim().slice(0, 4000);
    if (!text) return c.redirect(`/inbox/tickets/${encodeURIComponent(id)}`, 303);
    const masked = maskSupportText(text);
    const ok = await deps.store.transaction((tx) =>
      addNote(tx, id, masked.text, c.get('session').user.id, deps.now()),
    );
    if (!ok) return detail(c, id);
    return c.redirect(
      `/inbox/tickets/${encodeURIComponent(id)}${masked.masked ? '?saved=note-masked' : ''}#notes-title`,
      303,
    );
  });

  app.route('/', reconcileRoutes(deps));

  app.get('/inbox/stats', async (c) => {
    const session = c.get('session');
    const w = wordsOf(session.user);
    const days = [7, 30, 90].includes(Number(c.req.query('days'))) ? Number(c.req.query('days')) : 30;
    const to = deps.now();
    const stats = await deflectionStats(deps.store, {
      from: to - days * 86_400_000,
      to: to + 1,
      timeZone: session.user.timeZone,
    });
    return c.html(
      layout({ w, title: w.t('stats.title'), page: 'stats', body: statsBody(w, stats, days), session }),
    );
  });

  /** The account page, with an optional message; a refused form answers 422 with its error on it. */
  const accountPage = (
    c: Context<IntakeEnv>,
    message?: { text: string; kind: 'ok' | 'error' },
    status: 200 | 422 = 200,
  ) => {
    const session = c.get('session');
    const w = wordsOf(session.user);
    const body = accountBody(w, session, message);
    return c.html(layout({ w, title: w.t('account.title'), page: 'account', body, session }), status);
  };
  const accountError = (c: Context<IntakeEnv>, text: string) => accountPage(c, { text, kind: 'error' }, 422);

  app.get('/inbox/account', (c) => {
    const w = wordsOf(c.get('session').user);
    const saved = c.req.query('m') === 'saved';
    return accountPage(c, saved ? { text: w.t('account.saved'), kind: 'ok' } : undefined);
  });

  app.post('/inbox/account', async (c) => {
    const session = c.get('session');
    const form = await checkedForm(c);
    const w = wordsOf(session.user);
    if (!form) return accountError(c, w.t('error.csrf'));
    const locale = form.locale === 'en' ? 'en' : 'zh-CN';
    const timeZone = (form.timeZone ?? '').trim();
    if (!isTimeZone(timeZone)) return accountError(c, w.t('account.timeZoneBad'));
    await updateUser(deps.store, session.user.id, { locale, timeZone }, deps.now());
    return c.redirect('/inbox/account?m=saved', 303);
  });

  app.post('/inbox/account/password', async (c) => {
    const session = c.get('session');
    const form = await checkedForm(c);
    const w = wordsOf(session.user);
    if (!form) return accountError(c, w.t('error.csrf'));
    const found = await findUserForLogin(deps.store, session.user.username);
    if (!found || !(await verifyPassword(form.current ?? '', found.passwordHash)))
      return accountError(c, w.t('account.passwordWrong'));
    if (passwordProblem(form.password ?? '')) return accountError(c, w.t('account.passwordShort'));
    // A new password ends every session of the account, this one included.
    await updateUser(deps.store, session.user.id, { password: form.password }, deps.now());
    cookie.clear(c);
    return c.redirect('/inbox/login?bye=1', 303);
  });

  app.use('/inbox/users', requireAdmin('page'));
  app.use('/inbox/users/*', requireAdmin('page'));

  const usersPage = async (
    c: Context<IntakeEnv>,
    message?: { text: string; kind: 'ok' | 'error' },
    status: 200 | 409 | 422 = 200,
  ) => {
    const session = c.get('session');
    const w = wordsOf(session.user);
    return c.html(
      layout({
        w,
        title: w.t('users.title'),
        page: 'users',
        body: usersBody(w, await listUsers(deps.store), session, message),
        session,
      }),
      status,
    );
  };

  app.get('/inbox/users', (c) => {
    const w = wordsOf(c.get('session').user);
    const m = c.req.query('m');
    return usersPage(
      c,
      m === 'created'
        ? { text: w.t('users.created'), kind: 'ok' }
        : m === 'updated'
          ? { text: w.t('users.updated'), kind: 'ok' }
          : undefined,
    );
  });

  app.post('/inbox/users', async (c) => {
    const form = await checkedForm(c);
    const w = wordsOf(c.get('session').user);
    if (!form) return usersPage(c, { text: w.t('error.csrf'), kind: 'error' }, 422);
    if (passwordProblem(form.password ?? ''))
      return usersPage(c, { text: w.t('account.passwordShort'), kind: 'error' }, 422);
    const created = await createUser(
      deps.store,
      {
        username: (form.username ?? '').trim(),
        displayName: (form.displayName ?? '').slice(0, 64),
        password: form.password ?? '',
        role: form.role === 'admin' ? 'admin' : 'agent',
        locale: deps.config.defaultLocale,
        timeZone: deps.config.defaultTimeZone,
      },
      deps.now(),
    );
    if (!created.ok) {
      return usersPage(
        c,
        { text: w.t(created.code === 'username_taken' ? 'users.taken' : 'users.badUsername'), kind: 'error' },
        created.code === 'username_taken' ? 409 : 422,
      );
    }
    return c.redirect('/inbox/users?m=created', 303);
  });

  app.post('/inbox/users/:id', async (c) => {
    const form = await checkedForm(c);
    const w = wordsOf(c.get('session').user);
    if (!form) return usersPage(c, { text: w.t('error.csrf'), kind: 'error' }, 422);
    const id = Number(c.req.param('id'));
    const action = form.action;
    if (action === 'password' && passwordProblem(form.password ?? '')) {
      return usersPage(c, { text: w.t('account.passwordShort'), kind: 'error' }, 422);
    }
    const patch =
      action === 'make-admin'
        ? { role: 'admin' as const }
        : action === 'make-agent'
          ? { role: 'agent' as const }
          : action === 'disable'
            ? { disabled: true }
            : action === 'enable'
              ? { disabled: false }
              : action === 'password'
                ? { password: form.password ?? '' }
                : undefined;
    if (!patch || !Number.isInteger(id)) return usersPage(c, undefined, 422);
    const result = await deps.store.transaction(async (tx) => {
      const target = await getUser(tx, id);
      if (!target) return 'missing';
      const demotes =
        target.role === 'admin' &&
        !target.disabled &&
        ('role' in patch ? patch.role === 'agent' : 'disabled' in patch && patch.disabled);
      if (demotes && (await countAdmins(tx)) <= 1) return 'last_admin';
      await updateUser(tx, id, patch, deps.now());
      return 'ok';
    });
    if (result === 'last_admin') return usersPage(c, { text: w.t('users.lastAdmin'), kind: 'error' }, 409);
    return c.redirect('/inbox/users?m=updated', 303);
  });

  return app;
}
