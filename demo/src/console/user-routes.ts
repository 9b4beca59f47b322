// Login, logout, /api/user/self and /api/status: the parts of new-api's user controller the widget reads.
import { Hono } from 'hono';
import { EPAY_PID, MIN_TOPUP, QUOTA_PER_UNIT, SYSTEM_NAME, TOPUP_PRICE } from '../config.js';
import type { AppEnv, Deps } from '../deps.js';
import { createSession, destroySession, sessionUserId, userAuth } from './session.js';
import { LOGIN_TEXT } from './texts.js';

interface UserRow {
  id: number;
  username: string;
  password: string;
  display_name: string;
  email: string;
  role: number;
  status: number;
  group: string;
  quota: string;
  used_quota: string;
  request_count: number;
}

export function userRoutes(deps: Deps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const startTime = Math.floor(deps.now() / 1000);

  app.get('/api/status', (c) =>
    c.json({
      success: true,
      message: '',
      data: {
        version: 'v0.9.0-demo',
        start_time: startTime,
        system_name: SYSTEM_NAME,
        logo: '',
        footer_html: '',
        server_address: deps.origin(),
        quota_per_unit: QUOTA_PER_UNIT,
        display_in_currency: deps.settings.displayInCurrency,
        quota_display_type: deps.settings.displayInCurrency ? 'USD' : 'TOKENS',
        usd_exchange_rate: TOPUP_PRICE,
        price: TOPUP_PRICE,
        min_topup: MIN_TOPUP,
        enable_online_topup: true,
        epay_pid: EPAY_PID,
        top_up_link: '',
        docs_link: '',
        email_verification: false,
        github_oauth: false,
        wechat_login: false,
        turnstile_check: false,
        self_use_mode_enabled: false,
        demo_site_enabled: true,
        setup: true,
      },
    }),
  );

  // controller/user.go Login: JSON {username, password}; answers the localStorage.user shape.
  app.post('/api/user/login', async (c) => {
    const body = (await c.req.json().catch(() => null)) as { username?: unknown; password?: unknown } | null;
    const username = typeof body?.username === 'string' ? body.username.trim() : '';
    const password = typeof body?.password === 'string' ? body.password : '';
    if (!username || !password) return c.json({ success: false, message: LOGIN_TEXT.empty });
    const res = await deps.db.query<UserRow>('select * from users where username = $1', [username]);
    const user = res.rows[0];
    if (!user || user.password !== password || user.status !== 1) {
      return c.json({ success: false, message: LOGIN_TEXT.wrong });
    }
    await createSession(c, deps, user.id);
    return c.json({
      success: true,
      message: '',
      data: {
        id: user.id,
        username: user.username,
        display_name: user.display_name,
        role: user.role,
        status: user.status,
        group: user.group,
      },
    });
  });

  app.get('/api/user/logout', async (c) => {
    await destroySession(c, deps);
    return c.json({ success: true, message: '' });
  });

  app.get('/api/user/self', userAuth(deps), async (c) => {
    const res = await deps.db.query<UserRow>('select * from users where id = $1', [c.get('userId')]);
    const u = res.rows[0];
    if (!u) return c.json({ success: false, message: '用户不存在' });
    return c.json({
      success: true,
      message: '',
      data: {
        id: u.id,
        username: u.username,
        display_name: u.display_name,
        role: u.role,
        status: u.status,
        email: u.email,
        github_id: '',
        wechat_id: '',
        telegram_id: '',
        quota: Number(u.quota),
        used_quota: Number(u.used_quota),
        request_count: u.request_count,
        group: u.group,
        aff_code: `demo${u.id}`,
        aff_count: 0,
        aff_quota: 0,
        aff_history_quota: 0,
        inviter_id: 0,
        setting: '',
      },
    });
  });

  return app;
}

/** For pages: the user the session cookie belongs to (no header check: pages are not API calls). */
export async function pageUser(
  c: Parameters<typeof sessionUserId>[0],
  deps: Deps,
): Promise<{ id: number; username: string; display_name: string } | undefined> {
  const id = await sessionUserId(c, deps);
  if (id === undefined) return undefined;
  const res = await deps.db.query<{ id: number; username: string; display_name: string }>(
    'select id, username, display_name from users where id = $1',
    [id],
  );
  return res.rows[0];
}
