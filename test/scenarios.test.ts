// The scenario table (demo/src/scenarios/table.ts) walked through the real widget in Debian Chromium, on
// the new-api demo and the sub2api-shaped console, in zh-CN and en: for each row the cause named on the
// verdict screen, the first next step, whether a ticket is offered and, when it is, the ticket the intake
// received (masked). One browser for all rows, a fresh context (locale, Asia/Shanghai) per row; the demo's
// clock is pinned, and console pages follow it (demo/clock.js), so "40 minutes ago" is the same every run.
// Needs the built sdk (pnpm test:browser builds it). The in-process twin of the same rows:
// demo/src/scenarios/twin.test.ts.
import { mismatches, ROWS } from '@topup-doctor/demo';
import { tr } from '@topup-doctor/sdk/ui';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CHROMIUM_FLAGS, chromiumPath, saveScreenshot } from './harness/browser.js';
import { startTestDemo, supportGet, type TestDemo } from './harness/demo.js';
import { walkRow } from './harness/scenario-walk.js';

const NOW = Date.parse('2026-11-20T08:00:00Z');

let demo: TestDemo;
let browser: Browser;

beforeAll(async () => {
  demo = await startTestDemo({ now: () => NOW });
  browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_FLAGS });
});
afterAll(async () => {
  await browser?.close();
  await demo?.close();
});

describe('scenario table in the browser', () => {
  test.each(ROWS.map((r) => [`${r.locale} · ${r.id}`, r] as const))(
    '%s',
    async (_, row) => {
      const context = await browser.newContext({
        locale: row.locale,
        timezoneId: 'Asia/Shanghai',
        viewport: { width: 1280, height: 800 },
      });
      try {
        const { setup, seen } = await walkRow(
          context,
          { main: demo.origin, sub2api: demo.sub2apiOrigin },
          row,
          (page, name) => saveScreenshot(page, name),
        );
        expect(mismatches(row, setup, seen)).toEqual([]);
      } finally {
        await context.close();
      }
    },
    90_000,
  );
});

// The inbox's self-check counters count every console the intake serves: the sub2api-shaped console
// (its own origin) forwards its widget's events like the new-api one (demo/static/widget-events.js).
test("the sub2api-shaped console's self-checks reach the intake's counters", async () => {
  type Summary = { opened: number; problem_chosen: number };
  const summary = async () => (await supportGet(demo.origin, '/api/events/summary')) as Summary;
  const before = await summary();
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    await page.goto(`${demo.sub2apiOrigin}/login`);
    await page.click('.s2-fill');
    await page.click('#s2-login-submit');
    await page.waitForURL('**/purchase');
    await page.goto(`${demo.sub2apiOrigin}/orders`);
    await page.locator('button.launch').click();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: tr('zh-CN', 'problem.paid_not_credited') })
      .click();
    await expect
      .poll(async () => {
        const now = await summary();
        return [now.opened - before.opened, now.problem_chosen - before.problem_chosen];
      })
      .toEqual([1, 1]);
  } finally {
    await context.close();
  }
}, 60_000);
