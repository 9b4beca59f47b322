// Delivery that survives the network: offline at send, the tab closed, the next visit delivers the
// masked ticket from the outbox exactly once; a flaky intake (503) is retried with the same
// idempotency key and the ticket is accepted once.
import { tr } from '@topup-doctor/sdk/ui';
import { describe, expect, test } from 'vitest';
import { saveScreenshot, screenshotOnFailure } from './harness/browser.js';
import { outboxRecords } from './harness/outbox.js';
import { consolePage, cspViolations, prepareContext, stepHeading } from './harness/widget.js';
import { clickToPreview } from './harness/widget-flow.js';
import { widgetServerAndBrowser } from './harness/with-browser.js';

const NOTE = '卡号 6222 0212 3456 7890 128，手机 13812345678';

describe('webhook delivery with the outbox', () => {
  const env = widgetServerAndBrowser({
    pages: {
      '/console/topup': consolePage({
        lang: 'zh-CN',
        attrs: { webhook: '/api/tickets', console: 'new-api' },
      }),
    },
  });

  test('offline at send, tab closed, next visit: the ticket arrives exactly once', async () => {
    const context = await env.browser.context.browser()!.newContext();
    await prepareContext(context);
    const page = screenshotOnFailure(await context.newPage(), 'widget-outbox');
    await page.goto(`${env.server.origin}/console/topup`);
    await clickToPreview(page, 'zh-CN', NOTE);

    await context.setOffline(true);
    await page.getByRole('button', { name: tr('zh-CN', 'preview.send') }).click();
    await expect.poll(() => stepHeading(page)).toBe(tr('zh-CN', 'failed.heading'));
    await expect.poll(() => page.locator('p.bad').textContent()).toBe(tr('zh-CN', 'failed.queued'));
    await saveScreenshot(page, 'widget-zh-CN-8-not-sent');
    // Only the masked ticket waits in the browser.
    const records = await outboxRecords(page);
    expect(records).toHaveLength(1);
    expect(records[0]!.raw).not.toMatch(/6222 0212|13812345678|USR42NOq7Ld2x/);
    const key = records[0]!.entry.ticket.idempotencyKey;
    expect(env.server.posts.filter((p) => p.key === key)).toHaveLength(0);
    expect(await cspViolations(page)).toEqual([]);
    await page.close();

    await context.setOffline(false);
    const next = await context.newPage();
    await next.goto(`${env.server.origin}/console/topup`);
    await expect.poll(() => env.server.accepted.has(key), { timeout: 10_000 }).toBe(true);
    await expect.poll(() => outboxRecords(next)).toEqual([]);
    // The outbox flush fetched only the outbox chunk, not the panel.
    expect(env.server.requests.some((r) => r.path === '/sdk/topup-doctor-outbox.js')).toBe(true);

    const before = env.server.requests.length;
    await next.reload();
    await next.waitForLoadState('networkidle');
    await next.waitForTimeout(500);
    expect(env.server.posts.filter((p) => p.key === key)).toHaveLength(1);
    expect(env.server.requests.slice(before).some((r) => r.path.includes('topup-doctor-outbox'))).toBe(false);
    await context.close();
  });

  test('a flaky intake (503) is retried with the same key and accepts the ticket once', async () => {
    const context = await env.browser.context.browser()!.newContext();
    await prepareContext(context);
    const page = screenshotOnFailure(await context.newPage(), 'widget-retry');
    await page.goto(`${env.server.origin}/console/topup`);
    await clickToPreview(page, 'zh-CN', '第二次付款');
    env.server.failNext = 1;
    const before = env.server.posts.length;
    await page.getByRole('button', { name: tr('zh-CN', 'preview.send') }).click();
    await expect.poll(() => stepHeading(page), { timeout: 10_000 }).toBe(tr('zh-CN', 'sent.heading'));
    const posts = env.server.posts.slice(before);
    expect(posts).toHaveLength(2);
    expect(posts[0]!.key).toBe(posts[1]!.key);
    expect(env.server.accepted.get(posts[0]!.key)).toBeDefined();
    expect(await outboxRecords(page)).toEqual([]);
    await context.close();
  });
});
