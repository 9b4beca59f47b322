// The widget in a New-API-like console served with `Content-Security-Policy: script-src 'self';
// style-src 'self'`: a keyboard-only run from the launcher to a sent ticket in zh-CN and en, with
// screenshots and an axe-core check of every step, a hostile username shown as text, no CSP violation,
// events without personal data, and the launcher's start and click-to-interactive times measured.
import type { Locale } from '@topup-doctor/sdk/core';
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
  focused,
  prepareContext,
  startWidgetServer,
  stepHeading,
  tabTo,
  type WidgetServer,
} from './harness/widget.js';

const HOSTILE = '<img src=x onerror=alert(1)>';
const ATTRS = {
  webhook: '/api/tickets',
  console: 'new-api',
  mailto: 'support@example.com',
  rules: JSON.stringify({ contacts: [{ kind: 'email', value: 'support@example.com' }] }),
};
const EVENTS_JS = `window.__tdEvents = [];
for (const name of ['opened', 'problem_chosen', 'self_resolved', 'ticket_sent', 'ticket_failed'])
  TopupDoctor('on', name, (event) => window.__tdEvents.push(event));`;
const STUB_JS = `window.TopupDoctor = window.TopupDoctor || function () { (TopupDoctor.q = TopupDoctor.q || []).push(arguments); };`;
const PATHS: Record<Locale, string> = { 'zh-CN': '/console/topup', en: '/en/console/topup' };

describe('the widget under a strict CSP', () => {
  let browser: LaunchedBrowser;
  let server: WidgetServer;

  beforeAll(async () => {
    const page = (lang: Locale) =>
      consolePage({
        lang,
        attrs: ATTRS,
        before: ['/stub.js', '/events.js'],
        main: '<p>Balance, orders…</p>',
      });
    server = await startWidgetServer({
      pages: { [PATHS['zh-CN']]: page('zh-CN'), [PATHS.en]: page('en') },
      scripts: { '/events.js': EVENTS_JS, '/stub.js': STUB_JS },
    });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function newPage(name: string): Promise<{ page: Page; problems: string[] }> {
    const context = await browser.context.browser()!.newContext({ viewport: { width: 1280, height: 860 } });
    await prepareContext(context);
    const page = screenshotOnFailure(await context.newPage(), name);
    const problems: string[] = [];
    page.on('dialog', (d) => {
      problems.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console: ${m.text()}`);
    });
    return { page, problems };
  }

  for (const locale of ['zh-CN', 'en'] as const) {
    test(`keyboard only, from the launcher to a sent ticket (${locale})`, async () => {
      const w = (key: Parameters<typeof tr>[1]) => tr(locale, key);
      const { page, problems } = await newPage(`widget-keyboard-${locale}`);
      const shot = async (step: string) => {
        await saveScreenshot(page, `widget-${locale}-${step}`);
        expect(await axeViolations(page), `axe at ${step}`).toEqual([]);
      };
      const before = server.requests.length;
      await page.goto(`${server.origin}${PATHS[locale]}`);
      // No widget request before the user shows intent: the loader vouched for the attributes itself (no
      // config check fetched), and neither the panel nor the console's API is asked for.
      await page.waitForLoadState('networkidle');
      const widgetRequests = () =>
        server.requests
          .slice(before)
          .filter((r) => /^\/(sdk\/|api\/)/.test(r.path) && r.path !== '/sdk/topup-doctor.js');
      expect(widgetRequests()).toEqual([]);

      await tabTo(page, (f) => f.inWidget && f.tag === 'button');
      expect(await page.locator('button.launch').getAttribute('aria-haspopup')).toBe('dialog');
      // Keyboard focus on the launcher is intent: the panel and the chunks it imports are fetched together.
      await expect
        .poll(() => widgetRequests().map((r) => r.path.replace(/chunk-\w+/, 'chunk')))
        .toContain('/sdk/topup-doctor-panel.js');
      expect(widgetRequests().some((r) => r.path.includes('/api/'))).toBe(false);
      await shot('1-launcher');
      await page.keyboard.press('Enter');
      await expect.poll(() => focused(page)).toMatchObject({ id: 'td-step', text: w('problem.heading') });
      await shot('2-problem');
      // Focus is trapped: Shift+Tab past the first control (close) wraps to the last one, Tab wraps back.
      await tabTo(page, (f) => f.tag === 'button' && f.text === '×', 5, 'Shift+Tab');
      await page.keyboard.press('Shift+Tab');
      expect(await focused(page)).toMatchObject({ inWidget: true, text: w('problem.duplicate_or_refund') });
      await page.keyboard.press('Tab');
      expect(await focused(page)).toMatchObject({ inWidget: true, text: '×' });

      await tabTo(page, (f) => f.text === w('problem.paid_not_credited'));
      await page.keyboard.press('Enter');
      await expect.poll(() => stepHeading(page)).toBe(w('known.heading'));
      // The console's data arrives; the hostile username is text, never markup.
      await expect.poll(() => page.locator('dl.facts').first().textContent()).toContain(HOSTILE);
      expect(await page.locator('img').count()).toBe(0);
      await shot('3-known');

      // Below what the console told, on the same step: answer only what is missing: the receipt's last 4 picks the pending order (trade_no ...8400).
      await tabTo(page, (f) => f.id === 'td-q-tradeNoTail');
      await page.keyboard.type('8400');
      await shot('4-questions');
      await tabTo(page, (f) => f.text === w('checks.run'));
      await page.keyboard.press('Enter');

      await expect.poll(() => stepHeading(page)).toBe(w('checks.heading'));
      await shot('5-result');
      // To a ticket: 'send to support' on an operator verdict, 'still not credited' on a self-help one.
      await tabTo(page, (f) => f.text === w('verdict.send') || f.text === w('verdict.notSolved'));
      await page.keyboard.press('Enter');

      await expect.poll(() => stepHeading(page)).toBe(w('preview.heading'));
      await tabTo(page, (f) => f.id === 'td-note');
      await page.keyboard.type(
        locale === 'zh-CN'
          ? '我的卡号 6222 0212 3456 7890 128，付了两次'
          : 'My card 6222 0212 3456 7890 128, paid twice',
      );
      // The note masks while typing and says what it masked.
      await expect
        .poll(() => page.locator('#td-note-masked').textContent())
        .toContain(w('mask.kind.bank_card'));
      expect(await page.locator('#td-note').inputValue()).not.toContain('6222 0212 3456 7890');
      await shot('6-preview');
      await tabTo(page, (f) => f.text === w('preview.send'));
      await page.keyboard.press('Enter');

      await expect.poll(() => stepHeading(page)).toBe(w('sent.heading'));
      await shot('7-sent');
      const accepted = [...server.accepted.values()].filter((t) => t.body.locale === locale);
      expect(accepted).toHaveLength(1);
      const ticket = accepted[0]!;
      expect(ticket.header).toBe(ticket.key);
      expect(await page.locator('p.done').textContent()).toContain(String(ticket.body.id));
      const sent = JSON.stringify(ticket.body);
      expect(sent).not.toMatch(/6222\s?0212|3456\s?7890/);
      expect(sent).not.toContain('USR42NOq7Ld2x1767398400');
      expect(ticket.body.problem).toBe('paid_not_credited');

      // Escape closes the dialog and focus returns to the launcher.
      await page.keyboard.press('Escape');
      await expect.poll(() => focused(page)).toMatchObject({ tag: 'button', inWidget: true });

      const events = await page.evaluate(() => (window as unknown as { __tdEvents: object[] }).__tdEvents);
      expect(events.map((e) => (e as { type: string }).type)).toEqual([
        'opened',
        'problem_chosen',
        'ticket_sent',
      ]);
      for (const e of events) {
        expect(
          Object.keys(e).every((k) => ['type', 'instance', 'problem', 'transport', 'code'].includes(k)),
        ).toBe(true);
      }
      expect(await cspViolations(page)).toEqual([]);
      expect(problems).toEqual([]);
      await page.context().close();
    });
  }

  test('launcher start and click-to-interactive, measured in Chromium', async () => {
    const { page, problems } = await newPage('widget-timing');
    const cdpBrowser = browser.context.browser()!;
    await cdpBrowser.startTracing(page, { categories: ['devtools.timeline', 'v8'] });
    await page.goto(`${server.origin}${PATHS['zh-CN']}`);
    await page.waitForFunction(() =>
      [...document.querySelectorAll('div')].some((d) => d.shadowRoot?.querySelector('button')),
    );
    const trace = JSON.parse((await cdpBrowser.stopTracing()).toString('utf8')) as {
      traceEvents: { name: string; dur?: number; args?: { data?: { url?: string } } }[];
    };
    const loaderTasks = trace.traceEvents.filter(
      (e) =>
        (e.name === 'EvaluateScript' || e.name === 'v8.compile') &&
        e.args?.data?.url?.endsWith('/topup-doctor.js'),
    );
    expect(loaderTasks.length).toBeGreaterThan(0);
    const startMs = loaderTasks.reduce((sum, e) => sum + (e.dur ?? 0), 0) / 1000;

    const openMs = await page.evaluate(
      () =>
        new Promise<number>((done) => {
          const host = [...document.querySelectorAll('div')].find((d) =>
            d.shadowRoot?.querySelector('button'),
          )!;
          const root = host.shadowRoot!;
          const t0 = performance.now();
          root.querySelector('button')!.click();
          const poll = () => {
            if (root.activeElement?.id === 'td-step') done(performance.now() - t0);
            else requestAnimationFrame(poll);
          };
          poll();
        }),
    );
    console.log(
      `[widget timing] launcher start (main thread, EvaluateScript+compile of topup-doctor.js): ${startMs.toFixed(2)} ms; ` +
        `click to interactive dialog (panel fetched, rendered, heading focused): ${openMs.toFixed(1)} ms`,
    );
    expect(startMs).toBeLessThan(50);
    expect(openMs).toBeLessThan(2000);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
