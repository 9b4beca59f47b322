// A console without an orders list (new-api's early-2025 builds answer /api/user/topup/self with 404; one-api
// has no payment of its own, so none either), through the real widget in zh-CN and en: the known step says the console has no orders
// list and what to have ready, instead of "orders: nothing recent" beside "could not read: orders"; the
// questions ask for the amount, time, method and receipt tail; nothing points at an orders page.
import { type Locale, msg, t } from '@topup-doctor/sdk/core';
import { tr } from '@topup-doctor/sdk/ui';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type LaunchedBrowser, launchChromium, screenshotOnFailure } from './harness/browser.js';
import {
  consolePage,
  ONE_API_STORAGE,
  prepareContext,
  startWidgetServer,
  stepHeading,
  type WidgetServer,
} from './harness/widget.js';

let browser: LaunchedBrowser;
const servers: Partial<Record<'new-api' | 'one-api', WidgetServer>> = {};

beforeAll(async () => {
  for (const kind of ['new-api', 'one-api'] as const) {
    const page = (lang: Locale) =>
      consolePage({ lang, attrs: { webhook: '/api/tickets', console: kind, locale: lang } });
    servers[kind] = await startWidgetServer({
      pages: { '/zh-CN/console/topup': page('zh-CN'), '/en/console/topup': page('en') },
      console: kind,
      absent: kind === 'new-api' ? ['/api/user/topup/self'] : [],
    });
  }
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await servers['new-api']?.close();
  await servers['one-api']?.close();
});

for (const [kind, locale] of [
  ['new-api', 'zh-CN'],
  ['new-api', 'en'],
  ['one-api', 'zh-CN'],
  ['one-api', 'en'],
] as const) {
  test(`${kind === 'new-api' ? 'new-api early 2025' : 'one-api'}, ${locale}: no orders list is said, the payment's details are asked, no orders page is pointed at`, async () => {
    const w = (key: Parameters<typeof tr>[1], params?: Record<string, string>) => tr(locale, key, params);
    const context = await browser.context.browser()!.newContext({ viewport: { width: 1280, height: 860 } });
    await prepareContext(context, kind === 'one-api' ? ONE_API_STORAGE : undefined);
    const page = screenshotOnFailure(await context.newPage(), `widget-no-orders-${kind}-${locale}`);
    const server = servers[kind]!;
    const dialogText = async () => (await page.locator('[role=dialog]').textContent()) ?? '';
    /** Links inside the widget to an orders or history page (there is none on this console). */
    const orderLinks = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('div')].flatMap((host) =>
          [...(host.shadowRoot?.querySelectorAll('a[href]') ?? [])]
            .map((a) => a.getAttribute('href') ?? '')
            .filter((href) => /order|history|topup/i.test(href)),
        ),
      );
    await page.goto(`${server.origin}/${locale}/console/topup`);
    await page.locator('button.launch').click();
    await page.getByRole('button', { name: w('problem.paid_not_credited') }).click();
    await expect.poll(() => page.locator('dl.facts').count()).toBeGreaterThan(0);

    const known = await dialogText();
    expect(known).toContain(w('known.noOrdersList'));
    const notReadOrders = w('known.notRead', { parts: w('part.orders') });
    expect(known).not.toContain(notReadOrders);
    expect(known.includes(w('known.none')) && known.includes(w('known.notRead', { parts: '' }).trim())).toBe(
      false,
    );
    expect(await orderLinks()).toEqual([]);

    // The questions are on the same step, under what the console told.
    for (const field of ['paidAmount', 'paidAt', 'method', 'tradeNoTail'])
      await expect(page.locator(`#td-q-${field}`).isVisible(), field).resolves.toBe(true);
    await page.locator('#td-q-tradeNoTail').fill('8400');
    await page.getByRole('button', { name: w('checks.run') }).click();
    await expect.poll(() => stepHeading(page)).toBe(w('checks.heading'));

    const verdict = await dialogText();
    expect(verdict).not.toContain(t(locale, msg('step.openOrders')));
    expect(verdict).not.toContain(notReadOrders);
    expect(await orderLinks()).toEqual([]);
    await context.close();
  });
}
