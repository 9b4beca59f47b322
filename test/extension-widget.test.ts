// The extension and the sdk's widget in a real Chromium:
// - on the demo, which embeds the widget by script tag: "start the self-check" in the popup opens the
//   page's widget, which receives this browser's observations over the bridge (its own nonce only) and
//   words the extension's warnings; the preview carries them, masked, and support receives them;
// - on a console page whose widget does not run: the extension opens the sdk's widget itself, fed with
//   the facts it read, sending to the endpoint the page's widget config declares;
// - the banner and popup speak the console's language (zh-CN here; this Chromium's UI is English).
import { tr } from '@topup-doctor/sdk/ui';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DECLARED_WIDGET, genCHandler } from './fixtures/extension/gen-c-console.js';
import {
  demoLogin,
  demoPay,
  launchExtension,
  openPopup,
  scriptMainThreadMs,
  shadowText,
  tabIdOf,
} from './fixtures/extension/helpers.js';
import { type LaunchedBrowser, saveScreenshot, screenshotOnFailure } from './harness/browser.js';
import { startTestDemo, supportTickets, type TestDemo } from './harness/demo.js';
import { serve, type TestServer } from './harness/server.js';
import { stepHeading } from './harness/widget.js';

const w = (key: Parameters<typeof tr>[1]) => tr('zh-CN', key);

let browser: LaunchedBrowser;

beforeAll(async () => {
  browser = await launchExtension();
});
afterAll(async () => {
  await browser?.close();
});

/** From the known facts to the preview, answering nothing the console already knows. */
async function walkToPreview(page: Page) {
  for (let i = 0; i < 5; i++) {
    if ((await stepHeading(page)) === w('preview.heading')) return;
    const notSolved = page.getByRole('button', { name: w('verdict.notSolved') });
    if (await notSolved.isVisible().catch(() => false)) {
      await notSolved.click();
      continue;
    }
    await page
      .getByRole('button', { name: w('checks.run'), exact: true })
      .last()
      .click();
  }
  await expect.poll(() => stepHeading(page)).toBe(w('preview.heading'));
}

/** The widget's visible text (its open shadow root). */
const widgetText = (page: Page) =>
  page.evaluate(() => {
    for (const host of document.querySelectorAll('div')) {
      const text = host.shadowRoot?.querySelector('.td')?.textContent;
      if (text) return text;
    }
    return '';
  });

describe('the page embeds the widget (demo, script tag)', () => {
  let demo: TestDemo;
  let page: Page;

  beforeAll(async () => {
    demo = await startTestDemo();
    page = await browser.context.newPage();
  });
  afterAll(async () => {
    await demo?.close();
  });

  const login = (username: string, password: string) => demoLogin(page, demo.origin, username, password);

  test('A orders, B logs in: banner and popup in the console’s language (zh-CN)', async () => {
    screenshotOnFailure(page, 'extension-widget-demo-language');
    await login('alice', 'alice123');
    await demoPay(page, 10);
    await page.goto(`${demo.origin}/logout`);
    await login('bob', 'bob12345');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    await expect
      .poll(() => shadowText(page, 'topup-doctor-ext-banner'), { timeout: 15_000 })
      .toContain('是在本浏览器中由 爱丽丝 (#1) 创建的');
    expect(await shadowText(page, 'topup-doctor-ext-banner')).toContain('充值到账自查提醒');
    await saveScreenshot(page, 'extension-banner-zh');

    const popup = await openPopup(
      browser,
      await tabIdOf(browser.context, demo.origin),
      'extension-widget-popup',
    );
    await expect.poll(() => popup.locator('[data-testid=account]').textContent()).toBe('鲍勃 (#2)');
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    expect(await popup.locator('body').textContent()).toContain('当前账号');
    expect(await popup.locator('body').textContent()).not.toContain('Account');
    await saveScreenshot(popup, 'extension-popup-zh');
    await popup.close();
  });

  test('the popup opens the page’s widget, which gets the observations over the bridge and words the warnings', async () => {
    screenshotOnFailure(page, 'extension-widget-demo-bridge');
    const tabId = await tabIdOf(browser.context, demo.origin);
    const popup = await openPopup(browser, tabId, 'extension-widget-popup');
    await popup.locator('[data-testid=self-check]').click();
    await expect.poll(() => popup.locator('[role=status]').textContent()).toContain('已打开页面中的自查组件');
    await popup.close();
    await page.bringToFront();

    // The page's own widget is open at its first step (opened through its public TopupDoctor('open')).
    await expect.poll(() => stepHeading(page)).toBe(w('problem.heading'));
    await page.getByRole('button', { name: w('problem.order_processing') }).click();
    // Its hello is answered by the extension with this browser's records: the warnings, worded by the
    // core catalogs, masked labels only.
    await expect.poll(() => widgetText(page), { timeout: 10_000 }).toContain(w('known.extension'));
    const known = await widgetText(page);
    expect(known).toContain('是在本浏览器中由 爱丽丝 (#1) 创建的');
    expect(known).toContain('最近几天在本站使用过 2 个账号');
    expect(known).not.toMatch(/USR\d+NO\w{6}\d{10}/);
    expect(known).not.toContain(w('known.extensionOther'));

    // A reply without the widget's nonce (a page script guessing) is ignored.
    await page.evaluate(() =>
      window.postMessage(
        {
          source: 'topup-doctor-extension',
          v: 1,
          type: 'observations',
          nonce: 'forged_nonce_0000000',
          observations: { accountsSeen: [], ordersCreatedHere: [] },
          warnings: [{ id: 'forged', key: 'ext.warn.staleTab', params: { stored: '#666', server: '#777' } }],
        },
        location.origin,
      ),
    );
    await page.waitForTimeout(800);
    expect(await widgetText(page)).not.toContain('#666');
    expect(await widgetText(page)).toContain('爱丽丝 (#1)');
    await saveScreenshot(page, 'extension-widget-embedded-known');

    // The preview shows the warnings as checks of the ticket; support receives them.
    await walkToPreview(page);
    const preview = await widgetText(page);
    expect(preview).toContain('是在本浏览器中由 爱丽丝 (#1) 创建的');
    await saveScreenshot(page, 'extension-widget-embedded-preview');
    await page.getByRole('button', { name: w('preview.send') }).click();
    await expect.poll(() => stepHeading(page), { timeout: 15_000 }).toBe(w('sent.heading'));
    const tickets = JSON.stringify(await supportTickets(demo.origin));
    expect(tickets).toContain('extension.other-account-order');
    expect(tickets).not.toMatch(/USR\d+NO\w{6}\d{10}/);
  });
});

describe('the page does not run the widget (new-api generation C, declared config only)', () => {
  let server: TestServer;
  const posts: { headers: Record<string, unknown>; body: Record<string, unknown> }[] = [];

  beforeAll(async () => {
    const console = genCHandler(() => Math.floor(Date.now() / 1000), { declare: DECLARED_WIDGET });
    server = await serve({
      handle: async (req, res) => {
        if (req.method === 'POST' && req.url === '/api/tickets') {
          let raw = '';
          for await (const chunk of req) raw += chunk;
          posts.push({ headers: req.headers, body: JSON.parse(raw) as Record<string, unknown> });
          res.writeHead(201, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ ok: true }));
          return true;
        }
        return console(req, res);
      },
    });
  });
  afterAll(async () => {
    await server?.close();
  });

  test('the extension opens the sdk’s widget with its facts, warnings and the declared endpoint', async () => {
    const page = screenshotOnFailure(await browser.context.newPage(), 'extension-widget-own');
    await page.goto(`${server.origin}/console/topup`);
    await expect.poll(() => shadowText(page, 'topup-doctor-ext-banner'), { timeout: 15_000 }).toMatch(/#43/);
    const popup = await openPopup(
      browser,
      await tabIdOf(browser.context, server.origin),
      'extension-widget-popup',
    );
    // Main-thread time of the injected widget (panel.js) from the click to its first step on screen.
    const times = await scriptMainThreadMs(page, browser.extensionId as string, async () => {
      await popup.locator('[data-testid=self-check]').click();
      await expect.poll(() => stepHeading(page), { timeout: 10_000 }).toBe(w('problem.heading'));
    });
    console.log(`[extension] main-thread time opening the sdk widget: ${JSON.stringify(times)}`);
    expect(times['panel.js']).toBeGreaterThan(0);
    await expect.poll(() => popup.locator('[role=status]').textContent()).toBe('已在页面中打开自查组件。');
    await popup.close();
    await page.bringToFront();
    // Nothing of the widget is in the page's own code: this is the extension's copy of the sdk's widget.
    expect(await page.evaluate(() => 'TopupDoctor' in window)).toBe(false);
    await page.getByRole('button', { name: w('problem.paid_not_credited') }).click();
    await expect.poll(() => widgetText(page), { timeout: 10_000 }).toContain(w('known.extension'));
    const known = await widgetText(page);
    // The facts came from the extension (the observer saw Alice #42 and her orders); the widget read
    // nothing itself: the page's four own requests are the only API calls.
    expect(known).toMatch(/alice|Alice/);
    expect(known).toContain('的订单号属于用户 #43');
    await saveScreenshot(page, 'extension-widget-own-known');

    await walkToPreview(page);
    expect(await widgetText(page)).toContain('的订单号属于用户 #43');
    await saveScreenshot(page, 'extension-widget-own-preview');
    await page.getByRole('button', { name: w('preview.send') }).click();
    await expect.poll(() => stepHeading(page), { timeout: 15_000 }).toBe(w('sent.heading'));
    expect(posts).toHaveLength(1);
    const body = JSON.stringify(posts[0]?.body);
    expect(body).toContain('extension.trade-no-user');
    // The ticket names the console the extension detected, not the `custom` preset that carried the facts.
    expect(posts[0]?.body.console).toEqual({ kind: 'new-api', origin: server.origin });
    expect(body).not.toMatch(/USR43NOzz9Yx1\d+/);
    expect(posts[0]?.headers['idempotency-key']).toBeTruthy();
    const api = server.requests.filter((r) => r.path.startsWith('/api/') && r.method === 'GET');
    expect(api.map((r) => r.path).sort()).toEqual(
      ['/api/status', '/api/token/', '/api/user/self', '/api/user/topup/self'].sort(),
    );
  });
});
