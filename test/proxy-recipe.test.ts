// The nginx recipe of docs/recipes.md, as documented, in front of a console that does not embed the
// widget (the demo with its own tag turned off, as a stock new-api is): Debian's nginx serves the widget's
// files under the console's origin, adds the tag with sub_filter, and routes tickets to the intake. In a
// real Chromium the widget appears on the console's page under its strict CSP and files a ticket through
// the proxy. Needs the built sdk and nginx (.ci/run installs it).
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { tr } from '@topup-doctor/sdk/ui';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type LaunchedBrowser, launchChromium, screenshotOnFailure } from './harness/browser.js';
import { startTestDemo, supportGet, type TestDemo } from './harness/demo.js';
import { type RunningNginx, startNginx } from './harness/nginx.js';
import { SDK_DIST } from './harness/widget.js';

const w = (key: Parameters<typeof tr>[1]) => tr('zh-CN', key);

const RECIPES = resolve(import.meta.dirname, '..', 'docs', 'recipes.md');

/** The fenced block right after `<!-- recipe:nginx -->` in docs/recipes.md. */
function documentedNginx(): string {
  const text = readFileSync(RECIPES, 'utf8');
  const match = /<!-- recipe:nginx -->\s*```nginx\n([\s\S]*?)```/.exec(text);
  if (!match?.[1]) throw new Error('docs/recipes.md has no ```nginx block after <!-- recipe:nginx -->');
  return match[1];
}

/** Replaces exactly one occurrence: a recipe that drifted from what the test expects fails here. */
function once(text: string, from: string, to: string): string {
  const count = text.split(from).length - 1;
  if (count !== 1) throw new Error(`docs/recipes.md nginx block: expected one "${from}", found ${count}`);
  return text.replace(from, to);
}

let demo: TestDemo;
let nginx: RunningNginx;
let browser: LaunchedBrowser;

beforeAll(async () => {
  if (!existsSync(resolve(SDK_DIST, 'topup-doctor.js')))
    throw new Error(`No widget build in ${SDK_DIST}: run \`pnpm --filter ./sdk build\` first.`);
  demo = await startTestDemo({ embedWidget: false });
  const upstream = new URL(demo.origin).host;
  const recipe = documentedNginx();
  nginx = await startNginx((port) => {
    let conf = recipe;
    conf = once(conf, 'server 127.0.0.1:3000;', `server ${upstream};`); // the console
    conf = once(conf, 'server 127.0.0.1:8788;', `server ${upstream};`); // the demo is the intake too
    conf = once(conf, 'alias /srv/topup-doctor/;', `alias ${SDK_DIST}/;`);
    conf = once(conf, 'listen 80;', `listen 127.0.0.1:${port};`);
    return conf;
  });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await nginx?.stop();
  await demo?.close();
});

test('the console itself has no tag; through nginx every page has exactly one and the files are served', async () => {
  const direct = await (await fetch(`${demo.origin}/login`)).text();
  expect(direct).not.toContain('topup-doctor.js');
  const res = await fetch(`${nginx.origin}/login`, { headers: { 'accept-encoding': 'gzip' } });
  const html = await res.text();
  expect(html.match(/<script src="\/topup-doctor\/topup-doctor\.js"/g)).toHaveLength(1);
  expect(html).toContain(`data-rules='{"callbackMinutes":{"default":10}`);
  // The console's CSP passes through untouched: the widget must live with script-src 'self'.
  expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
  const loader = await fetch(`${nginx.origin}/topup-doctor/topup-doctor.js`);
  expect(loader.status).toBe(200);
  expect(loader.headers.get('content-type')).toMatch(/javascript/);
  // API answers are not rewritten.
  const status = await (await fetch(`${nginx.origin}/api/status`)).text();
  expect(status).not.toContain('topup-doctor');
});

test('the injected widget appears on the console and files a ticket through the proxy', async () => {
  const page = screenshotOnFailure(await browser.context.newPage(), 'proxy-recipe');
  const csp: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) csp.push(m.text());
  });
  const base = nginx.origin;

  await page.goto(`${base}/login`);
  await page.click('.fill-account[data-username="alice"]');
  await page.click('#login-submit');
  await page.waitForURL('**/console/topup');
  expect(new URL(page.url()).origin).toBe(base);

  // The launcher the proxy added. alice paid two ¥73.00 orders 95 seconds apart (the demo's seed).
  await page.locator('button.launch').click();
  await page.getByRole('button', { name: w('problem.duplicate_or_refund') }).click();
  // To a ticket: 'send to support' on an operator verdict, 'still not credited' on a self-help one.
  const notSolved = page
    .getByRole('button', { name: new RegExp(`^(${w('verdict.send')}|${w('verdict.notSolved')})$`) })
    .first();
  for (let i = 0; i < 5 && !(await notSolved.isVisible().catch(() => false)); i++) {
    await page
      .getByRole('button', { name: w('checks.run'), exact: true })
      .last()
      .click();
  }
  await notSolved.click();
  await page.locator('textarea').fill('通过代理提交');
  await page.getByRole('button', { name: w('preview.send') }).click();
  const sent = page.getByText(/工单号：/);
  await expect.poll(() => sent.textContent(), { timeout: 15_000 }).toMatch(/工单号：\S+/);
  const ticketId = /工单号：(\S+?)。/.exec((await sent.textContent()) ?? '')?.[1] ?? '';
  expect(ticketId).not.toBe('');

  // It went through nginx's intake route and reached the intake, masked.
  expect(nginx.accessLog()).toMatch(/"POST \/topup-doctor\/tickets HTTP\/1\.1" 201/);
  const stored = await supportGet(demo.origin, `/api/tickets/${encodeURIComponent(ticketId)}`);
  const body = JSON.stringify(stored);
  expect(stored).toMatchObject({ ticket: { problem: 'duplicate_or_refund', console: { kind: 'new-api' } } });
  expect(body).toContain('通过代理提交');
  expect(csp).toEqual([]);
});
