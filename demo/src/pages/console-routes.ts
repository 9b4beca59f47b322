// Page routes of the imitated console: login, wallet (with the history view at ?show_history=true as in
// new-api's later generation-A builds), usage log, keys; and the demo tool that switches the session.
import { Hono } from 'hono';
import { destroySession, switchSessionUser } from '../console/session.js';
import { pageUser } from '../console/user-routes.js';
import type { AppEnv, Deps } from '../deps.js';
import { logBody, loginBody, tokenBody, walletBody } from './console-pages.js';
import { layout } from './layout.js';
import { langOf, translator } from './text.js';

export function consolePages(deps: Deps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get('/', async (c) => c.redirect((await pageUser(c, deps)) ? '/console/topup' : '/login'));
  // Early generation-A builds routed /topup, /log, /token.
  for (const [legacy, current] of [
    ['/topup', '/console/topup'],
    ['/log', '/console/log'],
    ['/token', '/console/token'],
  ] as const) {
    app.get(legacy, (c) => c.redirect(current));
  }

  app.get('/login', (c) => {
    const lang = langOf(c);
    const t = translator(lang);
    return c.html(
      layout({ lang, t, title: t('login.title'), page: 'login', area: 'login', body: loginBody(t) }).value,
    );
  });

  app.get('/logout', async (c) => {
    await destroySession(c, deps);
    return c.redirect('/login');
  });

  const consolePage = (page: 'wallet' | 'log' | 'token') =>
    app.get(page === 'wallet' ? '/console/topup' : `/console/${page}`, async (c) => {
      const user = await pageUser(c, deps);
      if (!user) return c.redirect('/login');
      const lang = langOf(c);
      const t = translator(lang);
      const body =
        page === 'wallet'
          ? walletBody(t, user.id, c.req.query('show_history') === 'true')
          : page === 'log'
            ? logBody(t, user.id)
            : tokenBody(t, user.id);
      const title = t(page === 'wallet' ? 'wallet.title' : page === 'log' ? 'log.title' : 'token.title');
      return c.html(
        layout({
          lang,
          t,
          title,
          page,
          area: 'console',
          user,
          body,
          widget: deps.embedWidget,
          redemptionEnabled: deps.settings.redemptionEnabled,
        }).value,
      );
    });
  consolePage('wallet');
  consolePage('log');
  consolePage('token');

  // Demo tool: what happens when another tab logs in as someone else. The cookie session changes,
  // this tab's localStorage.user does not: its next API call gets the New-Api-User mismatch.
  app.post('/demo/switch-session', async (c) => {
    const body = (await c.req.json().catch(() => null)) as { userId?: unknown } | null;
    const userId = Number(body?.userId);
    const exists = await deps.db.query('select 1 from users where id = $1', [userId]);
    if (!Number.isInteger(userId) || exists.rows.length === 0) return c.json({ success: false }, 400);
    const ok = await switchSessionUser(c, deps, userId);
    return c.json({ success: ok }, ok ? 200 : 401);
  });

  return app;
}
