// Composition root: one Hono app on 127.0.0.1 with the imitated new-api console (API and pages), the
// payment simulator, the demo tools (clock, scenarios) and the product's intake and support inbox
// (@topup-doctor/intake, the same app operators run); and the sub2api-shaped console on a second port (its
// own origin, posting tickets to the same intake). The consoles share one PGlite database under
// dataDir/console and one clock; the intake keeps its own store: PGlite under dataDir/intake, or PostgreSQL
// when a URL is given.
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import {
  countAdmins,
  createIntake,
  createUser,
  epayClient,
  type GatewayClient,
  type IntakeConfigInput,
  newApiClient,
  openStore,
  type ProviderClient,
  type Store,
} from '@topup-doctor/intake';
import { Hono } from 'hono';
import { createClock, type DemoClock } from './clock.js';
import { EPAY_KEY, EPAY_PID, QUOTA_PER_UNIT, type RedeemMessages } from './config.js';
import { adminRoutes } from './console/admin-routes.js';
import { ledgerRoutes } from './console/ledger-routes.js';
import { topupRoutes } from './console/topup-routes.js';
import { userRoutes } from './console/user-routes.js';
import { openDb } from './db.js';
import { type AppEnv, type Deps, defaultSettings } from './deps.js';
import { helpRoutes } from './help.js';
import { consolePages } from './pages/console-routes.js';
import { applyScenario, type ScenarioName } from './scenarios/seeds.js';
import { DEMO_ADMIN, DEMO_SUPPORT, seedIfEmpty } from './seed.js';
import { deliverDue } from './sim/notify.js';
import { simRoutes } from './sim/routes.js';
import { SDK_DIST, STATIC_DIR, sendFile } from './static.js';
import { sub2apiApp } from './sub2api/app.js';
import { seedSub2api } from './sub2api/seed.js';
import { toolRoutes } from './tools/routes.js';

export interface DemoOptions {
  /** 0 picks a free port. */
  port: number;
  host?: '127.0.0.1';
  dataDir: string;
  /** Base clock in ms (tests pass their own to move time); the demo clock adds `clockOffsetMs`. */
  now?: () => number;
  /** Starting offset of the demo clock (DEMO_CLOCK_OFFSET / DEMO_NOW), ms. */
  clockOffsetMs?: number;
  /** Port of the sub2api-shaped console (0 picks a free one; default 0). */
  sub2apiPort?: number;
  /** Seed this scenario at start (SCENARIO=...), replacing the consoles' data. */
  scenario?: ScenarioName;
  /** 'detailed' (default): pre-generic redeem errors; 'generic': "兑换失败，请稍后重试" for all. */
  redeemMessages?: RedeemMessages;
  /** false: console pages without the widget's tag, as a stock console is (a reverse proxy adds it;
   *  docs/recipes.md). Default true. */
  embedWidget?: boolean;
  /** The intake's limits (tickets per client and window, body size, ...). */
  limits?: IntakeConfigInput['limits'];
  /** Run the intake on PostgreSQL instead of PGlite under dataDir/intake. */
  databaseUrl?: string;
  /** How often due delayed callbacks are checked, ms (default 1000). */
  tickMs?: number;
}

export interface Demo {
  origin: string;
  /** The sub2api-shaped console's origin. */
  sub2apiOrigin: string;
  clock: DemoClock;
  /** Sends the delayed callbacks that are due now (the ticker calls it too); returns how many were sent. */
  deliverDueCallbacks(): Promise<number>;
  close(): Promise<void>;
}

export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
  "font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

export interface DemoApps {
  deps: Deps;
  /** The new-api console, simulator, intake, inbox and tools. */
  app: Hono<AppEnv>;
  /** The sub2api-shaped console. */
  sub2api: Hono<AppEnv>;
  /** The intake's store (closed with the demo). */
  intakeStore: Store;
}

/**
 * The intake reads this demo's own console as an operator configures it (docs/reconcile.md): the new-api
 * admin API with the console admin's access token, and the payment simulator's epay query API. The
 * address is known only once the demo listens, so each client is made at its first call.
 */
function demoReconcile(origin: () => string): { gateway: GatewayClient; provider: ProviderClient } {
  let g: GatewayClient | undefined;
  let p: ProviderClient | undefined;
  const gateway = () =>
    (g ??= newApiClient({
      baseUrl: origin(),
      accessToken: DEMO_ADMIN.accessToken,
      adminUserId: DEMO_ADMIN.id,
      // The demo console's own setting: the inbox shows a code's dollars beside its raw quota.
      quotaPerUnit: QUOTA_PER_UNIT,
    }));
  const provider = () => (p ??= epayClient({ baseUrl: `${origin()}/sim`, pid: EPAY_PID, key: EPAY_KEY }));
  return {
    gateway: {
      console: 'new-api',
      findOrders: (q) => gateway().findOrders(q),
      getUser: (id) => gateway().getUser(id),
      findCodes: (q) => gateway().findCodes(q),
      ledger: (q) => gateway().ledger(q),
      completeOrder: (tradeNo) =>
        gateway().completeOrder?.(tradeNo) ?? Promise.resolve({ ok: false, state: 'not_supported' }),
    },
    provider: { provider: 'epay', queryOrder: (ref) => provider().queryOrder(ref) },
  };
}

/** Both apps over one database and clock, without listening (in-process tests use `app.request`). */
export async function createDemoApps(
  options: Omit<DemoOptions, 'port' | 'host' | 'tickMs' | 'sub2apiPort'>,
  origins: { main: () => string; sub2api: () => string },
): Promise<DemoApps> {
  // Two embedded databases start in parallel (each is a WASM Postgres start-up).
  const [db, intakeStore] = await Promise.all([
    openDb(join(options.dataDir, 'console')),
    openStore(
      options.databaseUrl
        ? { databaseUrl: options.databaseUrl }
        : { dataDir: join(options.dataDir, 'intake') },
    ),
  ]);
  const clock = createClock(options.now ?? Date.now, options.clockOffsetMs ?? 0);
  if ((await countAdmins(intakeStore)) === 0) {
    for (const account of DEMO_SUPPORT) {
      await createUser(intakeStore, { ...account, locale: 'zh-CN', timeZone: 'Asia/Shanghai' }, clock.now());
    }
  }
  const intake = createIntake({
    store: intakeStore,
    now: clock.now,
    config: { limits: options.limits ?? {} },
    loginHint: DEMO_SUPPORT.map((a) => `${a.username} / ${a.password}`).join(' · '),
    reconcile: demoReconcile(origins.main),
  });
  const startSettings = defaultSettings(options.redeemMessages);
  const deps: Deps = {
    db,
    now: clock.now,
    clock,
    settings: { ...startSettings },
    embedWidget: options.embedWidget ?? true,
    origin: origins.main,
    sub2apiOrigin: origins.sub2api,
  };
  if (await seedIfEmpty(db, clock.now())) await db.transaction((tx) => seedSub2api(tx, clock.now()));
  if (options.scenario) await applyScenario(deps, options.scenario, startSettings);

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
  app.route('/', adminRoutes(deps));
  app.route('/', intake.app as unknown as Hono<AppEnv>);
  app.route('/', simRoutes(deps));
  app.route('/', toolRoutes(deps, startSettings));
  app.route('/', helpRoutes(deps));
  app.route('/', consolePages(deps));
  app.notFound((c) =>
    c.req.path.startsWith('/api/')
      ? c.json({ success: false, message: 'not found' }, 404)
      : c.text('404 not found', 404),
  );
  return {
    deps,
    app,
    sub2api: sub2apiApp(deps, CSP, intake.publicApp as unknown as Hono<AppEnv>),
    intakeStore,
  };
}

type Server = ReturnType<typeof serve>;

function listen(app: Hono<AppEnv>, port: number, host: string): Promise<{ server: Server; origin: string }> {
  return new Promise((done) => {
    const server = serve({ fetch: app.fetch, port, hostname: host }, () => {
      const address = server.address() as AddressInfo;
      done({ server, origin: `http://127.0.0.1:${address.port}` });
    });
  });
}

function closeServer(server: Server): Promise<void> {
  return new Promise<void>((done) => {
    if ('closeAllConnections' in server) server.closeAllConnections();
    server.close(() => done());
  });
}

export async function startDemo(options: DemoOptions): Promise<Demo> {
  let origin = '';
  let sub2apiOrigin = '';
  const { deps, app, sub2api, intakeStore } = await createDemoApps(options, {
    main: () => origin,
    sub2api: () => sub2apiOrigin,
  });
  const db = deps.db;
  const now = deps.now;
  const host = options.host ?? '127.0.0.1';
  const main = await listen(app, options.port, host);
  origin = main.origin;
  const second = await listen(sub2api, options.sub2apiPort ?? 0, host);
  sub2apiOrigin = second.origin;
  const server = main.server;

  let delivering: Promise<number> = Promise.resolve(0);
  const deliverDueCallbacks = () => {
    delivering = delivering.then(() => deliverDue(db, now()));
    return delivering;
  };
  const ticker = setInterval(() => void deliverDueCallbacks().catch(() => 0), options.tickMs ?? 1000);
  ticker.unref();

  return {
    origin,
    sub2apiOrigin,
    clock: deps.clock,
    deliverDueCallbacks,
    close: async () => {
      clearInterval(ticker);
      await delivering.catch(() => 0);
      await Promise.all([closeServer(server), closeServer(second.server)]);
      await db.close();
      await intakeStore.close();
    },
  };
}
