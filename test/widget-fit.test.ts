// The floating launcher keeps clear of the console's own controls, on phones (390x844, 360x740) and a laptop
// (1280x800), at the top of the page, its middle, its end and with the redeem button scrolled to the
// bottom of the screen (where a user who scrolled down to it stops): on new-api's real wallet layouts
// (test/fixtures/new-api-wallet: the Semi UI page whose document scrolls, with the operator's floating
// Agent button, and the shadcn page whose own scroller scrolls, with its back-to-top button), and on every
// demo console page where the widget shows (new-api-shaped wallet, top-up history, usage log, keys;
// sub2api-shaped purchase, orders, redeem), logged in. A launcher sitting on a control steals its taps
// (it covered the new-api wallet's redeem button on a phone). Needs the built sdk (pnpm test:browser
// builds it).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type LaunchedBrowser, launchChromium, screenshotOnFailure } from './harness/browser.js';
import { startTestDemo, type TestDemo } from './harness/demo.js';
import { prepareContext, startWidgetServer, type WidgetServer } from './harness/widget.js';

const WALLETS = join(import.meta.dirname, 'fixtures', 'new-api-wallet');

let demo: TestDemo;
let wallets: WidgetServer;
let browser: LaunchedBrowser;

beforeAll(async () => {
  demo = await startTestDemo();
  const page = (name: string) => readFileSync(join(WALLETS, name), 'utf8');
  wallets = await startWidgetServer({
    pages: { '/console/topup': page('semi.html'), '/wallet': page('shadcn.html') },
    staticDir: WALLETS,
  });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await wallets?.close();
  await demo?.close();
});

interface Overlap {
  control: string;
  fixed: boolean;
}

/** Every visible interactive console element the launcher's box intersects (viewport coordinates). */
function overlaps(page: Page): Promise<{ launcher: DOMRect | null; hits: Overlap[] }> {
  return page.evaluate(() => {
    let launcher: Element | null = null;
    for (const host of document.querySelectorAll('body > *')) {
      launcher ||= host.shadowRoot?.querySelector('button.launch') ?? null;
    }
    if (!launcher) return { launcher: null, hits: [] };
    const l = launcher.getBoundingClientRect();
    const hits: Overlap[] = [];
    const controls = document.querySelectorAll<HTMLElement>(
      'button, a, input, select, textarea, summary, [role=button]',
    );
    for (const c of controls) {
      // The demo's "demo tools" card (switch the session to another account) is the demo's own test
      // rig, not part of a console an operator ships: it is left out.
      if (c.closest('.demo-tools')) continue;
      if (!c.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) continue;
      for (const r of c.getClientRects()) {
        if (r.width === 0 || r.height === 0) continue;
        const apart = r.right <= l.left || r.left >= l.right || r.bottom <= l.top || r.top >= l.bottom;
        if (apart) continue;
        let fixed = false;
        for (let e: HTMLElement | null = c; e; e = e.parentElement) {
          const p = getComputedStyle(e).position;
          if (p === 'fixed' || p === 'sticky') fixed = true;
        }
        const name = (c.id ? `#${c.id}` : c.className ? `.${c.className}` : '') || c.textContent?.trim();
        hits.push({ control: `${c.tagName.toLowerCase()}${name ? ` ${name}` : ''}`, fixed });
        break;
      }
    }
    return { launcher: l.toJSON() as DOMRect, hits };
  });
}

const VIEWPORTS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'small phone', width: 360, height: 740 },
  { name: 'laptop', width: 1280, height: 800 },
] as const;

const WHERE = ['top', 'middle', 'end', 'redeem'] as const;
type Where = (typeof WHERE)[number];

/** Scrolls what scrolls on this page: the document, or the element that does when the document does not
 *  (new-api's shadcn layout). 'redeem': the redeem button's bottom 24px above the screen's bottom, the
 *  band the launcher sits in. False when the page has no redeem button. */
function scrollPage(page: Page, where: Where): Promise<boolean> {
  return page.evaluate((w) => {
    const doc = document.scrollingElement ?? document.documentElement;
    let scroller: Element = doc;
    if (doc.scrollHeight <= doc.clientHeight) {
      for (const e of document.querySelectorAll('*')) {
        const overflow = getComputedStyle(e).overflowY;
        if (overflow !== 'auto' && overflow !== 'scroll') continue;
        if (e.scrollHeight <= e.clientHeight + 1) continue;
        if (scroller === doc || e.clientHeight > scroller.clientHeight) scroller = e;
      }
    }
    const max = scroller.scrollHeight - scroller.clientHeight;
    let top = w === 'top' ? 0 : w === 'end' ? max : max / 2;
    if (w === 'redeem') {
      const button = document.querySelector('#redeem-submit');
      if (!button) return false;
      top = scroller.scrollTop + button.getBoundingClientRect().bottom - (innerHeight - 24);
    }
    scroller.scrollTo(0, Math.max(0, Math.min(max, top)));
    return true;
  }, where);
}

/** Waits until the launcher has stopped moving (it may step aside once scrolling ends). */
async function settle(page: Page): Promise<void> {
  let last = '';
  for (let i = 0; i < 20; i++) {
    await page.evaluate(() => new Promise((done) => setTimeout(() => requestAnimationFrame(done), 150)));
    const now = JSON.stringify((await overlaps(page)).launcher);
    if (now === last) return;
    last = now;
  }
}

async function checkPage(page: Page, url: string): Promise<string[]> {
  await page.goto(url);
  await page.waitForLoadState('networkidle');
  await page.locator('button.launch').waitFor();
  const problems: string[] = [];
  for (const where of WHERE) {
    if (!(await scrollPage(page, where))) continue;
    await settle(page);
    const { launcher, hits } = await overlaps(page);
    const size = page.viewportSize()!;
    if (!launcher) problems.push(`${url} (${where}): no launcher`);
    else if (
      launcher.left < 0 ||
      launcher.top < 0 ||
      launcher.right > size.width ||
      launcher.bottom > size.height
    )
      problems.push(`${url} (${where}): launcher off screen ${JSON.stringify(launcher)}`);
    for (const hit of hits)
      problems.push(`${url} (${where}): launcher covers ${hit.fixed ? 'fixed/sticky ' : ''}${hit.control}`);
  }
  return problems;
}

// new-api's own wallet layouts (test/fixtures/new-api-wallet, each citing the upstream files it follows),
// as a phone renders them (touch, mobile viewport) and as a laptop does.
const WALLET_PAGES = [
  ['/console/topup', 'Semi UI (generation A)'],
  ['/console/topup?agent', "Semi UI with the operator's Agent button"],
  ['/wallet', 'shadcn (generation B, its own scroller and back-to-top button)'],
] as const;

for (const viewport of VIEWPORTS) {
  test(`new-api's real wallet layouts, ${viewport.name} ${viewport.width}x${viewport.height}: the launcher covers no console control`, async () => {
    const phone = viewport.width < 768;
    const context = await browser.context.browser()!.newContext({
      viewport: { width: viewport.width, height: viewport.height },
      isMobile: phone,
      hasTouch: phone,
      deviceScaleFactor: phone ? 2 : 1,
    });
    await prepareContext(context);
    const page = screenshotOnFailure(await context.newPage(), `widget-fit-wallets-${viewport.width}`);
    const problems: string[] = [];
    for (const [path] of WALLET_PAGES) problems.push(...(await checkPage(page, `${wallets.origin}${path}`)));
    expect(problems).toEqual([]);
    // Wherever it stepped to (on a phone at the top of the shadcn page its corner holds payment buttons:
    // it is the tab on the screen's edge), the launcher still opens the widget by touch or click, and by
    // keyboard.
    await page.goto(`${wallets.origin}/wallet`);
    const launcher = page.locator('button.launch');
    await launcher.waitFor();
    await settle(page);
    if (phone) await launcher.tap();
    else await launcher.click();
    const dialog = page.locator('[role=dialog]');
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await launcher.focus();
    await page.keyboard.press('Enter');
    await dialog.waitFor();
    await context.close();
  }, 120_000);
}

for (const viewport of VIEWPORTS) {
  test(`new-api-shaped console, ${viewport.name} ${viewport.width}x${viewport.height}: the launcher covers no console control`, async () => {
    const page = screenshotOnFailure(await browser.context.newPage(), `widget-fit-newapi-${viewport.name}`);
    await page.setViewportSize(viewport);
    await page.goto(`${demo.origin}/login`);
    await page.click('.fill-account[data-username="bob"]');
    await page.click('#login-submit');
    await page.waitForURL('**/console/topup');
    const problems: string[] = [];
    for (const path of [
      '/console/topup',
      '/console/topup?show_history=true',
      '/console/log',
      '/console/token',
    ])
      problems.push(...(await checkPage(page, `${demo.origin}${path}`)));
    expect(problems).toEqual([]);
    await page.close();
  }, 120_000);

  test(`sub2api-shaped console, ${viewport.name} ${viewport.width}x${viewport.height}: the launcher covers no console control`, async () => {
    const page = screenshotOnFailure(await browser.context.newPage(), `widget-fit-sub2api-${viewport.name}`);
    await page.setViewportSize(viewport);
    await page.goto(`${demo.sub2apiOrigin}/login`);
    await page.click('.s2-fill');
    await page.click('#s2-login-submit');
    await page.waitForURL('**/purchase');
    const problems: string[] = [];
    for (const path of ['/purchase', '/orders', '/redeem'])
      problems.push(...(await checkPage(page, `${demo.sub2apiOrigin}${path}`)));
    expect(problems).toEqual([]);
    await page.close();
  }, 120_000);
}
