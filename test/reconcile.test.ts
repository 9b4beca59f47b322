// Reconciliation, the whole loop in a real Chromium against the demo (console, payment simulator, intake
// and inbox, the intake reading the console's admin API and the simulator's epay query API): a user pays
// but the payment callback never arrives, files "paid, not credited" through the widget; support opens the
// ticket and sees the gateway's record beside it (order pending, created at, ¥73.00, account matches; paid at
// the provider at ..., ¥73.00), completes it after a confirmation, and the user's balance changes on the
// console. An order the user never paid shows "not paid at the provider" and offers no completion.
import { DEMO_SUPPORT, demoCode, ROWS } from '@topup-doctor/demo';
import type { BrowserContext, Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { saveScreenshot, screenshotOnFailure } from './harness/browser.js';
import { walkRow } from './harness/scenario-walk.js';
import { axeViolations } from './harness/widget.js';
import { demoAndBrowser } from './harness/with-browser.js';

const env = demoAndBrowser();

const dialog = (page: Page) => page.getByRole('dialog');

/** Support (the demo's admin) logs in to the inbox on a new page of a context with no inbox session. */
async function supportPage(context: BrowserContext, name: string): Promise<Page> {
  const support = screenshotOnFailure(await context.newPage(), name);
  await support.goto(`${env.demo.origin}/inbox/login`);
  await support.getByLabel('用户名').fill(DEMO_SUPPORT[0].username);
  await support.getByLabel('密码').fill(DEMO_SUPPORT[0].password);
  await support.getByRole('button', { name: '登录' }).click();
  await support.waitForURL('**/inbox');
  return support;
}

/** Logs bob in on the console's login page. */
async function loginBob(page: Page): Promise<void> {
  await page.goto(`${env.demo.origin}/login`);
  await page.click('.fill-account[data-username="bob"]');
  await page.click('#login-submit');
  await page.waitForURL('**/console/topup');
  await expect.poll(() => page.locator('#account-name').textContent()).toContain('bob');
}

/** Starts a $10 Alipay top-up and returns the order number from the simulator's cashier. */
async function startTopup(page: Page): Promise<string> {
  await page.goto(`${env.demo.origin}/console/topup`);
  await page.click('#pay-submit');
  await page.waitForURL('**/sim/order/**');
  const tradeNo = (await page.locator('#sim-trade-no').textContent())?.trim() ?? '';
  expect(tradeNo).toMatch(/^USR2NO[A-Za-z0-9]{6}\d{10}$/);
  return tradeNo;
}

/** Opens the widget, picks the problem and the order, walks to the verdict and sends the ticket. */
async function fileTicket(page: Page, problem: string, tradeNo: string): Promise<string> {
  await page.goto(`${env.demo.origin}/console/topup`);
  await page.getByRole('button', { name: /自查/ }).click();
  await dialog(page).getByRole('button', { name: problem }).click();
  const send = dialog(page).getByRole('button', { name: '发给客服', exact: true });
  for (let i = 0; i < 6 && !(await send.isVisible().catch(() => false)); i++) {
    const choice = dialog(page).getByRole('radio', { name: new RegExp(tradeNo.slice(-4)) });
    if ((await choice.count()) > 0 && !(await choice.first().isChecked())) await choice.first().check();
    const paid = dialog(page).locator('#td-q-paidAmount');
    if ((await paid.count()) > 0 && (await paid.isVisible()) && !(await paid.inputValue())) {
      await paid.fill('73');
      await paid.blur();
    }
    const forward = dialog(page)
      .getByRole('button', { name: /^(下一步|查看结果)$/ })
      .last();
    await forward.waitFor({ state: 'visible', timeout: 15_000 });
    await forward.click();
    await page.waitForTimeout(50);
  }
  await send.click();
  await dialog(page).getByRole('button', { name: '发送给客服' }).click();
  const sent = dialog(page).getByText(/工单号：/);
  await expect.poll(() => sent.textContent(), { timeout: 15_000 }).toMatch(/工单号：\S+/);
  const id = /工单号：(\S+?)。/.exec((await sent.textContent()) ?? '')?.[1] ?? '';
  expect(id).not.toBe('');
  await page
    .getByRole('button', { name: /关闭/ })
    .first()
    .click()
    .catch(() => undefined);
  return id;
}

const balanceOf = async (page: Page) => {
  await page.goto(`${env.demo.origin}/console/topup`);
  await expect.poll(() => page.locator('#balance').textContent()).not.toBe('…');
  return (await page.locator('#balance').textContent())?.trim() ?? '';
};

// 180 s: two widget walks and the inbox; several times a quiet machine's time on a loaded 2-core CI machine.
test('paid, callback never came: support sees the record, completes it, the balance changes; never paid: no completion', async () => {
  const user = screenshotOnFailure(await env.browser.context.newPage(), 'reconcile-user');
  const violations: string[] = [];
  const watch = (p: Page) =>
    p.on('console', (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
    });
  watch(user);
  await loginBob(user);
  const before = await balanceOf(user);

  // Pay for a $10 top-up; the simulator's callback never arrives, so the console keeps the order pending.
  const paidNo = await startTopup(user);
  await user.check('input[name="callback_mode"][value="never"]');
  await user.click('#sim-pay');
  await expect.poll(() => user.locator('#sim-result').getAttribute('class')).toBe('ok');
  // 40 minutes later (past the callback time), the user files "paid, not credited" for it.
  await user.clock.setSystemTime(Date.now() + 40 * 60_000);
  const paidTicket = await fileTicket(user, '已付款，余额没到账', paidNo);
  // A second order the user opens at the cashier and never pays; 40 minutes later, "still processing".
  const unpaidNo = await startTopup(user);
  await user.clock.setSystemTime(Date.now() + 80 * 60_000);
  const unpaidTicket = await fileTicket(user, '订单一直显示处理中', unpaidNo);

  // Support (an admin) logs in and opens the first ticket: the gateway's record loads beside it.
  const support = await supportPage(env.browser.context, 'reconcile-support');
  watch(support);
  await support.goto(`${env.demo.origin}/inbox/tickets/${encodeURIComponent(paidTicket)}`);
  const record = support.locator('#recon-order-0');
  await record.waitFor({ state: 'visible', timeout: 30_000 });
  expect(await support.locator('#reconcile-state').getAttribute('data-state')).toBe('found');
  const text = (await support.locator('#reconcile').textContent()) ?? '';
  expect(text).toContain(`订单 …${paidNo.slice(-4)}`);
  expect(text).not.toContain(paidNo);
  expect(await record.locator('[data-recon="status"]').textContent()).toBe('待完成（等待支付或回调）');
  expect(await record.locator('[data-recon="paid"]').textContent()).toBe('¥73.00');
  expect(await record.locator('[data-recon="account-match"]').textContent()).toBe('一致');
  expect(await record.locator('[data-recon="owner"]').textContent()).toContain('#2');
  expect(await record.locator('[data-recon="created"]').textContent()).toMatch(
    /^\d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC[+-]\d+$/,
  );
  const provider = (await record.locator('[data-recon="provider"]').textContent()) ?? '';
  expect(provider).toMatch(/^支付平台 \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC[+-]\d+ 已收款，¥73\.00/);
  expect(text).toContain('支付平台已收款，但订单没有完成');
  expect(await axeViolations(support), 'axe on the ticket with its record').toEqual([]);
  await saveScreenshot(support, 'reconcile-inbox-record');

  // Complete it, with the confirmation page in between.
  await support.click('#recon-act-0');
  await support.waitForURL('**/reconcile/act?**');
  expect(await support.locator('#confirm-what').textContent()).toContain(`…${paidNo.slice(-4)}`);
  expect((await support.locator('main').textContent()) ?? '').not.toContain(paidNo);
  expect(await axeViolations(support), 'axe on the confirmation').toEqual([]);
  await saveScreenshot(support, 'reconcile-confirm');
  await support.click('#confirm-submit');
  await support.waitForURL(`**/inbox/tickets/${encodeURIComponent(paidTicket)}?**`);
  expect(await support.locator('#reconcile-message').textContent()).toContain(
    `网关已完成订单 …${paidNo.slice(-4)}`,
  );
  expect(await support.locator('#conclusion-select').inputValue()).toBe('completed_by_operator');
  expect(await support.locator('#audit').textContent()).toContain(`在网关补单 …${paidNo.slice(-4)}：成功`);
  await expect
    .poll(() => support.locator('#recon-order-0 [data-recon="status"]').textContent(), { timeout: 15_000 })
    .toBe('已完成');

  // The user's balance changed on the console.
  await expect.poll(() => balanceOf(user), { timeout: 15_000 }).not.toBe(before);

  // The never-paid order: "not paid at the provider", and nothing to complete.
  await support.goto(`${env.demo.origin}/inbox/tickets/${encodeURIComponent(unpaidTicket)}`);
  const unpaid = support.locator('#recon-order-0');
  await unpaid.waitFor({ state: 'visible', timeout: 30_000 });
  expect(await unpaid.locator('[data-recon="provider"]').textContent()).toBe('支付平台显示未付款');
  expect(await support.locator('#recon-act-0').count()).toBe(0);
  expect(await support.locator('#recon-no-completion-0').textContent()).toContain('不提供补单');
  await saveScreenshot(support, 'reconcile-not-paid');
  expect(violations).toEqual([]);
}, 180_000);

// A redeem code another account used: the user redeems it on the console (refused), files "redeem code not
// credited" through the widget (the scenario table's row, walked in zh-CN); support opens the ticket and
// sees the code's record from the gateway beside it: used, by which account, and the flag saying so, with
// the code masked as the ticket carries it and nothing to complete.
test('redeem code used by another account: support sees the code used by that account, masked, and no completion', async () => {
  const base = ROWS.find((r) => r.id === 'redeem: used by another account (nothing in this ledger)');
  if (!base) throw new Error('the scenario table has no "used by another account" redeem row');
  const row = { ...base, locale: 'zh-CN' as const };
  const chromium = env.browser.context.browser();
  if (!chromium) throw new Error('launchChromium gave a context without its browser');
  const context = await chromium.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  try {
    const walked = await walkRow(
      context,
      { main: env.demo.origin, sub2api: env.demo.sub2apiOrigin },
      row,
      saveScreenshot,
    );
    const ticketId = walked.ticketId ?? '';
    const full = demoCode('used_other');
    expect(ticketId).not.toBe('');
    const support = await supportPage(context, 'reconcile-redeem-support');
    await support.goto(`${env.demo.origin}/inbox/tickets/${encodeURIComponent(ticketId)}`);
    const card = support.locator('#reconcile .recon-record').first();
    await card.waitFor({ state: 'visible', timeout: 30_000 });
    expect(await support.locator('#reconcile-state').getAttribute('data-state')).toBe('found');
    expect(await card.locator('[data-recon="code-status"]').textContent()).toBe('已使用');
    // 20 units at new-api's 500000 quota per dollar: dollars first, the raw quota beside them.
    expect(await card.locator('[data-recon="code-value"]').textContent()).toBe(
      'US$20.00（原始额度 10000000）',
    );
    expect(await card.locator('[data-recon="used-by"]').textContent()).toBe('bob (#2) · 不是工单的账号');
    const text = (await support.locator('#reconcile').textContent()) ?? '';
    expect(text).toContain('兑换码已被另一个账号');
    expect(text).toContain(`兑换码 ${full.slice(0, 2)}…${full.slice(-4)}`);
    // Nowhere in the page: text, attributes, links.
    expect(await support.content()).not.toContain(full);
    expect(await support.locator('[id^="recon-act-"]').count()).toBe(0);
    expect(await axeViolations(support), 'axe on the redeem ticket with its record').toEqual([]);
    await saveScreenshot(support, 'reconcile-redeem-used-other');
  } finally {
    await context.close();
  }
}, 180_000);
