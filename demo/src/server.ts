// Composition root: one Hono app on 127.0.0.1 with the imitated console (API and pages), the payment
// simulator, the ticket intake and the support inbox, over one PGlite database under dataDir.
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import type { RedeemMessages } from './config.js';
import { ledgerRoutes } from './console/ledger-routes.js';
import { topupRoutes } from './console/topup-routes.js';
import { userRoutes } from './console/user-routes.js';
import { openDb } from './db.js';
import type { AppEnv, Deps } from './deps.js';
import { DEFAULT_LIMITS, type Limits } from './intake/limits.js';
import { intakeRoutes } from './intake/routes.js';
import { consolePages } from './pages/console-routes.js';
import { inboxPages } from './pages/inbox-routes.js';
import { seedIfEmpty } from './seed.js';
import { deliverDue } from './sim/notify.js';
import { simRoutes } from './sim/routes.js';
import { SDK_DIST, STATIC_DIR, sendFile } from './static.js';

export interface DemoOptions {
  /** 0 picks a free port. */
  port: number;
  host?: '127.0.0.1';
  dataDir: string;
  /** Clock in ms (tests move it to fire delayed callbacks). */
  now?: () => number;
  /** 'detailed' (default): pre-generic redeem errors; 'generic': "兑换失败，请稍后重试" for all. */
  redeemMessages?: RedeemMessages;
  /** false: console pages without the widget's tag, as a stock console is (a reverse proxy adds it;
   *  docs/recipes.md). Default true. */
  embedWidget?: boolean;
  limits?: Partial<Limits>;
  /** How often due delayed callbacks are checked, ms (default 1000). */
  tickMs?: number;
}

export interface Demo {
  origin: string;
  /** Sends the delayed callbacks that are due now (the ticker calls it too); returns how many were sent. */
  deliverDueCallbacks(): Promise<number>;
  close(): Promise<void>;
}

export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
  "font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

export async function startDemo(options: DemoOptions): Promise<Demo> {
  const db = await openDb(options.dataDir);
  const now = options.now ?? Date.now;
  let origin = '';
  const deps: Deps = {
    db,
    now,
    redeemMessages: options.redeemMessages ?? 'detailed',
    embedWidget: options.embedWidget ?? true,
    origin: () => origin,
  };
  await seedIfEmpty(db, now());

  const app = new Hono<AppEnv>();
  app.use(async (c, next) => {
    await next();
    c.header('Content-Security-Policy', CSP);
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'same-origin');
  });
  app.get('/favicon.ico', (c) => c.body(null, 204));
  app.get('/static/:file{.+}', (c) => sendFile(c, STATIC_DIR, c.req.param('file')));
  app.get('/sdk/:file{.+}', (c) => sendFile(c, SDK_DIST, c.req.param('file')));
  app.route('/', userRoutes(deps));
  app.route('/', topupRoutes(deps));
  app.route('/', ledgerRoutes(deps));
  app.route('/', intakeRoutes(deps, { ...DEFAULT_LIMITS, ...options.limits }));
  app.route('/', simRoutes(deps));
  app.route('/', inboxPages(deps));
  app.route('/', consolePages(deps));
  app.notFound((c) =>
    c.req.path.startsWith('/api/')
      ? c.json({ success: false, message: 'not found' }, 404)
      : c.text('404 not found', 404),
  );

  const server = await new Promise<ReturnType<typeof serve>>((done) => {
    const s = serve({ fetch: app.fetch, port: options.port, hostname: options.host ?? '127.0.0.1' }, () =>
      done(s),
    );
  });
  const address = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${address.port}`;

  let delivering: Promise<number> = Promise.resolve(0);
  const deliverDueCallbacks = () => {
    delivering = delivering.then(() => deliverDue(db, now()));
    return delivering;
  };
  const ticker = setInterval(() => void deliverDueCallbacks().catch(() => 0), options.tickMs ?? 1000);
  ticker.unref();

  return {
    origin,
    deliverDueCallbacks,
    close: async () => {
      clearInterval(ticker);
      await delivering.catch(() => 0);
      await new Promise<void>((done) => {
        if ('closeAllConnections' in server) server.closeAllConnections();
        server.close(() => done());
      });
      await db.close();
    },
  };
}
