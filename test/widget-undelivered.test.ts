// A ticket refused in the background is kept and shown: sent while offline (queued), the tab closed, the
// next visit's flush meets an intake that refuses it for good (422); the outbox keeps it as `refused`.
// When the user next opens the widget, the first step says a report did not get through, shows it on
// request with what happened in words, copies the masked report, links the operator's email, and removes
// it when the user says so.
import type { Locale } from '@topup-doctor/sdk/core';
import { tr } from '@topup-doctor/sdk/ui';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  type LaunchedBrowser,
  launchChromium,
  saveScreenshot,
  screenshotOnFailure,
} from './harness/browser.js';
import { outboxRecords } from './harness/outbox.js';
import {
  axeViolations,
  consolePage,
  cspViolations,
  prepareContext,
  startWidgetServer,
  stepHeading,
  type WidgetServer,
} from './harness/widget.js';
import { clickToPreview } from './harness/widget-flow.js';

const NOTE = '卡号 6222 0212 3456 7890 128，到账没有';

describe('a ticket refused in the background', () => {
  let browser: LaunchedBrowser;
  let server: WidgetServer;
  const refused: string[] = [];

  beforeAll(async () => {
    server = await startWidgetServer({
      pages: {
        '/console/topup': consolePage({
          lang: 'zh-CN',
          attrs: { webhook: '/api/tickets', console: 'new-api', mailto: 'support@example.com' },
        }),
        '/en/console/topup': consolePage({
          lang: 'en',
          attrs: { webhook: '/api/tickets', console: 'new-api', mailto: 'support@example.com' },
        }),
      },
      // An intake that refuses every ticket for good (as for a ticket it can never accept).
      intake: async (req, res) => {
        for await (const _ of req) {
          // drain the body
        }
        refused.push(String(req.headers['idempotency-key'] ?? ''));
        res.writeHead(422, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: 'invalid_ticket' }));
      },
    });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const [locale, path] of [
    ['zh-CN', '/console/topup'],
    ['en', '/en/console/topup'],
  ] as [Locale, string][]) {
    test(`is shown when the widget opens next, to copy, email or remove (${locale})`, async () => {
      const w = (key: Parameters<typeof tr>[1]) => tr(locale, key);
      const context = await browser.context.browser()!.newContext();
      await prepareContext(context);
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
      const page = screenshotOnFailure(await context.newPage(), `widget-undelivered-${locale}`);
      await page.goto(`${server.origin}${path}`);
      await clickToPreview(page, locale, NOTE);
      await context.setOffline(true);
      await page.getByRole('button', { name: w('preview.send') }).click();
      await expect.poll(() => stepHeading(page)).toBe(w('failed.heading'));
      const [record] = await outboxRecords(page);
      const key = record!.entry.ticket.idempotencyKey;
      await page.close();

      // The next visit: the loader's flush meets the refusal; the outbox keeps the ticket as refused.
      await context.setOffline(false);
      const next = screenshotOnFailure(await context.newPage(), `widget-undelivered-next-${locale}`);
      const errors: string[] = [];
      next.on('pageerror', (e) => errors.push(e.message));
      await next.goto(`${server.origin}${path}`);
      await expect.poll(() => refused.includes(key), { timeout: 15_000 }).toBe(true);
      await expect
        .poll(async () => (await outboxRecords(next)).map((r) => r.entry.state))
        .toEqual(['refused']);

      await next.locator('button.launch').click();
      await expect.poll(() => stepHeading(next)).toBe(w('problem.heading'));
      await expect.poll(() => next.getByText(w('undelivered.notice')).count()).toBe(1);
      await next.getByRole('button', { name: w('undelivered.show') }).click();
      await expect.poll(() => next.getByText(w('undelivered.refused')).count()).toBe(1);
      await saveScreenshot(next, `widget-${locale}-undelivered`);
      expect(await axeViolations(next)).toEqual([]);

      await next.getByRole('button', { name: w('undelivered.copy') }).click();
      await expect.poll(() => next.getByText(w('undelivered.copied')).count()).toBe(1);
      const copied = await next.evaluate(() => navigator.clipboard.readText());
      expect(copied).toContain(record!.entry.ticket.id);
      expect(copied).not.toMatch(/6222 0212 3456|USR42NOq7Ld2x/);
      const mail = await next.getByRole('link', { name: w('preview.email') }).getAttribute('href');
      expect(mail).toMatch(/^mailto:support@example\.com\?/);
      expect(mail).not.toMatch(/6222|USR42NOq7Ld2x/);

      await next.getByRole('button', { name: w('undelivered.forget') }).click();
      await expect.poll(() => outboxRecords(next)).toEqual([]);
      await expect.poll(() => next.getByText(w('undelivered.forgotten')).count()).toBe(1);
      // The problem choices are still there, below.
      await expect
        .poll(() => next.getByRole('button', { name: w('problem.paid_not_credited') }).count())
        .toBe(1);
      expect(errors).toEqual([]);
      expect(await cspViolations(next)).toEqual([]);
      await context.close();
    });
  }
});
