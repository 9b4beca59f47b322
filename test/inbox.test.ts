// The support inbox in a real Chromium, on a phone and on a desktop: log in with the keyboard, search by a
// masked tail, open a ticket, copy a masked reference, set status, assignee and conclusion, add a note, see
// the history, switch to English and another time zone (words and times follow the agent), read the
// self-check numbers and export CSV. Every page is axe-clean, shows no CSP violation, and nothing is wider
// than the phone's screen.
import {
  Client,
  type IntakeHarness,
  startTestIntake,
  TEST_AGENT,
  ticketFixture,
} from '@topup-doctor/intake/testing';
import { msg, t } from '@topup-doctor/sdk/core';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  type LaunchedBrowser,
  launchChromium,
  saveScreenshot,
  screenshotOnFailure,
} from './harness/browser.js';
import { axeViolations } from './harness/widget.js';

let h: IntakeHarness;
let browser: LaunchedBrowser;

beforeAll(async () => {
  h = await startTestIntake('pglite', { config: { sessionHours: 24 * 365 } });
  const c = new Client(() => h.origin);
  const base = ticketFixture(0);
  const tickets = [
    ticketFixture(1, {
      problem: 'paid_not_credited',
      reason: 'other_account',
      locale: 'zh-CN',
      fields: {
        ...base.fields,
        username: 'dave',
        tradeNo: '…4242',
        paymentMethod: 'wxpay',
        currency: 'CNY',
        amount: 73,
      },
      console: { kind: 'new-api', origin: 'https://gw.example.com' },
    }),
    ticketFixture(2, {
      problem: 'redeem_not_credited',
      reason: 'used',
      fields: { username: 'carol', accountId: '3', redeemCode: 'ab…9f3e' },
    }),
    ticketFixture(3, {
      problem: 'paid_not_credited',
      reason: 'other_account',
      fields: {
        ...base.fields,
        username: 'erin',
        tradeNo: '…5353',
        paymentMethod: 'wxpay',
        currency: 'CNY',
        amount: 73,
      },
    }),
    ...Array.from({ length: 26 }, (_, i) => ticketFixture(10 + i)),
  ];
  for (const t of tickets) {
    h.clock.now += 60_000;
    const res = await c.request('/api/tickets', { method: 'POST', json: t });
    if (res.status !== 201) throw new Error(`seeding ticket ${t.id}: HTTP ${res.status}`);
  }
  for (const type of ['opened', 'opened', 'problem_chosen', 'self_resolved']) {
    await c.request('/api/events', {
      method: 'POST',
      json: { type, ...(type === 'opened' ? {} : { problem: 'paid_not_credited' }) },
    });
  }
  browser = await launchChromium();
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await h?.close();
});

async function expectClean(page: Page, where: string, phone: boolean): Promise<void> {
  expect(await axeViolations(page), `axe on ${where}`).toEqual([]);
  if (phone) {
    const wide = await page.evaluate(() => {
      const over = [...document.querySelectorAll('body *')]
        .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 0.5)
        .map(
          (el) =>
            `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} ${Math.round(el.getBoundingClientRect().right)}`,
        );
      const f = document.querySelector('#filters');
      return over.length && f
        ? [
            ...over.slice(0, 6),
            `filters ${f.getBoundingClientRect().width} ${getComputedStyle(f).gridTemplateColumns}`,
          ]
        : over;
    });
    expect(wide, `wider than the screen on ${where}`).toEqual([]);
  }
}

describe.each([
  {
    name: 'phone',
    viewport: { width: 390, height: 844 },
    phone: true,
    id: 'TD-0000-0000-0001',
    tail: '4242',
  },
  {
    name: 'desktop',
    viewport: { width: 1280, height: 800 },
    phone: false,
    id: 'TD-0000-0000-0003',
    tail: '5353',
  },
])('inbox on a $name', ({ name, viewport, phone, id, tail }) => {
  test('log in, find, work and close a ticket; words and times follow the agent', async () => {
    const context = await browser.context.browser()!.newContext({ viewport, timezoneId: 'Asia/Shanghai' });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: h.origin });
    const page = screenshotOnFailure(await context.newPage(), `inbox-${name}`);
    const csp: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) csp.push(m.text());
    });
    try {
      // Login with the keyboard only.
      await page.goto(`${h.origin}/inbox?problem=`);
      expect(new URL(page.url()).pathname).toBe('/inbox/login');
      await expectClean(page, 'login', phone);
      await page.keyboard.type(TEST_AGENT.username); // the username field has focus
      await page.keyboard.press('Tab');
      await page.keyboard.type(TEST_AGENT.password);
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/inbox\?problem=$/);
      await expect.poll(() => page.locator('#list-title').textContent()).toContain('共 29 条，第 1 / 2 页');
      expect(await page.locator('#zone-note').textContent()).toContain('Asia/Shanghai (UTC+8)');
      expect(await page.locator('#stat-opened').textContent()).toBe('2');
      await expectClean(page, 'list', phone);
      await saveScreenshot(page, `inbox-${name}-list`);
      await page.getByRole('link', { name: '下一页' }).click();
      await expect.poll(() => page.locator('.ticket-row').count()).toBe(4);

      // Search by the masked order number's tail.
      await page.getByLabel('搜索').fill(tail);
      await page.getByLabel('搜索').press('Enter');
      await expect.poll(() => page.locator('.ticket-row').count()).toBe(1);
      const row = page.locator('.ticket-row').first();
      expect(await row.textContent()).toContain('已付款，余额没到账');
      expect(await row.textContent()).toContain(`…${tail}`);
      await row.getByRole('link').click();

      // The ticket: words, not codes; times in the agent's zone; a masked reference to copy.
      await page.waitForURL(new RegExp(`/inbox/tickets/${id}$`));
      const main = (await page.locator('main').textContent()) ?? '';
      expect(main).toContain('微信支付');
      expect(main).not.toMatch(/\bwxpay\b/);
      expect(main).toContain('待支付'); // the widget words the status (buildTicket), no raw code
      expect(main).toContain('¥73.00');
      expect(main).toContain('UTC+8');
      expect(main).toContain('自查判断需要运营方查后台记录');
      await expectClean(page, 'detail', phone);
      await page.getByRole('button', { name: '复制: 订单号（脱敏）' }).click();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`…${tail}`);

      // Work it: status, assignee, conclusion; a note with a pasted card is masked.
      await page.getByLabel('状态', { exact: true }).selectOption('in_progress');
      await page.getByLabel('处理人').selectOption({ label: TEST_AGENT.username });
      await page.getByLabel('最终结论').selectOption('credited_other_account');
      await page.getByLabel('结论说明（内部可见）').fill('付款时登录的是另一个账号');
      await page.getByRole('button', { name: '保存' }).click();
      await expect.poll(() => page.locator('#status-saved').textContent()).toBe('状态已保存');
      await page.getByLabel('备注内容（只有客服能看到）').fill('用户发来卡号 6222 0212 3456 7890 128');
      await page.getByRole('button', { name: '添加备注' }).click();
      await expect.poll(() => page.locator('#notes').textContent()).toContain('用户发来卡号');
      expect(await page.locator('#notes').textContent()).not.toContain('6222 0212 3456 7890 128');
      const audit = (await page.locator('#audit').textContent()) ?? '';
      expect(audit).toContain('状态：新工单 → 处理中');
      expect(audit).toContain(`处理人：无 → ${TEST_AGENT.username}`);
      expect(audit).toContain('结论：已到账，但在另一个账号');
      expect(audit).toContain('添加了备注');
      await expectClean(page, 'detail after work', phone);
      await saveScreenshot(page, `inbox-${name}-detail`);

      // Numbers and CSV.
      await page.getByRole('link', { name: '自查数据' }).click();
      expect(await page.locator('#stats-opened').textContent()).toBe('2');
      expect(await page.locator('#stats-rate').textContent()).toBe('100%');
      await expectClean(page, 'stats', phone);
      const csv = await page.request.get(`${h.origin}/api/tickets/export.csv?q=${tail}`);
      expect(csv.headers()['content-type']).toContain('text/csv');
      expect(await csv.text()).toContain(`…${tail}`);

      // English and another zone: the same ticket in the agent's words and time.
      await page.getByRole('link', { name: '我的设置' }).click();
      await page.getByLabel('界面和证据语言').selectOption('en');
      await page.getByLabel('时区（IANA 名称，如 Asia/Shanghai）').fill('Europe/Berlin');
      await page.getByRole('button', { name: '保存设置' }).click();
      await expect.poll(() => page.locator('#account-message').textContent()).toBe('Settings saved.');
      await page.goto(`${h.origin}/inbox/tickets/${id}`);
      const en = (await page.locator('main').textContent()) ?? '';
      expect(en).toContain(t('en', msg('problem.paid_not_credited')));
      expect(en).toContain(t('en', msg('method.wxpay')));
      expect(en).toContain('UTC+1');
      // A ticket the widget built (schema 2) has its evidence worded in the agent's language, not the user's.
      expect(en).toContain('Waited 20 min');
      expect(await page.locator('#evidence-original').count()).toBe(0);
      await expectClean(page, 'detail in English', phone);
      // Back to zh-CN for the next viewport's run.
      await page.goto(`${h.origin}/inbox/account`);
      await page.getByLabel('Language of the inbox and the evidence').selectOption('zh-CN');
      await page.getByLabel('Time zone (IANA name, e.g. Europe/Berlin)').fill('Asia/Shanghai');
      await page.getByRole('button', { name: 'Save settings' }).click();
      await page.getByRole('button', { name: '退出登录' }).click();
      await page.waitForURL(/\/inbox\/login\?bye=1$/);
      expect((await page.request.get(`${h.origin}/api/tickets`)).status()).toBe(401);
      expect(csp).toEqual([]);
    } finally {
      await context.close();
    }
  }, 120_000);
});
