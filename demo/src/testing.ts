// Test helpers (used by the *.test.ts files next to the code): a demo on a free port with a fresh data
// directory and a movable clock, and a tiny client that keeps the session cookie like a browser.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ClientInit, CookieClient } from '@topup-doctor/intake/testing';
import { type Demo, type DemoOptions, startDemo } from './server.js';

export interface Harness {
  demo: Demo;
  dataDir: string;
  clock: { now: number };
  restart(): Promise<void>;
  close(): Promise<void>;
}

export async function startTestDemo(options: Partial<DemoOptions> = {}): Promise<Harness> {
  const dataDir = mkdtempSync(join(tmpdir(), 'td-demo-test-'));
  const clock = { now: Date.parse('2026-11-20T08:00:00Z') };
  const start = () =>
    startDemo({ port: 0, host: '127.0.0.1', dataDir, now: () => clock.now, tickMs: 3_600_000, ...options });
  const h: Harness = {
    demo: await start(),
    dataDir,
    clock,
    restart: async () => {
      await h.demo.close();
      h.demo = await start();
    },
    close: async () => {
      await h.demo.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return h;
}

type DemoInit = ClientInit & { userHeader?: string | null };

/** A console user's client: new-api's `New-Api-User` header names the logged-in user unless a test overrides it. */
export class Client extends CookieClient<DemoInit> {
  userId?: number;

  protected override decorate(headers: Headers, init: DemoInit): void {
    const userHeader = init.userHeader === undefined ? this.userId?.toString() : init.userHeader;
    if (userHeader !== null && userHeader !== undefined) headers.set('New-Api-User', userHeader);
  }

  async login(username: string, password: string): Promise<void> {
    const res = await this.json('/api/user/login', { method: 'POST', json: { username, password } });
    if (!res.success) throw new Error(`login failed: ${res.message}`);
    this.userId = res.data.id;
  }
}

/** Submits the console's epay form to the simulator like the browser does; returns the cashier path. */
export async function createOrder(
  client: Client,
  amount = 10,
  method = 'alipay',
): Promise<{ tradeNo: string; money: string }> {
  const pay = await client.json('/api/user/pay', {
    method: 'POST',
    json: { amount, payment_method: method },
  });
  if (pay.message !== 'success') throw new Error(`pay failed: ${pay.data}`);
  const res = await client.request('/sim/submit.php', {
    method: 'POST',
    body: new URLSearchParams(pay.data),
  });
  if (res.status !== 303) throw new Error(`submit.php answered ${res.status}`);
  return { tradeNo: pay.data.out_trade_no, money: pay.data.money };
}

/** Pays on the cashier with the given callback mode (and paid amount). */
export async function payOrder(
  client: Client,
  tradeNo: string,
  form: { callback_mode: string; paid_money: string; delay_minutes?: string },
): Promise<Response> {
  return client.request(`/sim/order/${encodeURIComponent(tradeNo)}/pay`, {
    method: 'POST',
    body: new URLSearchParams({ delay_minutes: '15', ...form }),
  });
}
