// The idle warm-ups after the panel opens (sdk/src/ui/steps/warm.ts) lay out a date-time input and the
// locale's words in each text style of the later steps out of sight, and leave nothing behind: every such
// element is removed in the task that added it (none is left in the panel, none survives to a frame), and
// focus stays on the problem step's heading while they run. The later steps' rehearsal that follows them
// renders into an element of its own, never into the panel.
import { tr } from '@topup-doctor/sdk/ui';
import { expect, test } from 'vitest';
import { screenshotOnFailure } from './harness/browser.js';
import { consolePage, focused, prepareContext } from './harness/widget.js';
import { widgetServerAndBrowser } from './harness/with-browser.js';

const env = widgetServerAndBrowser({
  pages: {
    '/console': consolePage({ lang: 'zh-CN', attrs: { webhook: '/api/tickets', console: 'new-api' } }),
  },
});

test('the warm-ups lay out the words out of sight and leave nothing in the panel', async () => {
  const context = await env.browser.context.browser()!.newContext();
  await prepareContext(context);
  const page = screenshotOnFailure(await context.newPage(), 'widget-warm');
  await page.goto(`${env.server.origin}/console`);
  await page.locator('button.launch').waitFor();
  // Every .warm element added to the widget's shadow root, and whether one was still there in a frame.
  await page.evaluate(() => {
    const host = [...document.querySelectorAll('*')].find((el) => el.shadowRoot)!;
    const seen = { added: 0, texts: 0, inFrame: 0 };
    (window as unknown as { __warm: typeof seen }).__warm = seen;
    new MutationObserver((records) => {
      for (const r of records)
        for (const n of r.addedNodes)
          if (n instanceof HTMLElement && n.classList.contains('warm')) {
            seen.added++;
            if ((n.textContent || (n as HTMLInputElement).value).length > 100) seen.texts++;
          }
    }).observe(host.shadowRoot!, { subtree: true, childList: true });
    const frame = () => {
      seen.inFrame += host.shadowRoot!.querySelectorAll('.warm').length;
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
  await page.locator('button.launch').click();
  await page.getByRole('button', { name: tr('zh-CN', 'problem.paid_not_credited') }).waitFor();
  const panel = () =>
    page.evaluate(() => {
      const host = [...document.querySelectorAll('*')].find((el) => el.shadowRoot)!;
      return host.shadowRoot!.querySelector('.body')!.outerHTML;
    });
  const before = await panel();
  const warm = () => page.evaluate(() => (window as unknown as { __warm: Record<string, number> }).__warm);
  // The date-time input and the eight text styles, each with the locale's words.
  await expect.poll(warm, { timeout: 10_000 }).toMatchObject({ added: 9, texts: 8 });
  expect((await warm()).inFrame).toBe(0);
  // Then the later steps' rehearsal (steps/rehearse.ts) renders them into an element of its own, never
  // into the panel: the problem list is as it was.
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 2000 })));
  await page.waitForTimeout(300);
  expect(await panel()).toBe(before);
  expect(await page.locator('.td .warm').count()).toBe(0);
  expect(await focused(page)).toMatchObject({ id: 'td-step', inWidget: true });
  await context.close();
});
