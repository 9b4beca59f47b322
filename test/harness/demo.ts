// Starts the demo (console, payment simulator, intake, inbox) on 127.0.0.1 with a free port and a fresh
// temporary data directory, for real-browser tests. The sdk must be built (sdk/dist) for the widget.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DEMO_SUPPORT, type Demo, type DemoOptions, startDemo } from '@topup-doctor/demo';

export interface TestDemo extends Demo {
  dataDir: string;
}

const LOADER = resolve(import.meta.dirname, '..', '..', 'sdk', 'dist', 'topup-doctor.js');

export async function startTestDemo(
  options: Partial<Omit<DemoOptions, 'port' | 'dataDir'>> = {},
): Promise<TestDemo> {
  // The demo's pages embed the built widget: without it every widget test would fail far from the cause.
  if (!existsSync(LOADER))
    throw new Error(`No widget build at ${LOADER}: run \`pnpm --filter ./sdk build\` first.`);
  const dataDir = mkdtempSync(join(tmpdir(), 'topup-doctor-demo-'));
  const demo = await startDemo({ port: 0, host: '127.0.0.1', dataDir, ...options });
  return {
    ...demo,
    dataDir,
    close: async () => {
      await demo.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A support API answer (GET) as a logged-in support admin of the demo sees it. */
export async function supportGet(origin: string, path: string): Promise<unknown> {
  const [account] = DEMO_SUPPORT;
  const login = await fetch(`${origin}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: account.username, password: account.password }),
  });
  if (!login.ok) throw new Error(`support login failed: HTTP ${login.status}`);
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  return (await fetch(`${origin}${path}`, { headers: { cookie } })).json();
}

/** The intake's ticket list as support sees it. */
export const supportTickets = (origin: string): Promise<unknown> => supportGet(origin, '/api/tickets');
