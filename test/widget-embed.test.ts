// Embedding: a bad config logs one error naming the field and the page keeps working; the queued stub
// mounts several instances (inline and launcher) and destroy() leaves nothing behind; the custom
// element; an inline target followed across SPA route changes; the companion-extension bridge (nonce,
// origin, schema); dark theme on a phone with 16px inputs, and a self-resolved run.
import { t } from '@topup-doctor/sdk/core';
import { tr } from '@topup-doctor/sdk/ui';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  type LaunchedBrowser,
  launchChromium,
  saveScreenshot,
  screenshotOnFailure,
} from './harness/browser.js';
import {
  axeViolations,
  consolePage,
  cspViolations,
  prepareContext,
  STRICT_CSP,
  startWidgetServer,
  stepHeading,
  type WidgetServer,
  widgetHosts,
} from './harness/widget.js';
import { clickToPreview } from './harness/widget-flow.js';

const STUB = `window.TopupDoctor = window.TopupDoctor || function () { (TopupDoctor.q = TopupDoctor.q || []).push(arguments); };`;
const MULTI = `TopupDoctor('init', { id: 'orders', mode: 'inline', target: '#help', console: { preset: 'new-api' },
  transports: { webhook: { endpoint: '/api/tickets' } } });
TopupDoctor('init', { id: 'float', console: { preset: 'new-api' }, transports: { clipboard: true } });
window.__tdEvents = [];
TopupDoctor('on', 'opened', (e) => window.__tdEvents.push(e));`;
const SPA = `window.__route = (name) => {
  history.pushState({}, '', '/spa/' + name);
  document.getElementById('app').innerHTML = name === 'orders'
    ? '<h2>Orders</h2><div id="help"></div>' : '<h2>Home</h2>';
};`;
// Plays the companion extension's content script: answers a hello with observations, and a page
// script that tries a forged answer with another nonce (it must be ignored).
const FAKE_EXTENSION = `window.addEventListener('message', (event) => {
  const m = event.data;
  if (event.source !== window || !m || m.source !== 'topup-doctor-widget' || m.type !== 'hello') return;
  const reply = (nonce, warnings) => window.postMessage({ source: 'topup-doctor-extension', v: 1, type: 'observations', nonce,
    observations: { accountsSeen: [{ id: '42', firstSeen: 1, lastSeen: 2 }, { id: '7', firstSeen: 1, lastSeen: 3 }], ordersCreatedHere: [] },
    warnings }, location.origin);
  reply('forged-nonce-forged-nonce-000', [{ id: 'forged', key: 'ext.warn.staleTab', params: { stored: '#666', server: '#777' } }]);
  reply(m.nonce, [
    { id: 'stale', key: 'ext.warn.staleTab', params: { stored: '#7', server: '#42' } },
    { id: 'newer', key: 'ext.warn.fromANewerExtension' },
    { id: 'short', key: 'ext.warn.staleTab' },
  ]);
});`;

describe('embedding the widget', () => {
  let browser: LaunchedBrowser;
  let server: WidgetServer;

  beforeAll(async () => {
    server = await startWidgetServer({
      csp: (path) =>
        path === '/nonce'
          ? `${STRICT_CSP.replace("style-src 'self'", "style-src 'self' 'nonce-cmFuZG9tLW5vbmNlLTEy'")}`
          : STRICT_CSP,
      pages: {
        '/bad': consolePage({ lang: 'en', attrs: { webhook: 'javascript:alert(1)', console: 'new-api' } }),
        '/follow': consolePage({ lang: 'zh-CN', attrs: { webhook: '/api/tickets', console: 'new-api' } }),
        '/newapi': consolePage({ lang: 'en', attrs: { webhook: '/api/tickets', console: 'newapi' } }),
        '/typo': consolePage({
          lang: 'en',
          attrs: {
            webhok: '/api/tickets',
            console: 'new-api',
            rules: '{"callbackMinute":{"default":5}}',
            debug: '',
          },
        }),
        '/multi': consolePage({
          lang: 'en',
          before: ['/stub.js', '/multi.js'],
          main: '<section id="help"></section>',
        }),
        '/element': consolePage({
          lang: 'zh-CN',
          attrs: { manual: '' },
          main: '<topup-doctor data-console="new-api" data-webhook="/api/tickets"></topup-doctor>',
        }),
        '/spa/orders': consolePage({
          lang: 'en',
          attrs: { mode: 'inline', target: '#help', console: 'new-api', webhook: '/api/tickets' },
          before: ['/spa.js'],
          main: '<div id="app"><h2>Orders</h2><div id="help"></div></div>',
        }),
        '/bridge': consolePage({
          lang: 'en',
          attrs: { console: 'new-api', webhook: '/api/tickets' },
          before: ['/fake-extension.js'],
        }),
        '/copy': consolePage({
          lang: 'zh-CN',
          attrs: { console: 'new-api', webhook: '/api/tickets', mailto: 'support@example.com' },
        }),
        '/nonce': consolePage({ lang: 'en', attrs: { console: 'new-api', nonce: 'cmFuZG9tLW5vbmNlLTEy' } }),
        '/phone': consolePage({
          lang: 'zh-CN',
          attrs: { console: 'new-api', webhook: '/api/tickets', theme: 'dark' },
          before: ['/stub.js'],
          after: ['/events.js'],
        }),
      },
      scripts: {
        '/stub.js': STUB,
        '/multi.js': MULTI,
        '/spa.js': SPA,
        '/fake-extension.js': FAKE_EXTENSION,
        '/events.js': `window.__tdEvents = []; TopupDoctor('on', 'self_resolved', (e) => window.__tdEvents.push(e));`,
      },
    });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(
    path: string,
    name: string,
    viewport = { width: 1280, height: 860 },
    onRequest?: (url: string) => void,
  ) {
    const context = await browser.context.browser()!.newContext({ viewport, colorScheme: 'light' });
    await prepareContext(context);
    const page = screenshotOnFailure(await context.newPage(), name);
    if (onRequest) page.on('request', (r) => onRequest(r.url()));
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('dialog', (d) => {
      errors.push(`dialog ${d.message()}`);
      void d.dismiss();
    });
    await page.goto(`${server.origin}${path}`);
    return { page, errors };
  }

  const hostCount = (page: Page) => widgetHosts(page);

  test('a bad config logs one error naming the field as the page loads; no launcher, the page keeps working', async () => {
    const requests: string[] = [];
    const { page, errors } = await open('/bad', 'widget-bad-config', undefined, (url) => requests.push(url));
    // Before anything shows, the loader fetched the config check; nothing else (no panel, no console API).
    await expect.poll(() => errors.length).toBe(1);
    await page.waitForLoadState('networkidle');
    expect(errors[0]).toContain('[topup-doctor] invalid config: data-webhook');
    expect(await hostCount(page)).toBe(0);
    expect(await page.locator('button.launch').count()).toBe(0);
    expect(requests.some((url) => url.endsWith('/topup-doctor-check.js'))).toBe(true);
    expect(requests.filter((url) => /topup-doctor-panel|\/api\//.test(url))).toEqual([]);
    expect(errors).toHaveLength(1);
    await page.locator('#page-button').click();
    await expect.poll(() => page.locator('#page-count').textContent()).toBe('1');
    await page.context().close();
  });

  test('data-console="newapi" is caught at page load with the closest preset named', async () => {
    const { page, errors } = await open('/newapi', 'widget-newapi');
    await expect.poll(() => errors.length).toBe(1);
    expect(errors[0]).toContain('invalid config: data-console: "newapi" is not one of');
    expect(errors[0]).toContain('did you mean "new-api"?');
    await page.waitForLoadState('networkidle');
    expect(await hostCount(page)).toBe(0);
    await page.context().close();
  });

  test('typos warn with the closest valid name; data-debug prints the config, the preset and the read, masked', async () => {
    const context = await browser.context.browser()!.newContext({ viewport: { width: 1280, height: 860 } });
    await prepareContext(context);
    const page = screenshotOnFailure(await context.newPage(), 'widget-typo-debug');
    const logs: { type: string; text: string }[] = [];
    page.on('console', (m) => logs.push({ type: m.type(), text: m.text() }));
    await page.goto(`${server.origin}/typo`);
    // The launcher shows: unknown names are warnings, not errors.
    await page.locator('button.launch').waitFor();
    const warnings = logs.filter((l) => l.type === 'warning').map((l) => l.text);
    expect(warnings).toEqual([
      '[topup-doctor] unknown attribute data-webhok, ignored; did you mean data-webhook?.',
      '[topup-doctor] unknown rule key "callbackMinute" in data-rules, ignored; did you mean "callbackMinutes"?.',
    ]);
    expect(logs.filter((l) => l.type === 'error')).toEqual([]);
    await expect.poll(() => logs.some((l) => l.text.includes('debug: config'))).toBe(true);
    await page.locator('button.launch').click();
    await page.getByRole('button', { name: tr('en', 'problem.paid_not_credited') }).click();
    await expect
      .poll(() =>
        logs
          .filter((l) => l.text.startsWith('[topup-doctor] debug:'))
          .map((l) => l.text)
          .join('\n'),
      )
      .toContain('debug: read');
    const debug = logs.filter((l) => l.text.startsWith('[topup-doctor] debug:')).map((l) => l.text);
    expect(debug.join('\n')).toContain('preset "new-api" configured');
    const read = debug.find((l) => l.includes('debug: read')) ?? '';
    // The account was read and printed masked for a public paste: the id travels, the email does not travel
    // at all (the public audience carries no address, not even a masked one: only its label).
    expect(read).toContain('"id":"42"');
    expect(read).toMatch(/"email":"\[[^"\]]+\]"/);
    expect(read).not.toContain('@example.com');
    expect(read).not.toMatch(/sk-[A-Za-z0-9]{20,}/);
    await context.close();
  });

  test("the widget follows the console's stored language and dark mode (new-api i18nextLng, theme-mode)", async () => {
    const context = await browser.context.browser()!.newContext({ viewport: { width: 1280, height: 860 } });
    await prepareContext(context);
    // The user switched the console to English and dark mode; the page's <html lang> still says zh-CN.
    await context.addInitScript(() => {
      localStorage.setItem('i18nextLng', 'en');
      localStorage.setItem('theme-mode', 'dark');
    });
    const page = screenshotOnFailure(await context.newPage(), 'widget-follow-console');
    await page.goto(`${server.origin}/follow`);
    const launcher = page.locator('button.launch');
    await expect.poll(() => launcher.textContent()).toBe('Top-up not credited? Check it');
    expect(await launcher.getAttribute('lang')).toBe('en');
    await launcher.click();
    await expect.poll(() => stepHeading(page)).toBe(tr('en', 'problem.heading'));
    expect(await page.locator('.td').getAttribute('data-theme')).toBe('dark');
    await context.close();
  });

  test('the queued stub mounts two instances; destroy() leaves nothing behind', async () => {
    const { page, errors } = await open('/multi', 'widget-multi');
    await expect.poll(() => hostCount(page)).toBe(2);
    expect(await page.locator('#help button').count()).toBe(1);
    await page.evaluate(() =>
      (window as unknown as { TopupDoctor: (...a: unknown[]) => Promise<void> }).TopupDoctor(
        'open',
        'orders',
      ),
    );
    // Inline: a region inside the orders page, not a modal dialog.
    await expect.poll(() => page.locator('#help section.panel').count()).toBe(1);
    expect(await page.locator('[role=dialog]').count()).toBe(0);
    await saveScreenshot(page, 'widget-en-inline');
    expect(await axeViolations(page)).toEqual([]);
    const events = await page.evaluate(
      () => (window as unknown as { __tdEvents: { instance: string }[] }).__tdEvents,
    );
    expect(events.map((e) => e.instance)).toEqual(['orders']);

    await page.evaluate(() =>
      (window as unknown as { TopupDoctor: (...a: unknown[]) => void }).TopupDoctor('destroy'),
    );
    expect(await hostCount(page)).toBe(0);
    expect(await page.locator('#help').innerHTML()).toBe('');
    expect(await page.evaluate(() => document.querySelectorAll('style').length)).toBe(0);
    expect(await page.evaluate(() => document.body.children.length)).toBe(
      await page.evaluate(
        () => document.body.querySelectorAll(':scope > header, :scope > main, :scope > script').length,
      ),
    );
    expect(errors).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
    await page.context().close();
  });

  test('the custom element mounts inline and goes away with its element', async () => {
    const { page, errors } = await open('/element', 'widget-element');
    await expect.poll(() => page.locator('topup-doctor button').textContent()).toBe('充值没到账？自查一下');
    await page.locator('topup-doctor button').click();
    await expect.poll(() => stepHeading(page)).toBe(tr('zh-CN', 'problem.heading'));
    await page.evaluate(() => document.querySelector('topup-doctor')?.remove());
    expect(await hostCount(page)).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('an inline target is followed across SPA route changes', async () => {
    const { page, errors } = await open('/spa/orders', 'widget-spa');
    await expect.poll(() => page.locator('#help button').count()).toBe(1);
    await page.evaluate(() => (window as unknown as { __route(n: string): void }).__route('home'));
    await expect.poll(() => hostCount(page)).toBe(0);
    await page.evaluate(() => (window as unknown as { __route(n: string): void }).__route('orders'));
    await expect.poll(() => page.locator('#help button').count()).toBe(1);
    await page.locator('#help button').click();
    await expect.poll(() => stepHeading(page)).toBe(tr('en', 'problem.heading'));
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('the extension bridge: only the answer with our nonce is shown', async () => {
    const { page, errors } = await open('/bridge', 'widget-bridge');
    await page.locator('button.launch').click();
    await page.getByRole('button', { name: tr('en', 'problem.paid_not_credited') }).click();
    // Worded from the core catalog with its params; a key this widget does not know, or one missing its
    // params, gets the generic line (never raw braces); the forged answer (other nonce) is nowhere.
    await expect.poll(() => page.locator('.box.warn li').count()).toBe(3);
    const lines = await page.locator('.box.warn li').allTextContents();
    expect(lines[0]).toBe(t('en', { key: 'ext.warn.staleTab', params: { stored: '#7', server: '#42' } }));
    expect(lines.slice(1)).toEqual([tr('en', 'known.extensionOther'), tr('en', 'known.extensionOther')]);
    expect(lines.join(' ')).not.toMatch(/#666|#777|\{/);
    await saveScreenshot(page, 'widget-en-bridge-warning');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('dark theme on a phone: 16px inputs, axe clean, self-resolved event', async () => {
    const { page, errors } = await open('/phone', 'widget-phone', { width: 390, height: 844 });
    const w = (key: Parameters<typeof tr>[1]) => tr('zh-CN', key);
    await page.locator('button.launch').click();
    await saveScreenshot(page, 'widget-zh-CN-phone-dark-problem');
    await page.getByRole('button', { name: w('problem.redeem_not_credited') }).click();
    // The questions, under what the console told.
    await page.locator('[id^="td-q-"]').first().waitFor();
    expect(await stepHeading(page)).toBe(w('known.heading'));
    const sizes = await page
      .locator('input, textarea, select')
      .evaluateAll((els) => els.map((el) => getComputedStyle(el).fontSize));
    expect(sizes.length).toBeGreaterThan(0);
    expect(new Set(sizes)).toEqual(new Set(['16px']));
    await saveScreenshot(page, 'widget-zh-CN-phone-dark-questions');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: w('checks.run') }).click();
    await page.getByRole('button', { name: w('verdict.solved') }).click();
    await expect.poll(() => stepHeading(page)).toBe(w('resolved.heading'));
    const events = await page.evaluate(() => (window as unknown as { __tdEvents: object[] }).__tdEvents);
    expect(events).toEqual([{ type: 'self_resolved', problem: 'redeem_not_credited', instance: 'td1' }]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('the public copy and the email carry only masked values', async () => {
    const { page, errors } = await open('/copy', 'widget-copy');
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    await clickToPreview(page, 'zh-CN', '卡号 6222 0212 3456 7890 128');
    await page.getByRole('button', { name: tr('zh-CN', 'preview.copy') }).click();
    await expect
      .poll(() => page.locator('p[role=status]').last().textContent())
      .toBe(tr('zh-CN', 'preview.copied'));
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('8400');
    // Public: no account id, no email, no full trade number, no card.
    expect(copied).not.toMatch(/alice@example\.com|USR42NOq7Ld2x|6222 0212|3456 7890/);
    const href = await page.getByRole('link', { name: tr('zh-CN', 'preview.email') }).getAttribute('href');
    expect(href).toMatch(/^mailto:support@example\.com\?subject=/);
    expect(decodeURIComponent(href!)).not.toMatch(/USR42NOq7Ld2x|6222 0212|3456 7890/);
    await saveScreenshot(page, 'widget-zh-CN-copied');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('without constructable stylesheets the styles come in a <style> with the operator nonce', async () => {
    const context = await browser.context.browser()!.newContext();
    await prepareContext(context);
    // An older browser: constructable stylesheets missing.
    await context.addInitScript(() => {
      CSSStyleSheet.prototype.replaceSync = () => {
        throw new TypeError('not supported');
      };
    });
    const page = screenshotOnFailure(await context.newPage(), 'widget-nonce');
    await page.goto(`${server.origin}/nonce`);
    await expect
      .poll(() => page.locator('button.launch').evaluate((b) => getComputedStyle(b).backgroundColor))
      .toBe('rgb(11, 87, 208)');
    await page.locator('button.launch').click();
    await expect.poll(() => stepHeading(page)).toBe(tr('en', 'problem.heading'));
    expect(await page.locator('.panel').evaluate((p) => getComputedStyle(p).borderRadius)).toBe('14px');
    expect(await cspViolations(page)).toEqual([]);
    await context.close();
  });
});
