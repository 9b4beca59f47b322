// The sub2api-shaped console as its own origin (sub2api and new-api would never share one): its API,
// its pages, the widget's files and the intake's public routes (the widget's ticket and event POSTs) of
// the same intake as the main demo, so its tickets reach the same support inbox.
import { Hono } from 'hono';
import type { AppEnv, Deps } from '../deps.js';
import { langOf } from '../pages/text.js';
import { SDK_DIST, STATIC_DIR, sendFile } from '../static.js';
import { clockScript } from '../tools/routes.js';
import { sub2apiAdminApi } from './admin.js';
import { sub2apiApi } from './api.js';
import { type S2Page, s2Page } from './pages.js';

export function sub2apiApp(deps: Deps, csp: string, intakePublic: Hono<AppEnv>): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.use(async (c, next) => {
    await next();
    c.header('Content-Security-Policy', csp);
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'same-origin');
  });
  app.get('/favicon.ico', (c) => c.body(null, 204));
  app.get('/static/:file{.+}', (c) => sendFile(c, STATIC_DIR, c.req.param('file')));
  app.get('/sdk/:file{.+}', (c) => sendFile(c, SDK_DIST, c.req.param('file')));
  app.get('/demo/clock.js', (c) => clockScript(c, deps));
  app.route('/', intakePublic);
  app.route('/', sub2apiAdminApi(deps));
  app.route('/', sub2apiApi(deps));
  app.get('/', (c) => c.redirect('/purchase'));
  for (const page of ['login', 'purchase', 'orders', 'redeem'] as S2Page[]) {
    app.get(`/${page}`, (c) =>
      c.html(s2Page(page, langOf(c), deps.origin(), deps.settings.redemptionEnabled).value),
    );
  }
  app.notFound((c) =>
    c.req.path.startsWith('/api/')
      ? c.json({ code: 404, message: 'not found' }, 404)
      : c.text('404 not found', 404),
  );
  return app;
}
