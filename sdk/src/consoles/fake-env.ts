// A ConsoleEnv test double: a localStorage snapshot and canned same-origin answers, recording every request
// (used by the adapter tests; operators can use it to test a custom preset).
import { readFileSync } from 'node:fs';
import type { ConsoleEnv } from './types.js';

/**
 * A console answer recorded once per console version (`<preset>/fixtures/<name>.json`): the one loader the
 * adapter, chain and registry tests read them with (the browser tests' fake console serves the same files).
 */
// biome-ignore lint/suspicious/noExplicitAny: recorded JSON, read field by field (and edited per case) by the tests
export const recorded = (preset: string, name: string): any =>
  JSON.parse(readFileSync(new URL(`./${preset}/fixtures/${name}.json`, import.meta.url), 'utf8'));

export interface FakeAnswer {
  status?: number;
  /** JSON-serialised unless it is a string (then sent as is, e.g. an HTML error page). */
  body?: unknown;
}

export interface FakeRequest {
  url: string;
  path: string;
  method: string;
  headers: Record<string, string>;
}

export interface FakeEnv extends ConsoleEnv {
  requests: FakeRequest[];
}

/**
 * routes: path (without query) -> answer, or a function of the full path. A path with no route answers
 * 404; the answer 'network' makes fetch reject.
 */
export function fakeEnv(opts: {
  storage?: Record<string, string> | null;
  routes?: Record<string, FakeAnswer | 'network'> | ((path: string) => FakeAnswer | 'network' | undefined);
  origin?: string;
  pathname?: string;
  delayMs?: number;
}): FakeEnv {
  const origin = opts.origin ?? 'https://gateway.example';
  const requests: FakeRequest[] = [];
  const store = opts.storage === null ? null : { ...(opts.storage ?? {}) };
  const env: FakeEnv = {
    requests,
    origin,
    pathname: opts.pathname ?? '/',
    now: () => Date.UTC(2026, 0, 3, 12),
    storage: store ? { getItem: (k: string) => (k in store ? (store[k] ?? null) : null) } : null,
    async fetch(input, init) {
      const url = String(input);
      const full = url.startsWith(origin) ? url.slice(origin.length) : url;
      const path = full.split('?')[0] ?? '';
      requests.push({
        url: full,
        path,
        method: init?.method ?? 'GET',
        headers: { ...((init?.headers as Record<string, string> | undefined) ?? {}) },
      });
      if (opts.delayMs) await new Promise((r) => setTimeout(r, opts.delayMs));
      const routes = opts.routes ?? {};
      const answer = typeof routes === 'function' ? routes(full) : routes[path];
      if (answer === 'network') throw new TypeError('Failed to fetch');
      const a = answer ?? { status: 404, body: { error: { message: `Invalid URL (GET ${path})` } } };
      const text = typeof a.body === 'string' ? a.body : a.body === undefined ? '' : JSON.stringify(a.body);
      return new Response(text, { status: a.status ?? 200, headers: { 'content-type': 'application/json' } });
    },
  };
  return env;
}
