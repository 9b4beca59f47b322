// IndexNow ping against a local fake endpoint (never a real search engine): the body the protocol wants,
// only the site's own URLs, HTTP errors as values; and the CLI's build -> ping path end to end.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { main } from './cli.js';
import { testSettings } from './fixtures.js';
import { ping } from './indexnow.js';

interface Received {
  method: string;
  url: string;
  type: string;
  body: { host: string; key: string; keyLocation: string; urlList: string[] };
}

let server: Server;
let endpoint = '';
let received: Received[] = [];
let status = 200;

const read = (req: IncomingMessage) =>
  new Promise<string>((done) => {
    let s = '';
    req.on('data', (c) => {
      s += c;
    });
    req.on('end', () => done(s));
  });

beforeAll(async () => {
  server = createServer(async (req, res) => {
    received.push({
      method: req.method ?? '',
      url: req.url ?? '',
      type: req.headers['content-type'] ?? '',
      body: JSON.parse(await read(req)),
    });
    res.writeHead(status).end();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/indexnow`;
});
afterAll(() => new Promise<void>((done) => server.close(() => done())));
beforeEach(() => {
  received = [];
  status = 200;
});

describe('ping', () => {
  const settings = testSettings();
  const urls = ['https://gw.example.com/help/zh-CN/faq.html', 'https://gw.example.com/help/en/faq.html'];

  it('posts host, key, key location and the URLs as JSON', async () => {
    expect(await ping(settings, urls, { endpoint })).toEqual({ ok: true, status: 200, submitted: 2 });
    expect(received).toEqual([
      {
        method: 'POST',
        url: '/indexnow',
        type: 'application/json; charset=utf-8',
        body: {
          host: 'gw.example.com',
          key: 'test-indexnow-key-0001',
          keyLocation: 'https://gw.example.com/help/test-indexnow-key-0001.txt',
          urlList: urls,
        },
      },
    ]);
  });

  it('refuses URLs of another host, an empty list and a missing key without sending', async () => {
    expect(await ping(settings, ['https://other.example/x.html'], { endpoint })).toEqual({
      ok: false,
      code: 'foreign_url',
    });
    expect(await ping(settings, [], { endpoint })).toEqual({ ok: false, code: 'nothing_changed' });
    const { indexNow: _, ...noKey } = settings;
    expect(await ping(noKey, urls, { endpoint })).toEqual({ ok: false, code: 'no_key' });
    expect(received).toEqual([]);
  });

  it('reports the endpoint’s HTTP error and a network failure as values', async () => {
    status = 422;
    expect(await ping(settings, urls, { endpoint })).toEqual({ ok: false, code: 'http_422' });
    expect(await ping(settings, urls, { endpoint: 'http://127.0.0.1:9/indexnow' })).toEqual({
      ok: false,
      code: 'network',
    });
  });
});

describe('cli', () => {
  it('build writes the site; ping submits what changed; a second build changes nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'td-help-'));
    try {
      const config = join(dir, 'help.json');
      const out = join(dir, 'site');
      writeFileSync(
        config,
        JSON.stringify({
          brand: 'Example',
          baseUrl: 'https://gw.example.com/help',
          console: { orders: '/console/topup' },
          indexNow: { key: 'cli-test-key-0001', endpoint: 'http://127.0.0.1:9/never' },
        }),
      );
      const logs: string[] = [];
      const log = (s: string) => logs.push(s);
      const args = ['--config', config, '--out', out];
      expect(await main(['build', ...args, '--now', '2026-11-21T08:00:00Z'], log, log)).toBe(0);
      expect(readFileSync(join(out, 'cli-test-key-0001.txt'), 'utf8')).toBe('cli-test-key-0001');
      const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
      expect(manifest.changed.length).toBe(Object.keys(manifest.pages).length);

      expect(await main(['ping', ...args, '--endpoint', endpoint], log, log)).toBe(0);
      expect(received).toHaveLength(1);
      expect(received[0]!.body.urlList).toEqual(manifest.changed);

      expect(await main(['build', ...args, '--now', '2026-11-22T08:00:00Z'], log, log)).toBe(0);
      expect(await main(['ping', ...args, '--endpoint', endpoint], log, log)).toBe(0);
      expect(received).toHaveLength(1); // nothing changed: nothing sent
      expect(logs.at(-1)).toContain('nothing_changed');

      writeFileSync(config, JSON.stringify({ brand: 'Example', baseUrl: 'ftp://x' }));
      expect(await main(['build', ...args], log, log)).toBe(2);
      expect(logs.at(-1)).toContain('baseUrl');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
