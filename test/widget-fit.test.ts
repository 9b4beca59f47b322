// The floating launcher keeps clear of the console's own controls, on a phone (390x844) and a laptop
// (1280x800): on every console page where the widget shows (new-api-shaped wallet with its redeem box,
// top-up history, usage log, keys; sub2api-shaped purchase, orders, redeem), logged in, at the top of the
// page and scrolled to its end. A launcher sitting on a control steals its taps (it once covered the
// new-api wallet's redeem button on a phone). Needs the built sdk (pnpm test:browser builds it).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type LaunchedBrowser, launchChromium, screenshotOnFailure } from './harness/browser.js';
import { startTestDemo, type TestDemo } from './harness/demo.js';

let demo: TestDemo;
let browser: LaunchedBrowser;

beforeAll(async () => {
  demo = await startTestDemo();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
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
  { name: 'laptop', width: 1280, height: 800 },
] as const;

async function checkPage(page: Page, url: string): Promise<string[]> {
  await page.goto(url);
  await page.waitForLoadState('networkidle');
  await page.locator('button.launch').waitFor();
  const problems: string[] = [];
  for (const where of ['top', 'end'] as const) {
    await page.evaluate((w) => {
      const el = document.scrollingElement ?? document.documentElement;
      window.scrollTo(0, w === 'top' ? 0 : el.scrollHeight);
    }, where);
    await page.evaluate(() => new Promise(requestAnimationFrame));
    const { launcher, hits } = await overlaps(page);
    if (!launcher) problems.push(`${url} (${where}): no launcher`);
    for (const hit of hits)
      problems.push(`${url} (${where}): launcher covers ${hit.fixed ? 'fixed/sticky ' : ''}${hit.control}`);
  }
  return problems;
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
