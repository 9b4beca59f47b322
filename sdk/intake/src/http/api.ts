// The support API (JSON). Every route needs a session; writes need the session's CSRF token in
// X-CSRF-Token. The inbox pages use the same repository functions.
//   POST   /api/session {username, password}      log in: sets the cookie, answers {user, csrf}
//   GET    /api/session                           {user, csrf}
//   DELETE /api/session                           log out
//   GET    /api/tickets?q&status&problem&reason&origin&assignee&from&to&page   {items, total, page, pages}
//   GET    /api/tickets/export.csv?<same filters> CSV in the agent's language and zone
//   GET    /api/tickets/:id                       {..., notes, audit}
//   PATCH  /api/tickets/:id {status?, assigneeId?, conclusion?, conclusionNote?}
//   POST   /api/tickets/:id/notes {body}
//   GET    /api/stats?days=30                     deflection numbers in the agent's zone
//   GET    /api/events/summary                    all-time widget counters
//   GET    /api/users, POST /api/users, PATCH /api/users/:id   (admins)
import { maskText } from '@topup-doctor/sdk/core';
import { Hono } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import * as z from 'zod';
import { dummyHash, passwordProblem, verifyPassword } from '../auth/password.js';
import { createSession, deleteSession, SESSION_COOKIE } from '../auth/sessions.js';
import {
  countAdmins,
  createUser,
  findUserForLogin,
  getUser,
  LOCALES,
  listUsers,
  ROLES,
  type User,
  updateUser,
} from '../auth/users.js';
import { isTimeZone } from '../config.js';
import { words } from '../inbox/words.js';
import { csvHeader, csvRow } from '../tickets/csv.js';
import { deflectionStats, eventSummary } from '../tickets/events.js';
import { ListQuery, PAGE_SIZE, toFilter } from '../tickets/filter.js';
import {
  addNote,
  CONCLUSIONS,
  eachTicket,
  getTicket,
  listTickets,
  TICKET_STATUSES,
  ticketAudit,
  ticketNotes,
  updateTicket,
} from '../tickets/repo.js';
import type { IntakeDeps, IntakeEnv } from './deps.js';
import { RateLimiter } from './limits.js';
import { issueField } from './public.js';
import { requireAdmin, requireSession, sameHost } from './session.js';

const Login = z.object({
  username: z.string().min(1).max(64),
  password: z.string().min(1).max(500),
  timeZone: z.string().max(64).optional(),
});

const TicketPatch = z.strictObject({
  status: z.enum(TICKET_STATUSES).optional(),
  assigneeId: z.number().int().positive().nullable().optional(),
  conclusion: z.enum(CONCLUSIONS).nullable().optional(),
  conclusionNote: z.string().max(2000).optional(),
});

const NoteBody = z.strictObject({ body: z.string().trim().min(1).max(4000) });

const NewUserBody = z.strictObject({
  username: z.string(),
  displayName: z.string().max(64).optional(),
  password: z.string(),
  role: z.enum(ROLES),
  locale: z.enum(LOCALES).optional(),
  timeZone: z.string().optional(),
});

const UserPatchBody = z.strictObject({
  displayName: z.string().min(1).max(64).optional(),
  role: z.enum(ROLES).optional(),
  disabled: z.boolean().optional(),
  locale: z.enum(LOCALES).optional(),
  timeZone: z.string().optional(),
  password: z.string().optional(),
});

/** Masks what support types into notes the same way as user text: a pasted card or full order number never stays. */
export function maskSupportText(text: string): { text: string; masked: boolean } {
  const result = maskText(text, { audience: 'support' });
  return { text: result.text, masked: result.findings.length > 0 };
}

export const publicUser = (u: User) => ({
  id: u.id,
  username: u.username,
  displayName: u.displayName,
  role: u.role,
  disabled: u.disabled,
  locale: u.locale,
  timeZone: u.timeZone,
});

/** Login shared by the API and the login page: throttled per username and per client, constant-ish time. */
export function loginService(deps: IntakeDeps) {
  const failures = new RateLimiter(deps.config.limits.loginFailuresPerWindow, deps.config.limits.windowMs);
  return async (
    username: string,
    password: string,
    client: string,
  ): Promise<
    | { ok: true; user: User; token: string; csrf: string; expiresAt: number }
    | { ok: false; code: 'failed' | 'throttled'; wait?: number }
  > => {
    const now = deps.now();
    const userKey = `u:${username.toLowerCase()}`;
    const clientKey = `c:${client}`;
    const wait = Math.max(failures.wait(userKey, now), failures.wait(clientKey, now));
    if (wait > 0) return { ok: false, code: 'throttled', wait };
    const found = await findUserForLogin(deps.store, username);
    const good = await verifyPassword(password, found?.passwordHash ?? (await dummyHash()));
    if (!found || !good || found.disabled) {
      failures.count(userKey, now);
      failures.count(clientKey, now);
      return { ok: false, code: 'failed' };
    }
    failures.reset(userKey);
    const session = await createSession(deps.store, found.id, now, deps.config.sessionHours * 3_600_000);
    const { passwordHash: _, ...user } = found;
    return { ok: true, user, ...session };
  };
}

export function sessionCookie(deps: IntakeDeps) {
  const secure = deps.config.publicUrl?.startsWith('https:') ?? false;
  return {
    set: (c: Parameters<typeof setCookie>[0], token: string) =>
      setCookie(c, SESSION_COOKIE, token, {
        httpOnly: true,
        sameSite: 'Strict',
        secure,
        path: '/',
        maxAge: Math.floor(deps.config.sessionHours * 3600),
      }),
    clear: (c: Parameters<typeof deleteCookie>[0]) => deleteCookie(c, SESSION_COOKIE, { path: '/', secure }),
  };
}

export function apiRoutes(
  deps: IntakeDeps,
  clientOf: (c: Parameters<typeof sameHost>[0]) => string,
): Hono<IntakeEnv> {
  const app = new Hono<IntakeEnv>();
  const login = loginService(deps);
  const cookie = sessionCookie(deps);
  const bad = (error: z.ZodError) => {
    const issue = error.issues[0];
    const field = issue ? issue.path.join('.') || '(body)' : '(body)';
    return { error: 'invalid_request', field, message: `${field}: ${issue?.message ?? 'invalid'}` };
  };
  void issueField;

  app.post('/api/session', async (c) => {
    if (!sameHost(c))
      return c.json({ error: 'origin_not_allowed', message: 'Log in from the inbox itself' }, 403);
    const parsed = Login.safeParse(await c.req.json().catch(() => undefined));
    if (!parsed.success) return c.json(bad(parsed.error), 422);
    const result = await login(parsed.data.username, parsed.data.password, clientOf(c));
    if (!result.ok) {
      return result.code === 'throttled'
        ? c.json({ error: 'throttled', message: 'Too many failed logins' }, 429, {
            'Retry-After': String(result.wait),
          })
        : c.json({ error: 'login_failed', message: 'Wrong username or password' }, 401);
    }
    cookie.set(c, result.token);
    return c.json({ user: publicUser(result.user), csrf: result.csrf });
  });

  app.use('/api/session', requireSession(deps, 'api'));
  app.get('/api/session', (c) => {
    const s = c.get('session');
    return c.json({ user: publicUser(s.user), csrf: s.csrf });
  });
  app.delete('/api/session', async (c) => {
    await deleteSession(deps.store, c.get('session').idHash);
    cookie.clear(c);
    return c.body(null, 204);
  });

  for (const path of [
    '/api/tickets',
    '/api/tickets/*',
    '/api/stats',
    '/api/events/summary',
    '/api/users',
    '/api/users/*',
  ]) {
    app.use(path, async (c, next) => {
      // POST /api/tickets is the widget's public route (./public.ts), mounted before this one.
      if (c.req.method === 'POST' && c.req.path === '/api/tickets') return next();
      return requireSession(deps, 'api')(c, next);
    });
  }

  app.get('/api/tickets', async (c) => {
    const query = ListQuery.safeParse(c.req.query());
    if (!query.success) return c.json(bad(query.error), 422);
    const me = c.get('session').user;
    const page = query.data.page ?? 1;
    const list = await listTickets(deps.store, toFilter(query.data, me), {
      limit: PAGE_SIZE,
      offset: (page - 1) * PAGE_SIZE,
    });
    return c.json({ ...list, page, pages: Math.max(1, Math.ceil(list.total / PAGE_SIZE)) });
  });

  app.get('/api/tickets/export.csv', async (c) => {
    const query = ListQuery.safeParse(c.req.query());
    if (!query.success) return c.json(bad(query.error), 422);
    const me = c.get('session').user;
    const w = words(me.locale, me.timeZone);
    const lines = [`\uFEFF${csvHeader(w)}`];
    for await (const s of eachTicket(deps.store, toFilter(query.data, me))) lines.push(csvRow(w, s));
    const day = new Date(deps.now()).toISOString().slice(0, 10);
    return c.body(`${lines.join('\r\n')}\r\n`, 200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="tickets-${day}.csv"`,
    });
  });

  app.get('/api/tickets/:id', async (c) => {
    const id = c.req.param('id');
    const stored = await getTicket(deps.store, id);
    if (!stored) return c.json({ error: 'not_found' }, 404);
    const [notes, audit] = await Promise.all([ticketNotes(deps.store, id), ticketAudit(deps.store, id)]);
    return c.json({ ...stored, notes, audit });
  });

  app.patch('/api/tickets/:id', async (c) => {
    const parsed = TicketPatch.safeParse(await c.req.json().catch(() => undefined));
    if (!parsed.success) return c.json(bad(parsed.error), 422);
    const patch = parsed.data;
    if (patch.assigneeId) {
      const assignee = await getUser(deps.store, patch.assigneeId);
      if (!assignee || assignee.disabled)
        return c.json({ error: 'invalid_request', field: 'assigneeId' }, 422);
    }
    const note = patch.conclusionNote === undefined ? undefined : maskSupportText(patch.conclusionNote).text;
    const id = c.req.param('id');
    const ok = await deps.store.transaction((tx) =>
      updateTicket(
        tx,
        id,
        { ...patch, ...(note === undefined ? {} : { conclusionNote: note }) },
        c.get('session').user.id,
        deps.now(),
      ),
    );
    if (!ok) return c.json({ error: 'not_found' }, 404);
    return c.json(await getTicket(deps.store, id));
  });

  app.post('/api/tickets/:id/notes', async (c) => {
    const parsed = NoteBody.safeParse(await c.req.json().catch(() => undefined));
    if (!parsed.success) return c.json(bad(parsed.error), 422);
    const masked = maskSupportText(parsed.data.body);
    const id = c.req.param('id');
    const ok = await deps.store.transaction((tx) =>
      addNote(tx, id, masked.text, c.get('session').user.id, deps.now()),
    );
    if (!ok) return c.json({ error: 'not_found' }, 404);
    return c.json({ body: masked.text, masked: masked.masked }, 201);
  });

  app.get('/api/stats', async (c) => {
    const days = z.coerce
      .number()
      .int()
      .min(1)
      .max(366)
      .catch(30)
      .parse(c.req.query('days') ?? 30);
    const me = c.get('session').user;
    const to = deps.now();
    return c.json(
      await deflectionStats(deps.store, { from: to - days * 86_400_000, to: to + 1, timeZone: me.timeZone }),
    );
  });

  app.get('/api/events/summary', async (c) => c.json(await eventSummary(deps.store)));

  app.use('/api/users', requireAdmin('api'));
  app.use('/api/users/*', requireAdmin('api'));
  app.get('/api/users', async (c) => c.json({ items: (await listUsers(deps.store)).map(publicUser) }));

  app.post('/api/users', async (c) => {
    const parsed = NewUserBody.safeParse(await c.req.json().catch(() => undefined));
    if (!parsed.success) return c.json(bad(parsed.error), 422);
    const input = parsed.data;
    const problem = passwordProblem(input.password);
    if (problem) return c.json({ error: 'weak_password', field: 'password', message: problem }, 422);
    if (input.timeZone !== undefined && !isTimeZone(input.timeZone)) {
      return c.json({ error: 'invalid_request', field: 'timeZone', message: 'unknown time zone' }, 422);
    }
    const created = await createUser(
      deps.store,
      {
        ...input,
        locale: input.locale ?? deps.config.defaultLocale,
        timeZone: input.timeZone ?? deps.config.defaultTimeZone,
      },
      deps.now(),
    );
    if (!created.ok)
      return c.json(
        { error: created.code, field: 'username' },
        created.code === 'username_taken' ? 409 : 422,
      );
    return c.json(publicUser(created.user), 201);
  });

  app.patch('/api/users/:id', async (c) => {
    const id = Number(c.req.param('id'));
    const parsed = UserPatchBody.safeParse(await c.req.json().catch(() => undefined));
    if (!parsed.success || !Number.isInteger(id))
      return c.json(parsed.success ? { error: 'not_found' } : bad(parsed.error), parsed.success ? 404 : 422);
    const patch = parsed.data;
    if (patch.password !== undefined && passwordProblem(patch.password)) {
      return c.json({ error: 'weak_password', field: 'password' }, 422);
    }
    if (patch.timeZone !== undefined && !isTimeZone(patch.timeZone)) {
      return c.json({ error: 'invalid_request', field: 'timeZone' }, 422);
    }
    const result = await deps.store.transaction(async (tx) => {
      const target = await getUser(tx, id);
      if (!target) return 'not_found' as const;
      const demotes =
        target.role === 'admin' && !target.disabled && (patch.role === 'agent' || patch.disabled === true);
      if (demotes && (await countAdmins(tx)) <= 1) return 'last_admin' as const;
      await updateUser(tx, id, patch, deps.now());
      return 'ok' as const;
    });
    if (result === 'not_found') return c.json({ error: 'not_found' }, 404);
    if (result === 'last_admin')
      return c.json({ error: 'last_admin', message: 'At least one active admin must remain' }, 409);
    const user = await getUser(deps.store, id);
    return c.json(user ? publicUser(user) : null);
  });

  return app;
}
