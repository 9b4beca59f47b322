// The companion extension in a real Chromium against the demo console (new-api generation A): log in as
// A and create an order, switch to B -> the warning appears in the banner and the popup; "this will
// credit" on the wallet page where redeem lives; the bridge answers the page's own hello only.
// Uses the test-only e2e build (pre-grants http://127.0.0.1/* since a headless browser cannot click a
// permission prompt); the production manifest is checked in extension-manifest.test.ts.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Demo, demoCode, startDemo } from '@topup-doctor/demo';
import { ExtensionObservations } from '@topup-doctor/sdk/core';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  demoLogin,
  demoPay,
  launchExtension,
  openPopup,
  scriptMainThreadMs,
  serviceWorker,
  shadowText,
  tabIdOf,
} from './fixtures/extension/helpers.js';
import { type LaunchedBrowser, saveScreenshot, screenshotOnFailure } from './harness/browser.js';
import { serve, type TestServer } from './harness/server.js';

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The element itself is what a click at its centre reaches (nothing of ours lies over it). */
const topmostAtCentre = (page: Page, selector: string) =>
  page.evaluate((sel) => {
    const el = document.querySelector(sel);
    if (!el) return false;
    const r = el.getBoundingClientRect();
    const hit = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
    return !!hit && (hit === el || el.contains(hit));
  }, selector);

describe('companion extension on the demo console', () => {
  let demo: Demo;
  let dataDir: string;
  let browser: LaunchedBrowser;
  let other: TestServer;
  let page: Page;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'td-ext-demo-'));
    demo = await startDemo({ port: 0, dataDir });
    other = await serve({
      routes: { '/': { body: '<!doctype html><title>other origin</title><p>other</p>' } },
    });
    // The background registers the content scripts for the granted origin on install.
    browser = await launchExtension();
    page = await browser.context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await demo?.close();
    await other?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  const history = () =>
    serviceWorker(browser.context).evaluate(async (origin) => {
      const key = `history:${origin}`;
      return ((await chrome.storage.local.get(key))[key] ?? { accounts: [], orders: [] }) as {
        accounts: { id: string; label?: string }[];
        orders: { accountId: string; tradeNoTail?: string; status: string; via: string }[];
        redeems?: { accountId: string; codeMasked?: string; outcome: string; at: number; message?: string }[];
      };
    }, demo.origin);

  const login = (username: string, password: string) => demoLogin(page, demo.origin, username, password);

  test('A creates an order, B logs in: the banner warns that A created it', async () => {
    screenshotOnFailure(page, 'extension-switch');
    await login('alice', 'alice123');
    await expect
      .poll(async () => (await history()).accounts.map((a) => a.id), { timeout: 15_000 })
      .toContain('1');
    await demoPay(page, 10);
    await expect
      .poll(async () => (await history()).orders, { timeout: 15_000 })
      .toEqual([expect.objectContaining({ accountId: '1', status: 'pending' })]);
    const stored = JSON.stringify(await history());
    expect(stored).not.toMatch(/USR\d+NO/); // masked refs only

    await page.goto(`${demo.origin}/logout`);
    await login('bob', 'bob12345');
    // The banner is re-rendered as the page's reports arrive: wait for the one with every warning.
    await expect
      .poll(() => shadowText(page, 'topup-doctor-ext-banner'), { timeout: 15_000 })
      .toMatch(/爱丽丝 \(#1\)[\s\S]*(将记入|will credit) 鲍勃 \(#2\)/);
    const banner = (await shadowText(page, 'topup-doctor-ext-banner')) ?? '';
    // the order is named by its masked tail only, with the creator and the account now
    // (zh-CN or en, whichever UI language this Chromium runs in)
    expect(banner).toMatch(/(订单|Order) …\w{4}/);
    expect(banner).toContain('鲍勃 (#2)');
    // The wallet page is also where new-api A redeems: "this will credit" the account logged in now.
    expect(banner).toMatch(
      /在此页面充值或兑换将记入 鲍勃 \(#2\)|Paying or redeeming on this page will credit 鲍勃 \(#2\)/,
    );
    // The banner never covers the console's header: the logged-in name and the logout link it asks the
    // user to check stay visible and clickable, on a desktop and on a phone.
    for (const size of [
      { width: 1280, height: 720 },
      { width: 390, height: 844 },
    ]) {
      await page.setViewportSize(size);
      const bannerBox = await page.locator('topup-doctor-ext-banner').boundingBox();
      const headerBox = await page.locator('header.topbar').boundingBox();
      expect(bannerBox, `banner at ${size.width}px`).not.toBeNull();
      expect(overlaps(bannerBox!, headerBox!), `banner over the header at ${size.width}px`).toBe(false);
      // (The demo's own header overflows a phone's width, so the click check runs on the desktop size.)
      if (size.width >= 1024) {
        for (const selector of ['.topbar .who', '#logout']) {
          expect(await topmostAtCentre(page, selector), `${selector} at ${size.width}px`).toBe(true);
        }
      }
      await saveScreenshot(page, `extension-banner-wallet-${size.width}`);
    }
    await page.setViewportSize({ width: 1280, height: 720 });
    // The page cannot read the banner: its shadow root is closed.
    expect(
      await page.evaluate(() => document.querySelector('topup-doctor-ext-banner')?.shadowRoot ?? null),
    ).toBeNull();
    await saveScreenshot(page, 'extension-banner-wallet');
    // A later report with the same warnings (the console reads the user again; the tap sees it) leaves the
    // banner as it is: not removed and added again, which a screen reader would announce again (role=alert).
    const after = await page.evaluate(async () => {
      const before = document.querySelector('topup-doctor-ext-banner');
      let changes = 0;
      const watch = new MutationObserver((records) => {
        for (const r of records)
          for (const n of [...r.addedNodes, ...r.removedNodes])
            if (n.nodeName === 'TOPUP-DOCTOR-EXT-BANNER') changes++;
      });
      watch.observe(document.body, { childList: true });
      const user = JSON.parse(localStorage.getItem('user') ?? '{}') as { id?: number };
      await fetch('/api/user/self', { headers: { 'New-Api-User': String(user.id) } });
      await new Promise((done) => setTimeout(done, 2000));
      watch.disconnect();
      return { changes, same: document.querySelector('topup-doctor-ext-banner') === before };
    });
    expect(after).toEqual({ changes: 0, same: true });
  });

  test('the popup shows the account, the accounts seen and the warnings', async () => {
    const worker = serviceWorker(browser.context);
    const tabId = await tabIdOf(browser.context, demo.origin);
    const popup = await openPopup(browser, tabId, 'extension-popup');
    await expect.poll(() => popup.locator('[data-testid=account]').textContent()).toBe('鲍勃 (#2)');
    await expect
      .poll(() =>
        popup.locator('[data-warning]').evaluateAll((li) => li.map((x) => x.getAttribute('data-warning'))),
      )
      .toEqual(['other-account-order', 'several-accounts', 'will-credit']);
    expect(await popup.locator('[data-testid=accounts] li').count()).toBe(2);
    // The key B calls the API with is not one of B's keys: typed as its last 4 only.
    await popup.fill('#key-last4', 'Zz99');
    await popup.locator('form button[type=submit]').click();
    await expect.poll(() => popup.locator('[data-warning=key-not-in-account]').count()).toBe(1);
    await saveScreenshot(popup, 'extension-popup');
    // The badge counts the warnings.
    const badge = await worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
    expect(Number(badge)).toBeGreaterThanOrEqual(3);
    await popup.close();
  });

  test('records which account redeemed which code when, the code masked (first 2 + last 4)', async () => {
    screenshotOnFailure(page, 'extension-redeem');
    await page.goto(`${demo.origin}/console/topup`);
    const code = demoCode('unused');
    const redeem = async () => {
      await page.fill('#redeem-key', code);
      await page.locator('#redeem-form').evaluate((f: HTMLFormElement) => f.requestSubmit());
    };
    await redeem();
    await expect.poll(async () => (await history()).redeems?.length ?? 0, { timeout: 15_000 }).toBe(1);
    // The same code again: the console answers "已被使用", recorded too.
    await redeem();
    await expect.poll(async () => (await history()).redeems?.length ?? 0, { timeout: 15_000 }).toBe(2);
    const masked = `${code.slice(0, 2)}…${code.slice(-4)}`;
    expect((await history()).redeems).toEqual([
      expect.objectContaining({
        accountId: '2',
        codeMasked: masked,
        outcome: 'used',
        message: expect.stringContaining('该兑换码已被使用'),
      }),
      expect.objectContaining({ accountId: '2', codeMasked: masked, outcome: 'success' }),
    ]);
    // The full code is nowhere in the extension's storage.
    const stored = await serviceWorker(browser.context).evaluate(async () =>
      JSON.stringify([await chrome.storage.local.get(null), await chrome.storage.session.get(null)]),
    );
    expect(stored).toContain(masked);
    expect(stored).not.toContain(code);
  });

  test('the bridge answers only this window and origin, and only well-formed hellos', async () => {
    await page.goto(`${demo.origin}/console/topup`);
    await page.evaluate(() => {
      const w = window as unknown as { answers: unknown[] };
      w.answers = [];
      window.addEventListener('message', (e) => {
        const d = e.data as { source?: string; type?: string } | null;
        if (d?.source === 'topup-doctor-extension' && d.type === 'observations') w.answers.push(d);
      });
    });
    const hello = (nonce: string, extra: Record<string, unknown> = {}) => ({
      source: 'topup-doctor-widget',
      v: 1,
      type: 'hello',
      nonce,
      ...extra,
    });
    // Malformed: short nonce, unknown version, extra field (strict), wrong type.
    for (const bad of [
      hello('short'),
      hello('badversion_000000', { v: 2 }),
      hello('extrafield_000000', { x: 1 }),
      { ...hello('wrongtype_0000000'), type: 'hi' },
    ]) {
      await page.evaluate((m) => window.postMessage(m, location.origin), bad);
    }
    // Another origin holding a reference to this window (window.open) says hello: refused.
    const otherPage = await browser.context.newPage();
    await otherPage.goto(other.origin);
    await otherPage.evaluate(
      ([url, m]) => {
        const w = window.open(url as string);
        setTimeout(() => w?.postMessage(m, '*'), 1500);
      },
      [`${demo.origin}/console/topup`, hello('crossorigin_00000')] as const,
    );
    // The page's own, well-formed hello: answered with the same nonce and valid observations.
    await page.evaluate((m) => window.postMessage(m, location.origin), hello('goodnonce_0000000'));
    await expect
      .poll(
        () =>
          page.evaluate(() =>
            (window as unknown as { answers: { nonce: string }[] }).answers.map((a) => a.nonce),
          ),
        {
          timeout: 10_000,
        },
      )
      .toContain('goodnonce_0000000');
    await new Promise((r) => setTimeout(r, 2500));
    const answers = await page.evaluate(
      () => (window as unknown as { answers: { nonce: string }[] }).answers,
    );
    const nonces = answers.map((a) => a.nonce);
    for (const refused of [
      'short',
      'badversion_000000',
      'extrafield_000000',
      'wrongtype_0000000',
      'crossorigin_00000',
    ]) {
      expect(nonces).not.toContain(refused);
    }
    const mine = answers.find((a) => a.nonce === 'goodnonce_0000000');
    const parsed = ExtensionObservations.safeParse(mine);
    expect(parsed.success).toBe(true);
    expect(parsed.data?.observations.accountsSeen.map((a) => a.id).sort()).toEqual(['1', '2']);
    // The redeems this browser recorded reach the page's widget too (masked codes, with the account).
    expect(parsed.data?.observations.redeemsHere?.map((r) => [r.accountId, r.outcome])).toEqual([
      ['2', 'used'],
      ['2', 'success'],
    ]);
    expect(JSON.stringify(mine)).not.toContain(demoCode('unused'));
    expect(JSON.stringify(mine)).not.toMatch(/USR\d+NO/);
    for (const p of browser.context.pages()) if (p !== page) await p.close();
  });

  test('main-thread time of the extension scripts on a page load (median of 5 loads)', async () => {
    const runs: Record<string, number>[] = [];
    for (let i = 0; i < 5; i++) {
      runs.push(
        await scriptMainThreadMs(page, browser.extensionId as string, async () => {
          await page.goto(`${demo.origin}/console/topup`);
          await expect
            .poll(() => shadowText(page, 'topup-doctor-ext-banner'), { timeout: 10_000 })
            .toBeTruthy();
        }),
      );
    }
    const files = [...new Set(runs.flatMap((r) => Object.keys(r)))].sort();
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
    const summary = Object.fromEntries(
      files.map((f) => {
        const xs = runs.map((r) => r[f] ?? 0);
        return [f, { medianMs: median(xs), maxMs: Math.max(...xs) }];
      }),
    );
    console.log(`[extension] main-thread time per wallet page load (5 loads): ${JSON.stringify(summary)}`);
    expect(summary['page-watch.js']?.medianMs).toBeGreaterThan(0);
    expect(summary['page-watch.js']?.medianMs).toBeLessThan(50);
  });

  test("a stale tab: the tab's stored user is not the server's (New-Api-User mismatch)", async () => {
    await page.goto(`${demo.origin}/console/topup`);
    // The demo's tool: another tab logged in as alice; this tab still holds bob in localStorage.user.
    await page.evaluate(() =>
      fetch('/demo/switch-session', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ userId: 1 }),
      }),
    );
    await page.reload();
    await expect
      .poll(() => shadowText(page, 'topup-doctor-ext-banner'), { timeout: 15_000 })
      .toMatch(/此标签页记住的用户|This tab remembers user/);
    await saveScreenshot(page, 'extension-banner-stale-tab');
  });

  test('a tab left open on another account warns when another tab logs in as someone else', async () => {
    const first = screenshotOnFailure(await browser.context.newPage(), 'extension-stale-first-tab');
    await demoLogin(first, demo.origin, 'alice', 'alice123');
    await expect
      .poll(() => shadowText(first, 'topup-doctor-ext-banner'), { timeout: 15_000 })
      .toMatch(/将记入 爱丽丝 \(#1\)|will credit 爱丽丝 \(#1\)/);
    // Another tab logs in as bob (the console's session and localStorage are shared by the tabs) ...
    const second = await browser.context.newPage();
    await demoLogin(second, demo.origin, 'bob', 'bob12345');
    // ... the first tab, untouched, still shows alice: it is told so, by the core's words.
    await expect
      .poll(() => shadowText(first, 'topup-doctor-ext-banner'), { timeout: 15_000 })
      .toMatch(
        /此标签页记住的用户（爱丽丝 \(#1\)）与服务器当前登录的用户（鲍勃 \(#2\)）不一致|This tab remembers user 爱丽丝 \(#1\)/,
      );
    expect(await first.locator('#account-name').textContent()).toContain('alice');
    await saveScreenshot(first, 'extension-banner-stale-other-tab');
    // The tab that logged in last is not stale.
    expect(await shadowText(second, 'topup-doctor-ext-banner')).not.toMatch(
      /此标签页记住的用户|This tab remembers/,
    );
    // Reloaded, the first tab reads bob: the warning goes.
    await first.reload();
    await expect
      .poll(() => shadowText(first, 'topup-doctor-ext-banner'), { timeout: 15_000 })
      .toMatch(/将记入 鲍勃 \(#2\)|will credit 鲍勃 \(#2\)/);
    expect(await shadowText(first, 'topup-doctor-ext-banner')).not.toMatch(
      /此标签页记住的用户|This tab remembers/,
    );
    await first.close();
    await second.close();
  });

  test('a sign-in page makes no reads that need a login, although the console storage still holds a user', async () => {
    const login = screenshotOnFailure(await browser.context.newPage(), 'extension-login-page');
    // Logging out by URL leaves the console's localStorage.user behind (as an expired session does).
    await login.goto(`${demo.origin}/logout`);
    expect(await login.evaluate(() => localStorage.getItem('user'))).toContain('"id"');
    // The extension's content script stub runs on every page of the granted site and pings the main-world
    // tap once it has asked the background about the page: that ping says the extension ran here.
    await login.addInitScript(() => {
      const w = window as unknown as { announced: number };
      w.announced = 0;
      window.addEventListener('message', (e) => {
        const d = e.data as { source?: string; type?: string } | null;
        if (d?.source === 'topup-doctor-stub' && d.type === 'ping') w.announced++;
      });
    });
    const api: string[] = [];
    login.on('response', (r) => {
      const url = new URL(r.url());
      if (url.origin === demo.origin && url.pathname.startsWith('/api/'))
        api.push(`${r.status()} ${url.pathname}`);
    });
    await login.reload();
    await expect
      .poll(() => login.evaluate(() => (window as unknown as { announced: number }).announced))
      .toBeGreaterThan(0);
    // The background's answer (no read on a sign-in page, so no content script proper, no observer, no
    // banner), and any read it would start, happen right after the stub asks.
    await new Promise((r) => setTimeout(r, 2500));
    expect(api).toEqual([]);
    expect(await login.locator('topup-doctor-ext-banner').count()).toBe(0);
    await login.close();
  });
});
