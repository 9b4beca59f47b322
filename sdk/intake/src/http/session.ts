// Session and CSRF guards shared by the inbox pages and the JSON API.
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { csrfMatches, readSession, SESSION_COOKIE, type Session } from '../auth/sessions.js';
import type { IntakeDeps, IntakeEnv } from './deps.js';

export const CSRF_HEADER = 'x-csrf-token';
export const CSRF_FIELD = '_csrf';

const isWrite = (method: string) => method !== 'GET' && method !== 'HEAD' && method !== 'OPTIONS';

/** A browser's Origin on a write must be this host (a second line behind the token; absent = not a browser). */
export function sameHost(c: Context): boolean {
  const origin = c.req.header('origin');
  if (!origin) return c.req.header('sec-fetch-site') !== 'cross-site';
  try {
    return new URL(origin).host === (c.req.header('host') ?? new URL(c.req.url).host);
  } catch {
    return false;
  }
}

export async function sessionOf(c: Context<IntakeEnv>, deps: IntakeDeps): Promise<Session | undefined> {
  const token = getCookie(c, SESSION_COOKIE);
  return token ? readSession(deps.store, token, deps.now()) : undefined;
}

/**
 * Requires a logged-in, enabled account. API paths answer 401/403 JSON; pages redirect to the login page.
 * Writes through the API need the session's CSRF token in X-CSRF-Token (pages check their form field).
 */
export function requireSession(deps: IntakeDeps, kind: 'api' | 'page'): MiddlewareHandler<IntakeEnv> {
  return async (c, next) => {
    const session = await sessionOf(c, deps);
    if (!session) {
      if (kind === 'api')
        return c.json({ error: 'login_required', message: 'Log in to the inbox first' }, 401);
      const url = new URL(c.req.url);
      const nextPath = c.req.method === 'GET' ? url.pathname + url.search : '/inbox';
      return c.redirect(`/inbox/login?next=${encodeURIComponent(nextPath)}`, 303);
    }
    if (kind === 'api' && isWrite(c.req.method)) {
      if (!sameHost(c) || !csrfMatches(session.csrf, c.req.header(CSRF_HEADER))) {
        return c.json({ error: 'csrf', message: 'Missing or wrong X-CSRF-Token header' }, 403);
      }
    }
    c.set('session', session);
    await next();
  };
}

export function requireAdmin(kind: 'api' | 'page'): MiddlewareHandler<IntakeEnv> {
  return async (c, next) => {
    if (c.get('session').user.role !== 'admin') {
      return kind === 'api'
        ? c.json({ error: 'forbidden', message: 'Admins only' }, 403)
        : c.text('403', 403);
    }
    await next();
  };
}

/** A page form's fields, after its CSRF token and Origin were checked; undefined when they fail. */
export async function checkedForm(c: Context<IntakeEnv>): Promise<Record<string, string> | undefined> {
  const body = await c.req.parseBody().catch(() => ({}) as Record<string, unknown>);
  const form: Record<string, string> = {};
  for (const [k, v] of Object.entries(body)) if (typeof v === 'string') form[k] = v;
  if (!sameHost(c) || !csrfMatches(c.get('session').csrf, form[CSRF_FIELD])) return undefined;
  return form;
}
