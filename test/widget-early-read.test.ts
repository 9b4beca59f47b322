// The console read the panel starts when it opens is taken up while the user reads the problem list
// (ui/App.tsx warm()), so a choice shows the known step with the console's answers at once. A choice made
// over a minute after that read reads the console again instead of showing the old answers as the present.
import { tr } from '@topup-doctor/sdk/ui';
import { expect, test } from 'vitest';
import { screenshotOnFailure } from './harness/browser.js';
import { consolePage, prepareContext } from './harness/widget.js';
import { widgetServerAndBrowser } from './harness/with-browser.js';

const w = (key: Parameters<typeof tr>[1]) => tr('en', key);
const env = widgetServerAndBrowser({
  pages: {
    '/console': consolePage({ lang: 'en', attrs: { webhook: '/api/tickets', console: 'new-api' } }),
  },
});

for (const [name, wait, reads] of [
  ['a choice soon after opening uses the read started on open', 0, 1],
  ['a choice over a minute after opening reads the console again', 61_000, 2],
] as const) {
  test(name, async () => {
    const context = await env.browser.context.browser()!.newContext();
    await prepareContext(context);
    const page = screenshotOnFailure(await context.newPage(), 'widget-early-read');
    // Date.now() moves with the fake clock (the read's age); time otherwise flows as usual.
    await page.clock.install();
    let selfReads = 0;
    page.on('request', (r) => {
      if (new URL(r.url()).pathname === '/api/user/self') selfReads++;
    });
    await page.goto(`${env.server.origin}/console`);
    await page.locator('button.launch').click();
    const problem = page.getByRole('button', { name: w('problem.paid_not_credited') });
    await problem.waitFor();
    // The read taken up in the idle period after the panel opened.
    await expect.poll(() => selfReads).toBe(1);
    await page.waitForTimeout(500);
    if (wait) await page.clock.fastForward(wait);
    await problem.click();
    await page.locator('dl.facts').waitFor();
    expect(selfReads).toBe(reads);
    await context.close();
  });
}
