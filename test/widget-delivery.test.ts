// Delivery drills against the built widget and a misbehaving intake (test/harness/faulty-intake.ts):
// three tabs of one site sending at once, a full outbox, a hung endpoint, a tab closed right after Send.
// Each ends with: nothing lost, nothing stored twice, and "sent" shown only when the intake had the key.
import { tr } from '@topup-doctor/sdk/ui';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { type LaunchedBrowser, launchChromium, screenshotOnFailure } from './harness/browser.js';
import { type Fault, type FaultyIntake, faultyIntake } from './harness/faulty-intake.js';
import { OUTBOX_PREFIX, outboxRecords } from './harness/outbox.js';
import {
  consolePage,
  prepareContext,
  startWidgetServer,
  stepHeading,
  type WidgetServer,
} from './harness/widget.js';
import { clickToPreview } from './harness/widget-flow.js';

const w = (key: Parameters<typeof tr>[1]) => tr('zh-CN', key);
const keyOf = (id: string) => `topup-doctor:${id}`;

/** The ticket id the preview shows (the first row of the ticket's fields). */
const previewId = async (page: Page) =>
  ((await page.locator('dl.facts dd').first().textContent()) ?? '').trim();

describe('delivery drills', () => {
  let browser: LaunchedBrowser;
  let server: WidgetServer;
  let intake: FaultyIntake;
  let context: BrowserContext;

  beforeAll(async () => {
    intake = faultyIntake();
    server = await startWidgetServer({
      pages: {
        '/console/topup': consolePage({
          lang: 'zh-CN',
          attrs: { webhook: '/api/tickets', console: 'new-api' },
        }),
      },
      intake: (req, res) => intake.handle(req, res),
    });
    browser = await launchChromium();
  });
  afterAll(async () => {
    intake?.releaseHung();
    await browser?.close();
    await server?.close();
  });
  beforeEach(async () => {
    intake.plan = () => 'ok';
    await context?.close().catch(() => undefined);
    context = await browser.context.browser()!.newContext();
    await prepareContext(context);
  });

  async function preview(name: string, note: string): Promise<{ page: Page; id: string }> {
    const page = screenshotOnFailure(await context.newPage(), name);
    await page.goto(`${server.origin}/console/topup`);
    await clickToPreview(page, 'zh-CN', note);
    const id = await previewId(page);
    expect(id).toMatch(/^TD-/);
    return { page, id };
  }

  /** Waits for "sent" or "not sent"; on "sent" the intake must already hold the key. */
  async function outcome(page: Page, id: string, timeout = 30_000): Promise<'sent' | 'failed'> {
    let heading: string | null = null;
    await expect
      .poll(
        async () => {
          heading = await stepHeading(page);
          return heading === w('sent.heading') || heading === w('failed.heading');
        },
        { timeout },
      )
      .toBe(true);
    if (heading === w('sent.heading')) {
      expect(intake.stored.has(keyOf(id)), `"sent" shown for ${id} before the intake had it`).toBe(true);
      return 'sent';
    }
    return 'failed';
  }

  /** A fresh visit to the site: waits until the outbox is empty and the intake holds every id. */
  async function finalVisit(ids: string[], timeout = 30_000): Promise<void> {
    intake.plan = () => 'ok';
    const page = await context.newPage();
    await page.goto(`${server.origin}/console/topup`);
    await expect.poll(() => outboxRecords(page), { timeout }).toEqual([]);
    for (const id of ids) expect(intake.stored.has(keyOf(id)), `${id} lost`).toBe(true);
    await page.close();
  }

  const storedTimes = (id: string) => [...intake.stored.values()].filter((s) => s.id === id).length;

  test('three tabs send at once through a flaky intake: all arrive once, no false "sent"', async () => {
    // The first POST of every ticket fails (500 or a lost answer), so all three tabs write the outbox
    // while the others do.
    const seen = new Set<string>();
    const faults: Fault[] = ['error500', 'lostAck', 'reset'];
    intake.plan = (key) => {
      if (seen.has(key)) return 'ok';
      seen.add(key);
      return faults[seen.size % faults.length]!;
    };
    const tabs = [];
    for (let i = 0; i < 3; i++) tabs.push(await preview(`three-tabs-${i}`, `第 ${i + 1} 个标签页`));
    await Promise.all(tabs.map(({ page }) => page.getByRole('button', { name: w('preview.send') }).click()));
    const shown = await Promise.all(tabs.map(({ page, id }) => outcome(page, id)));
    expect(shown).toEqual(['sent', 'sent', 'sent']);
    await finalVisit(tabs.map((t) => t.id));
    for (const { id } of tabs) expect(storedTimes(id)).toBe(1);
  });

  test('a full outbox: the new ticket is not queued, the user is told and can copy it; nothing queued is cut', async () => {
    const { page, id } = await preview('full-outbox', '第二十一张');
    // Twenty masked tickets already wait (written the way the outbox writes them).
    await page.evaluate((prefix) => {
      for (let i = 0; i < 20; i++) {
        const tid = `TD-FULL-0000-${String(i).padStart(4, '0')}`;
        const ticket = {
          schemaVersion: 1,
          id: tid,
          idempotencyKey: `topup-doctor:${tid}`,
          createdAt: '2026-12-01T00:00:00.000Z',
          audience: 'support',
          locale: 'zh-CN',
          rulesVersion: 'default-1',
          console: { kind: 'new-api' },
          problem: 'paid_not_credited',
          resolution: 'operator',
          fields: { tradeNo: '…8400' },
          checks: [],
          note: `waiting ${i}`,
          masked: [],
        };
        const entry = {
          endpoint: '/api/tickets',
          ticket,
          attempts: 1,
          queuedAt: i,
          nextAt: Date.now() + 3600_000,
        };
        localStorage.setItem(`${prefix}v2:topup-doctor:${tid}`, JSON.stringify(entry));
      }
    }, OUTBOX_PREFIX);
    await context.setOffline(true);
    await page.getByRole('button', { name: w('preview.send') }).click();
    expect(await outcome(page, id)).toBe('failed');
    await expect.poll(() => page.locator('p.bad').textContent()).toBe(w('failed.notSaved'));
    await expect(page.getByRole('button', { name: w('failed.copy') }).isVisible()).resolves.toBe(true);
    const records = await outboxRecords(page);
    expect(records).toHaveLength(20);
    expect(records.some((r) => r.entry.ticket.id === id)).toBe(false);
    await context.setOffline(false);
    await page.close();
    const queued = Array.from({ length: 20 }, (_, i) => `TD-FULL-0000-${String(i).padStart(4, '0')}`);
    await finalVisit(queued);
  });

  test('a hung intake: "Sending…" ends within the budget, the ticket is queued (not "sent") and arrives later', async () => {
    intake.plan = () => 'hang';
    const { page, id } = await preview('hung-intake', '接口一直不返回');
    const started = Date.now();
    await page.getByRole('button', { name: w('preview.send') }).click();
    expect(await outcome(page, id, 25_000)).toBe('failed');
    expect(Date.now() - started).toBeLessThan(22_000);
    await expect.poll(() => page.locator('p.bad').textContent()).toBe(w('failed.queued'));
    const records = await outboxRecords(page);
    expect(records.map((r) => r.entry.ticket.id)).toEqual([id]);
    expect(intake.stored.has(keyOf(id))).toBe(false);
    intake.releaseHung();
    await page.close();
    await finalVisit([id]);
    expect(storedTimes(id)).toBe(1);
  }, 90_000);

  test('a tab closed right after Send: the next visit delivers the ticket, once', async () => {
    // The request that left with the closing tab is cut (a reset), so only the outbox can deliver it.
    let first = true;
    intake.plan = () => {
      const fault: Fault = first ? 'reset' : 'ok';
      first = false;
      return fault;
    };
    const { page, id } = await preview('closed-after-send', '点完发送马上关了页面');
    await page.getByRole('button', { name: w('preview.send') }).click();
    await page.close();
    await finalVisit([id]);
    expect(storedTimes(id)).toBe(1);
    // Another visit sends nothing more.
    const before = intake.posts.length;
    const again = await context.newPage();
    await again.goto(`${server.origin}/console/topup`);
    await again.waitForTimeout(1_000);
    expect(intake.posts.length).toBe(before);
  });
});
