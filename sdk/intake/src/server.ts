// The intake on its own HTTP server (the bin's `serve`): opens the store (PGlite under the data directory,
// or PostgreSQL), migrates it, listens, and closes everything on stop.
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { IntakeConfigInput } from './config.js';
import { createIntake, type IntakeOptions } from './http/app.js';
import { openStore, type Store, type StoreOptions } from './store/index.js';

export interface ServerOptions {
  store: StoreOptions;
  config?: IntakeConfigInput;
  port: number;
  host: string;
  now?: () => number;
  onTicketAccepted?: IntakeOptions['onTicketAccepted'];
  /** Gateway and payment platform clients for the record beside each ticket (reconcile/setup.ts). */
  reconcile?: IntakeOptions['reconcile'];
}

export interface RunningIntake {
  origin: string;
  store: Store;
  close(): Promise<void>;
}

export async function startIntakeServer(options: ServerOptions): Promise<RunningIntake> {
  const store = await openStore(options.store);
  try {
    const { app } = createIntake({
      store,
      ...(options.config ? { config: options.config } : {}),
      ...(options.now ? { now: options.now } : {}),
      ...(options.onTicketAccepted ? { onTicketAccepted: options.onTicketAccepted } : {}),
      ...(options.reconcile ? { reconcile: options.reconcile } : {}),
    });
    app.get('/', (c) => c.redirect('/inbox', 302));
    const server = await new Promise<ReturnType<typeof serve>>((done, fail) => {
      const s = serve({ fetch: app.fetch, port: options.port, hostname: options.host }, () => done(s));
      s.once('error', fail);
    });
    const address = server.address() as AddressInfo;
    const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
    return {
      origin: `http://${host}:${address.port}`,
      store,
      close: async () => {
        await new Promise<void>((done) => {
          if ('closeAllConnections' in server) server.closeAllConnections();
          server.close(() => done());
        });
        await store.close();
      },
    };
  } catch (error) {
    await store.close();
    throw error;
  }
}
