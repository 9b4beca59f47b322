// Serves the built widget (sdk/dist) inside a New-API-like console page for real-browser tests:
// a fake console answering new-api's JSON APIs with the answers recorded for the sdk's new-api preset
// (sdk/src/consoles/new-api/fixtures: one recording for the adapter's tests and these; times shifted so the
// latest order is two hours old, the user's names hostile markup), a webhook intake that records every POST and
// accepts each idempotency key once, and pages served with a strict CSP.
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Ticket } from '@topup-doctor/sdk/core';
import type { BrowserContext, Page } from 'playwright-core';
import { serve, type TestServer } from './server.js';

/** The built sdk (`TD_SDK_DIST` points the benches at another build, e.g. main's for a before/after). */
export const SDK_DIST = process.env.TD_SDK_DIST ?? resolve(import.meta.dirname, '..', '..', 'sdk', 'dist');
const CONSOLES = resolve(import.meta.dirname, '..', '..', 'sdk', 'src', 'consoles');
const FIXTURES = join(CONSOLES, 'new-api', 'fixtures');
/** The console's names are shown as text, never as markup: the user's names in every answer are this. */
const HOSTILE_NAME = '<img src=x onerror=alert(1)>';
export const STRICT_CSP = "script-src 'self'; style-src 'self'";

/** new-api v1.0 (generation B) keeps the logged-in user in localStorage (web/default/src/lib/api.ts). */
export const NEW_API_STORAGE = {
  uid: '42',
  user: JSON.stringify({
    id: 42,
    username: HOSTILE_NAME,
    role: 1,
    status: 1,
    group: 'default',
  }),
};

const API: Record<string, string> = {
  '/api/status': 'status.json',
  '/api/user/self': 'user-self.json',
  '/api/user/topup/self': 'topup-self.json',
  '/api/log/self': 'log-self-topup.json',
  '/api/token/': 'token-list.json',
};
/** one-api (songquanpeng/one-api) answers the same paths with its own recordings; it has no orders list. */
const ONE_API: Record<string, string> = {
  '/api/status': 'status.json',
  '/api/user/self': 'user-self.json',
  '/api/log/self': 'log-self.json',
  '/api/token/': 'token-list.json',
};

/** one-api keeps its whole user model in localStorage.user (its fixtures/storage.json, recorded). */
export const ONE_API_STORAGE = JSON.parse(
  readFileSync(join(CONSOLES, 'one-api', 'fixtures', 'storage.json'), 'utf8'),
) as Record<string, string>;

const TIME_KEYS = new Set(['create_time', 'complete_time', 'created_at', 'accessed_time', 'created_time']);

/** Shifts every epoch-seconds time so the newest order was created two hours ago; names the user hostilely. */
function fixture(name: string, nowSeconds: number, dir = FIXTURES): string {
  const orders = JSON.parse(readFileSync(join(FIXTURES, 'topup-self.json'), 'utf8')) as {
    data: { items: { create_time: number }[] };
  };
  const latest = Math.max(...orders.data.items.map((o) => o.create_time));
  const shift = nowSeconds - 2 * 3600 - latest;
  return JSON.stringify(JSON.parse(readFileSync(join(dir, name), 'utf8')), (key, value) => {
    if (name === 'user-self.json' && (key === 'username' || key === 'display_name')) return HOSTILE_NAME;
    return TIME_KEYS.has(key) && typeof value === 'number' && value > 0 ? value + shift : value;
  });
}

export interface ReceivedTicket {
  key: string;
  header?: string;
  body: Record<string, unknown>;
  valid: boolean;
}

export interface WidgetServer extends TestServer {
  /** Every POST to the intake, in order (retries included). */
  posts: ReceivedTicket[];
  /** Accepted tickets by idempotency key (each key accepted once). */
  accepted: Map<string, ReceivedTicket>;
  /** Answer the next N valid POSTs with 503 (a flaky intake), to exercise retries. */
  failNext: number;
}

export interface PageOptions {
  lang: 'zh-CN' | 'en';
  /** data-* attributes of the script tag (without the data- prefix). */
  attrs?: Record<string, string>;
  /** Extra same-origin scripts before the loader (e.g. the queued stub). */
  before?: string[];
  after?: string[];
  /** Markup inside <main>. */
  main?: string;
  csp?: string;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export function consolePage(o: PageOptions): string {
  const attrs = Object.entries(o.attrs ?? {})
    .map(([k, v]) => ` data-${k}="${esc(v)}"`)
    .join('');
  const scripts = (list: string[] = []) => list.map((src) => `<script src="${src}"></script>`).join('');
  const zh = o.lang === 'zh-CN';
  return `<!doctype html><html lang="${o.lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1"><title>${zh ? '钱包 - New API' : 'Wallet - New API'}</title>
<link rel="stylesheet" href="/console.css"></head><body>
<header><a href="/console">${zh ? '控制台' : 'Console'}</a> <a href="/console/topup">${zh ? '钱包' : 'Wallet'}</a></header>
<main><h1>${zh ? '钱包管理' : 'Wallet'}</h1>${o.main ?? ''}
<button id="page-button" type="button">${zh ? '页面按钮' : 'Page button'}</button> <output id="page-count">0</output></main>
${scripts(['/page.js', ...(o.before ?? [])])}<script src="/sdk/topup-doctor.js"${attrs}></script>${scripts(o.after)}
</body></html>`;
}

const CONSOLE_CSS = `body{font:15px/1.5 system-ui,sans-serif;margin:0;background:#f5f6f8;color:#1c1f23}
header{background:#fff;padding:12px 24px;border-bottom:1px solid #ddd}main{padding:24px;max-width:900px}`;
const PAGE_JS = `document.getElementById('page-button').addEventListener('click', () => {
  const out = document.getElementById('page-count'); out.textContent = String(Number(out.textContent) + 1);
});`;

export async function startWidgetServer(options: {
  pages: Record<string, string>;
  scripts?: Record<string, string>;
  /** The page's CSP (default STRICT_CSP), or one per page path. */
  csp?: string | ((path: string) => string);
  /** Answers POST /api/tickets instead of the recording intake (e.g. a fault-injecting one). */
  intake?: (req: IncomingMessage, res: ServerResponse) => Promise<void>;
  /** API paths this console build does not have (e.g. early-2025 new-api has no /api/user/topup/self):
   *  answered 404 with new-api's recorded answer to an unknown path (fixtures/error-not-found.json). */
  absent?: string[];
  /** The console whose recorded answers are served (default new-api). */
  console?: 'new-api' | 'one-api';
  /** Rewrites a console answer (its parsed fixture) before it is served, e.g. to plant a hostile value. */
  answer?: (path: string, body: unknown) => unknown;
  /** Pages, scripts and sdk files gzip-encoded when the browser accepts it (as a real server sends them:
   *  the speed bench counts transferred bytes). */
  gzip?: boolean;
  /** Other files (a fixture page's stylesheet and script), served from this directory. */
  staticDir?: string;
}): Promise<WidgetServer> {
  const posts: ReceivedTicket[] = [];
  const accepted = new Map<string, ReceivedTicket>();
  const state = { failNext: 0 };
  const cspFor = (path: string) =>
    typeof options.csp === 'function' ? options.csp(path) : (options.csp ?? STRICT_CSP);
  const zipped = new Map<string, Buffer>();
  const accepting = new WeakSet<ServerResponse>();
  const send = (res: ServerResponse, status: number, type: string, body: string | Buffer, extra = {}) => {
    if (options.gzip && accepting.has(res) && body.length > 0 && !type.startsWith('application/json')) {
      let z = typeof body === 'string' ? zipped.get(body) : undefined;
      if (!z) z = gzipSync(body, { level: 9 });
      if (typeof body === 'string') zipped.set(body, z);
      res.writeHead(status, {
        'content-type': type,
        'cache-control': 'no-store',
        'content-encoding': 'gzip',
        ...extra,
      });
      res.end(z);
      return;
    }
    res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...extra });
    res.end(body);
  };
  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = url.pathname;
    if (/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) accepting.add(res);
    if (path === '/api/tickets' && req.method === 'POST' && options.intake) {
      await options.intake(req, res);
      return true;
    }
    if (path === '/api/tickets' && req.method === 'POST') {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      let body: Record<string, unknown> = {};
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
      } catch {
        // recorded as invalid below
      }
      const header = req.headers['idempotency-key'] as string | undefined;
      const key = String(body.idempotencyKey ?? '');
      const received = { key, header, body, valid: Ticket.safeParse(body).success && header === key };
      posts.push(received);
      if (!received.valid) {
        send(res, 422, 'application/json', JSON.stringify({ error: 'invalid ticket' }));
        return true;
      }
      if (state.failNext > 0) {
        state.failNext--;
        send(res, 503, 'application/json', JSON.stringify({ error: 'try later' }));
        return true;
      }
      const first = accepted.get(key);
      if (!first) accepted.set(key, received);
      send(res, first ? 200 : 201, 'application/json', JSON.stringify({ id: (first ?? received).body.id }));
      return true;
    }
    const oneApi = options.console === 'one-api';
    const api = (oneApi ? ONE_API : API)[path];
    if (api && options.absent?.includes(path)) {
      send(res, 404, 'application/json', readFileSync(join(FIXTURES, 'error-not-found.json'), 'utf8'));
      return true;
    }
    if (api) {
      // new-api answers 401 without the New-Api-User header (middleware/auth.go); /api/status is public.
      if (path !== '/api/status' && !req.headers['new-api-user']) {
        send(res, 401, 'application/json', JSON.stringify({ success: false, message: '未登录' }));
      } else {
        const dir = oneApi ? join(CONSOLES, 'one-api', 'fixtures') : FIXTURES;
        const body = fixture(api, Math.floor(Date.now() / 1000), dir);
        const rewritten = options.answer ? JSON.stringify(options.answer(path, JSON.parse(body))) : body;
        send(res, 200, 'application/json', rewritten);
      }
      return true;
    }
    const page = options.pages[path];
    if (page !== undefined) {
      send(res, 200, 'text/html; charset=utf-8', page, { 'content-security-policy': cspFor(path) });
      return true;
    }
    const fixed: Record<string, [string, string]> = {
      '/favicon.ico': ['image/x-icon', ''],
      '/console.css': ['text/css', CONSOLE_CSS],
      '/page.js': ['text/javascript', PAGE_JS],
    };
    const script = options.scripts?.[path];
    const asset = fixed[path] ?? (script !== undefined ? ['text/javascript', script] : undefined);
    if (asset) {
      send(res, asset[1] ? 200 : 204, asset[0], asset[1]);
      return true;
    }
    if (path.startsWith('/sdk/')) {
      const file = normalize(join(SDK_DIST, path.slice('/sdk/'.length)));
      if (!file.startsWith(SDK_DIST)) return false;
      try {
        const type = extname(file) === '.js' ? 'text/javascript; charset=utf-8' : 'application/json';
        send(res, 200, type, readFileSync(file));
        return true;
      } catch {
        return false;
      }
    }
    return false;
  };
  const server = await serve({ handle, staticDir: options.staticDir });
  const result = Object.assign(server, { posts, accepted, failNext: 0 });
  // Object.assign would copy a getter's value: define the accessor itself.
  Object.defineProperty(result, 'failNext', {
    get: () => state.failNext,
    set: (n: number) => (state.failNext = n),
  });
  return result;
}

/** Logged-in new-api storage and a CSP-violation recorder, before any page script runs. */
export async function prepareContext(
  context: BrowserContext,
  storage: Record<string, string> = NEW_API_STORAGE,
): Promise<void> {
  await context.addInitScript((storage: Record<string, string>) => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      w.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
    });
    try {
      for (const [k, v] of Object.entries(storage))
        if (localStorage.getItem(k) === null) localStorage.setItem(k, v);
    } catch {
      // about:blank
    }
  }, storage);
}

export const cspViolations = (page: Page): Promise<string[]> =>
  page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);

/** Describes the focused element inside the widget's shadow roots (what a keyboard user is on). */
export function focused(page: Page): Promise<{ tag: string; id: string; text: string; inWidget: boolean }> {
  return page.evaluate(() => {
    let el: Element | null = document.activeElement;
    let inWidget = false;
    while (el?.shadowRoot?.activeElement) {
      el = el.shadowRoot.activeElement;
      inWidget = true;
    }
    return {
      tag: el?.tagName.toLowerCase() ?? '',
      id: el?.id ?? '',
      text: (el?.textContent ?? '').trim().slice(0, 80),
      inWidget,
    };
  });
}

/** Presses Tab (or Shift+Tab) until the focused element matches; fails after `max` presses. */
export async function tabTo(
  page: Page,
  match: (f: Awaited<ReturnType<typeof focused>>) => boolean,
  max = 40,
  key = 'Tab',
): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (match(await focused(page))) return;
    await page.keyboard.press(key);
  }
  throw new Error(`focus never reached the expected element; last: ${JSON.stringify(await focused(page))}`);
}

/** The text of the widget's step heading (h3#td-step) in the first widget that shows one. */
export function stepHeading(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    for (const host of document.querySelectorAll('div')) {
      const h = host.shadowRoot?.querySelector('#td-step');
      if (h) return (h.textContent ?? '').trim();
    }
    return null;
  });
}

/** Shadow roots the widget created (hosts are plain divs with an open shadow root). */
export function widgetHosts(page: Page): Promise<number> {
  return page.evaluate(() => [...document.querySelectorAll('*')].filter((el) => el.shadowRoot).length);
}

const AXE = readFileSync(
  resolve(import.meta.dirname, '..', 'node_modules', 'axe-core', 'axe.min.js'),
  'utf8',
);

/** axe-core over the page including open shadow roots; returns the violations (id: nodes). */
export async function axeViolations(page: Page): Promise<string[]> {
  // Runtime.evaluate is not subject to the page's CSP (a <script> tag would be).
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            ctx: unknown,
            opts: unknown,
          ): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
  });
}
