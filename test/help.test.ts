// The self-help pages as the demo serves them at /help, in a real Chromium: readable without JavaScript,
// axe clean on a sample of pages, search from the prebuilt index under the demo's strict CSP, and the
// per-page link that opens the console's widget on that page's problem (#topup-doctor=<problem>).
import { expect, test } from 'vitest';
import { screenshotOnFailure } from './harness/browser.js';
import { axeViolations, stepHeading } from './harness/widget.js';
import { demoAndBrowser } from './harness/with-browser.js';

const env = demoAndBrowser();

const cspErrors = (page: import('playwright-core').Page) => {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) errors.push(m.text());
  });
  return errors;
};

test('pages read without JavaScript', async () => {
  const context = await env.browser.context.browser()!.newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.goto(`${env.demo.origin}/help/zh-CN/problems/paid-not-credited.html`);
    await expect(page.locator('h1').textContent()).resolves.toContain('已付款，余额没到账');
    await expect(page.locator('#h-checks + ol li').count()).resolves.toBeGreaterThan(5);
    await expect(page.locator('table tbody tr').count()).resolves.toBeGreaterThan(5);
    // the search page lists every page when no script runs
    await page.goto(`${env.demo.origin}/help/en/search.html?q=redeem`);
    await expect(page.locator('#results').isHidden()).resolves.toBe(true);
    await expect(page.locator('#h-all + ul li').count()).resolves.toBeGreaterThan(15);
  } finally {
    await context.close();
  }
});

test('axe clean and no CSP violation on a sample of pages; search answers from the index', async () => {
  const page = screenshotOnFailure(await env.browser.context.newPage(), 'help-axe');
  const csp = cspErrors(page);
  for (const path of [
    '/help/',
    '/help/zh-CN/',
    '/help/zh-CN/problems/paid-not-credited.html',
    '/help/zh-CN/redeem/other-account.html',
    '/help/zh-CN/faq.html',
    '/help/en/checklist.html',
    '/help/en/redeem/locked.html',
  ]) {
    const res = await page.goto(`${env.demo.origin}${path}`);
    expect(res?.status(), path).toBe(200);
    expect(await axeViolations(page), `axe at ${path}`).toEqual([]);
  }
  await page.goto(`${env.demo.origin}/help/zh-CN/search.html?q=${encodeURIComponent('兑换码 账号')}`);
  await expect.poll(() => page.locator('#results-list li').count()).toBeGreaterThan(2);
  await expect(page.locator('#results-count').textContent()).resolves.toMatch(/^找到 \d+ 个页面。$/);
  expect(await axeViolations(page), 'axe on search results').toEqual([]);
  expect(csp).toEqual([]);
});

test('the console links the help pages; a help page opens the widget on its problem', async () => {
  const page = screenshotOnFailure(await env.browser.context.newPage(), 'help-deep-link');
  const csp = cspErrors(page);
  await page.goto(`${env.demo.origin}/login`);
  await page.click('.fill-account[data-username="alice"]');
  await page.click('#login-submit');
  await page.waitForURL('**/console/topup');

  // The console's navigation leads to the help pages in the page's language.
  await page.click('a.nav-link[href="/help/zh-CN/"]');
  await page.waitForURL('**/help/zh-CN/');
  await page.click('a[href="redeem/other-account.html"]');
  await expect(page.locator('h1').textContent()).resolves.toContain('可能不是同一个账号');

  // "Open the self-check in the console" lands on the console page with the widget on that problem.
  await page.click('a[href$="#topup-doctor=redeem_not_credited"]');
  await page.waitForURL('**/console/topup');
  await expect.poll(() => stepHeading(page), { timeout: 20_000 }).toBe('控制台已经知道的');
  // The hash is consumed: reopening later starts at the problem choice.
  expect(new URL(page.url()).hash).toBe('');
  // An id the widget does not know opens it at the problem choice (another page: a new document).
  await page.goto(`${env.demo.origin}/console/log#topup-doctor=not_a_problem`);
  await expect.poll(() => stepHeading(page), { timeout: 20_000 }).toBe('遇到了什么问题？');
  expect(csp).toEqual([]);
});
