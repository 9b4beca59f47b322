// A local stand-in for a gateway or payment platform in tests: one HTTP server on an ephemeral port that
// answers recorded fixtures by method, path, query and headers, can hang (a slow gateway) or answer
// something that is not JSON, and records what it was asked (to check auth headers and parameters).
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface FakeRoute {
  method?: 'GET' | 'POST';
  path: string;
  /** Every listed parameter must be present with this value. */
  query?: Record<string, string>;
  /** Every listed header must be present with this value (names in lower case). */
  headers?: Record<string, string>;
  status?: number;
  body?: unknown;
  /** A body sent as is (not JSON). */
  raw?: string;
  /** Never answer. */
  hang?: boolean;
}

export interface Seen {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: IncomingMessage['headers'];
  body: unknown;
}

export interface Fake {
  url: string;
  seen: Seen[];
  close(): Promise<void>;
}

/** A recorded answer from ./fixtures. */
export const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`./fixtures/${name}.json`, import.meta.url), 'utf8'));

export async function fakeServer(routes: FakeRoute[]): Promise<Fake> {
  const seen: Seen[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://fake');
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    let body: unknown;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      body = text;
    }
    const query = Object.fromEntries(url.searchParams);
    seen.push({ method: req.method ?? 'GET', path: url.pathname, query, headers: req.headers, body });
    const route = routes.find(
      (r) =>
        (r.method ?? 'GET') === req.method &&
        r.path === url.pathname &&
        Object.entries(r.query ?? {}).every(([k, v]) => query[k] === v) &&
        Object.entries(r.headers ?? {}).every(([k, v]) => req.headers[k] === v),
    );
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('404 page not found');
      return;
    }
    if (route.hang) return;
    if (route.raw !== undefined) {
      res.writeHead(route.status ?? 200, { 'content-type': 'text/html' }).end(route.raw);
      return;
    }
    res.writeHead(route.status ?? 200, { 'content-type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify(route.body));
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    close: () =>
      new Promise<void>((done) => {
        for (const s of sockets) s.destroy();
        server.close(() => done());
      }),
  };
}

/** The address of a port nothing listens on (a server that was there and is gone). */
export async function closedPortUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((done) => server.close(() => done()));
  return `http://127.0.0.1:${port}`;
}
