// A tiny static/route server on 127.0.0.1 with an ephemeral port, for pages under test.
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
};

export interface Route {
  body: string | Buffer;
  type?: string;
  headers?: Record<string, string>;
  status?: number;
}

export interface TestServer {
  origin: string;
  /** Requests seen, in order (method and path), so tests can assert what the page fetched. */
  requests: { method: string; path: string }[];
  close(): Promise<void>;
}

/** Serves fixed routes first, then files from `staticDir` (if given). Unknown paths are 404. */
export async function serve(options: {
  routes?: Record<string, Route>;
  staticDir?: string;
  handle?: (req: IncomingMessage, res: ServerResponse) => boolean | Promise<boolean>;
}): Promise<TestServer> {
  const requests: TestServer['requests'] = [];
  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    requests.push({ method: req.method ?? 'GET', path });
    if (options.handle && (await options.handle(req, res))) return;
    const route = options.routes?.[path];
    if (route) {
      res.writeHead(route.status ?? 200, {
        'content-type': route.type ?? TYPES[extname(path)] ?? TYPES['.html']!,
        ...route.headers,
      });
      res.end(route.body);
      return;
    }
    if (options.staticDir) {
      const file = normalize(join(options.staticDir, path));
      if (file.startsWith(normalize(options.staticDir))) {
        try {
          const body = await readFile(file);
          res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
          res.end(body);
          return;
        } catch {
          // fall through to 404
        }
      }
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
