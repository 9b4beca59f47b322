// The intake as one Hono app: the widget's public routes, the support API and the inbox pages, with
// security headers. Mount it at the root of a server of its own (./server.ts, the bin) or of another app
// (the demo console mounts it beside its own routes).
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import { Hono } from 'hono';
import { type IntakeConfigInput, parseConfig } from '../config.js';
import { reconcileApiRoutes } from '../inbox/reconcile-routes.js';
import { inboxRoutes } from '../inbox/routes.js';
import { createReconciler, DEFAULT_TIMEOUT_MS, type ReconcileClients } from '../reconcile/service.js';
import type { Sql, Store } from '../store/index.js';
import type { StoredTicket } from '../tickets/repo.js';
import { apiRoutes, maskSupportText } from './api.js';
import { clientIpResolver } from './client-ip.js';
import type { IntakeDeps, IntakeEnv } from './deps.js';
import { publicRoutes } from './public.js';

/** No inline scripts or styles, nothing from elsewhere; forms post only here; never framed. */
export const INBOX_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; " +
  "font-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

export interface IntakeOptions {
  store: Store;
  config?: IntakeConfigInput;
  /** Clock in ms (tests move it). */
  now?: () => number;
  /** Runs in the transaction that stores each new ticket (forwarders enqueue their deliveries here). */
  onTicketAccepted?: (tx: Sql, ticket: StoredTicket) => Promise<void>;
  /** A line shown above the login form (the demo lists its public support accounts there). */
  loginHint?: string;
  /** Read access to the gateway (and payment platform) for the record beside each ticket: clients built
   *  from the operator's settings (reconcile/config.ts). Without a gateway the inbox says it is not set up. */
  reconcile?: Partial<ReconcileClients>;
}

export interface Intake {
  app: Hono<IntakeEnv>;
  /** Only the widget's routes (POST /api/tickets, /api/events), sharing the app's limits: for a second
   *  origin that serves a console and posts to the same intake (the demo's sub2api-shaped console). */
  publicApp: Hono<IntakeEnv>;
  deps: IntakeDeps;
}

export function createIntake(options: IntakeOptions): Intake {
  const now = options.now ?? Date.now;
  const timeoutMs = options.reconcile?.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const deps: IntakeDeps = {
    store: options.store,
    config: parseConfig(options.config ?? {}),
    now,
    reconcileTimeoutMs: timeoutMs,
    reconciler: createReconciler({
      store: options.store,
      now,
      clients: {
        timeoutMs,
        ...(options.reconcile?.gateway ? { gateway: options.reconcile.gateway } : {}),
        ...(options.reconcile?.provider ? { provider: options.reconcile.provider } : {}),
      },
      mask: (text) => maskSupportText(text).text,
    }),
    ...(options.onTicketAccepted ? { onTicketAccepted: options.onTicketAccepted } : {}),
    ...(options.loginHint ? { loginHint: options.loginHint } : {}),
  };
  const resolveIp = clientIpResolver(deps.config.trustedProxies);
  const clientOf = (c: Context) => {
    let socket: string | undefined;
    try {
      socket = getConnInfo(c).remote.address;
    } catch {
      socket = undefined;
    }
    return resolveIp(socket, c.req.header('x-forwarded-for'));
  };

  const app = new Hono<IntakeEnv>();
  // Headers every answer carries are set before the handler runs: the context's c.json / c.body / c.text /
  // c.redirect (and the not-found and error answers) build the response with them, and a handler's own
  // value (a Cache-Control of its own) replaces the default. Set after it, each c.header() rebuilt the
  // finished response around a body stream (hono 4.13 reads the body of @hono/node-server's lightweight
  // response), so every answer was streamed instead of written at once: ~10% of the intake's CPU per ticket.
  app.use(async (c, next) => {
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'same-origin');
    c.header('X-Frame-Options', 'DENY');
    await next();
  });
  app.use('/inbox/*', async (c, next) => {
    c.header('Content-Security-Policy', INBOX_CSP);
    c.header('Cache-Control', c.req.path.startsWith('/inbox/static/') ? 'no-cache' : 'no-store');
    await next();
  });
  app.use('/inbox', async (c, next) => {
    c.header('Content-Security-Policy', INBOX_CSP);
    c.header('Cache-Control', 'no-store');
    await next();
  });
  app.use('/api/*', async (c, next) => {
    c.header('Cache-Control', 'no-store');
    await next();
  });
  const publicApp = publicRoutes(deps, clientOf);
  app.route('/', publicApp);
  app.route('/', apiRoutes(deps, clientOf));
  app.route('/', reconcileApiRoutes(deps));
  app.route('/', inboxRoutes(deps, clientOf));
  return { app, publicApp, deps };
}
