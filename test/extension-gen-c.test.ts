// new-api generation C in a real Chromium: nothing about the user is in localStorage, so only the
// extension's main-world observer of the page's OWN responses (fetch and XHR) can tell who is logged in.
// The extension must not send a single request of its own (never /api/user/auth/refresh).
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { genCHandler } from './fixtures/extension/gen-c-console.js';
import { launchExtension, openPopup, shadowText, tabIdOf } from './fixtures/extension/helpers.js';
import { type LaunchedBrowser, screenshotOnFailure } from './harness/browser.js';
import { serve, type TestServer } from './harness/server.js';

describe('companion extension on a new-api generation-C page', () => {
  let browser: LaunchedBrowser;
  let server: TestServer;

  beforeAll(async () => {
    server = await serve({ handle: genCHandler(() => Math.floor(Date.now() / 1000)) });
    browser = await launchExtension();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test('the observer reads the account, orders and keys from the page own responses', async () => {
    const page = screenshotOnFailure(await browser.context.newPage(), 'extension-gen-c');
    await page.goto(`${server.origin}/console/topup`);
    await expect.poll(() => page.locator('#who').textContent()).toBe('alice');
    // The trade number of one order carries user 43, not 42 who is logged in.
    await expect.poll(() => shadowText(page, 'topup-doctor-ext-banner'), { timeout: 15_000 }).toMatch(/#43/);

    const popup = await openPopup(
      browser,
      await tabIdOf(browser.context, server.origin),
      'extension-gen-c-popup',
    );
    await expect.poll(() => popup.locator('[data-testid=console]').textContent()).toBe('new-api (C)');
    expect(await popup.locator('[data-testid=account]').textContent()).toBe('Alice (#42)');
    // The adapter's balance: quota 7,250,000 / 500,000 = $14.50, shown by the console in CNY at 7.3.
    expect(await popup.locator('[data-testid=balance]').textContent()).toBe('¥105.85');
    expect(
      await popup
        .locator('[data-warning]')
        .evaluateAll((li) => li.map((x) => x.getAttribute('data-warning'))),
    ).toContain('trade-no-user');
    // The key list came through the observer (XHR): a last-4 that is in it raises no key warning.
    await popup.fill('#key-last4', 'Zt8K');
    await popup.locator('form button[type=submit]').click();
    await expect
      .poll(() => popup.locator('[data-key-result]').getAttribute('data-key-result'))
      .toBe('in-account');
    expect(await popup.locator('[data-warning=key-not-in-account]').count()).toBe(0);
    await popup.fill('#key-last4', 'AAAA');
    await popup.locator('form button[type=submit]').click();
    await expect.poll(() => popup.locator('[data-warning=key-not-in-account]').count()).toBe(1);

    // Only the page's own requests reached the server: one /api/user/self, no refresh, no extra reads.
    const paths = server.requests.map((r) => r.path);
    expect(paths.filter((p) => p === '/api/user/self')).toHaveLength(1);
    expect(paths.some((p) => p.includes('/auth/refresh'))).toBe(false);
    expect(paths.filter((p) => p.startsWith('/api/'))).toHaveLength(4);
    await popup.close();
  });
});
