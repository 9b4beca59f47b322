// The self-help site at /help, generated from the same core rules and catalogs as the widget, with the
// console's own pages and the widget's rules (contacts) as the operator settings. Generated on the first
// request (the origin is known only once the server listens) and kept in memory.
import { generateSite, parseSettings } from '@topup-doctor/help';
import { Hono } from 'hono';
import { SYSTEM_NAME } from './config.js';
import type { AppEnv, Deps } from './deps.js';
import { demoWidgetRules } from './widget-rules.js';

const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  xml: 'application/xml; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
  json: 'application/json; charset=utf-8',
  css: 'text/css; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
};

export function helpRoutes(deps: Deps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  let site: { origin: string; files: Map<string, string> } | undefined;

  const files = () => {
    const origin = deps.origin();
    if (site?.origin === origin) return site.files;
    const parsed = parseSettings({
      brand: { 'zh-CN': SYSTEM_NAME, en: 'Demo API Gateway' },
      baseUrl: `${origin}/help/`,
      console: {
        topup: '/console/topup',
        orders: '/console/topup?show_history=true',
        redeem: '/console/topup',
        widget: '/console/topup',
      },
      // The rules the new-api console's widget gets (contacts as configured there, in zh-CN).
      rules: demoWidgetRules({ lang: 'zh-CN', redemptionEnabled: true, console: 'new-api' }),
      indexNow: { key: 'topup-doctor-demo-indexnow-key' },
    });
    if (!parsed.ok) throw new Error(`help settings: ${parsed.error}`);
    site = { origin, files: generateSite(parsed.settings, { now: deps.now() }).files };
    return site.files;
  };

  app.get('/help', (c) => c.redirect('/help/'));
  app.get('/help/*', (c) => {
    let path = decodeURIComponent(c.req.path.slice('/help/'.length));
    if (path === '' || path.endsWith('/')) path += 'index.html';
    const body = files().get(path);
    const type = TYPES[path.slice(path.lastIndexOf('.') + 1)];
    if (body === undefined || !type || path === 'manifest.json') return c.text('404 not found', 404);
    return c.body(body, 200, { 'content-type': type, 'cache-control': 'no-cache' });
  });
  return app;
}
