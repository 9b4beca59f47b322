// Cookie sessions and new-api generation A's dashboard auth (middleware/auth.go authHelper): a session
// cookie AND a `New-Api-User: <id>` header that must equal the session's user, or HTTP 401 with the
// exact texts below. A tab holding an old localStorage.user sends the wrong id: that is the mismatch signal.
import { randomBytes } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { SESSION_COOKIE } from '../config.js';
import type { AppEnv, Deps } from '../deps.js';
import { AUTH_TEXT } from './texts.js';

export async function createSession(c: Context, deps: Deps, userId: number): Promise<void> {
  const sid = randomBytes(24).toString('hex');
  await deps.db.query('insert into sessions (sid, user_id, created_at) values ($1,$2,$3)', [
    sid,
    userId,
    deps.now(),
  ]);
  setCookie(c, SESSION_COOKIE, sid, { httpOnly: true, sameSite: 'Lax', path: '/', maxAge: 30 * 86_400 });
}

export async function sessionUserId(c: Context, deps: Deps): Promise<number | undefined> {
  const sid = getCookie(c, SESSION_COOKIE);
  if (!sid) return undefined;
  const res = await deps.db.query<{ user_id: number }>('select user_id from sessions where sid = $1', [sid]);
  return res.rows[0]?.user_id;
}

/** Points the current session at another user WITHOUT touching the page's localStorage (demo tool). */
export async function switchSessionUser(c: Context, deps: Deps, userId: number): Promise<boolean> {
  const sid = getCookie(c, SESSION_COOKIE);
  if (!sid) return false;
  const res = await deps.db.query('update sessions set user_id = $2 where sid = $1', [sid, userId]);
  return (res.affectedRows ?? 0) > 0;
}

export async function destroySession(c: Context, deps: Deps): Promise<void> {
  const sid = getCookie(c, SESSION_COOKIE);
  if (sid) await deps.db.query('delete from sessions where sid = $1', [sid]);
  deleteCookie(c, SESSION_COOKIE, { path: '/' });
}

export function userAuth(deps: Deps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const id = await sessionUserId(c, deps);
    if (id === undefined) return c.json({ success: false, message: AUTH_TEXT.notLoggedIn }, 401);
    const header = c.req.header('New-Api-User');
    if (!header) return c.json({ success: false, message: AUTH_TEXT.noUserHeader }, 401);
    if (!/^-?\d+$/.test(header.trim()))
      return c.json({ success: false, message: AUTH_TEXT.badUserHeader }, 401);
    if (Number(header) !== id) return c.json({ success: false, message: AUTH_TEXT.userMismatch }, 401);
    const user = await deps.db.query<{ status: number }>('select status from users where id = $1', [id]);
    if (user.rows[0]?.status !== 1) return c.json({ success: false, message: AUTH_TEXT.banned });
    c.set('userId', id);
    await next();
  };
}
