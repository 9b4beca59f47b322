// An intake on a free port over a fresh store of either kind, with a movable clock, two support accounts
// (an admin and an agent), and a small client that keeps cookies like a browser.

import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createUser } from '../auth/users.js';
import type { IntakeConfigInput } from '../config.js';
import { createIntake, type IntakeOptions } from '../http/app.js';
import type { Store } from '../store/index.js';
import { type ClientInit, CookieClient } from './client.js';
import { type TestStoreKind, testStore } from './store.js';

export const TEST_ADMIN = { username: 'lead', password: 'lead-password-1', role: 'admin' } as const;
export const TEST_AGENT = { username: 'lin', password: 'lin-password-12', role: 'agent' } as const;

export interface IntakeHarness {
  origin: string;
  store: Store;
  clock: { now: number };
  /** Closes the server and the store, and opens them again on the same data. */
  restart(): Promise<void>;
  close(): Promise<void>;
}

export async function startTestIntake(
  kind: TestStoreKind,
  options: {
    config?: IntakeConfigInput;
    onTicketAccepted?: IntakeOptions['onTicketAccepted'];
    reconcile?: IntakeOptions['reconcile'];
  } = {},
): Promise<IntakeHarness> {
  const ts = await testStore(kind);
  const clock = { now: Date.parse('2026-11-20T08:00:00Z') };
  let store = await ts.open();
  for (const account of [TEST_ADMIN, TEST_AGENT]) {
    await createUser(store, { ...account, locale: 'zh-CN', timeZone: 'Asia/Shanghai' }, clock.now);
  }
  let port = 0;
  const listen = async () => {
    const { app } = createIntake({
      store,
      now: () => clock.now,
      ...(options.config ? { config: options.config } : {}),
      ...(options.onTicketAccepted ? { onTicketAccepted: options.onTicketAccepted } : {}),
      ...(options.reconcile ? { reconcile: options.reconcile } : {}),
    });
    const server = await new Promise<ReturnType<typeof serve>>((done) => {
      const s = serve({ fetch: app.fetch, port, hostname: '127.0.0.1' }, () => done(s));
    });
    port = (server.address() as AddressInfo).port;
    return server;
  };
  let server = await listen();
  const stop = async () => {
    await new Promise<void>((done) => {
      if ('closeAllConnections' in server) server.closeAllConnections();
      server.close(() => done());
    });
    await store.close();
  };
  const h: IntakeHarness = {
    origin: `http://127.0.0.1:${port}`,
    get store() {
      return store;
    },
    clock,
    restart: async () => {
      await stop();
      store = await ts.open();
      server = await listen();
    },
    close: async () => {
      await stop();
      await ts.destroy();
    },
  };
  return h;
}

export class Client extends CookieClient {
  csrf?: string;

  protected override decorate(headers: Headers, init: ClientInit): void {
    const method = (init.method ?? 'GET').toUpperCase();
    if (this.csrf && method !== 'GET' && !headers.has('x-csrf-token')) headers.set('x-csrf-token', this.csrf);
  }

  async login(account: { username: string; password: string }): Promise<void> {
    const res = await this.request('/api/session', { method: 'POST', json: account });
    if (res.status !== 200) throw new Error(`login failed: HTTP ${res.status}`);
    this.csrf = (await res.json()).csrf;
  }
}
