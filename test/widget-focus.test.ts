// Focus stays in the dialog at every step: after each step change (and after the console's data replaces
// a step's loading frame) focus is on the new step's heading, Escape closes the dialog and returns focus
// to the launcher, and reopening lands on the same step's heading. Before, focus fell to <body> once a
// problem was chosen: Escape no longer closed the dialog and Tab walked the console behind it.
import { tr } from '@topup-doctor/sdk/ui';
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { screenshotOnFailure } from './harness/browser.js';
import { consolePage, focused, prepareContext, stepHeading, tabTo } from './harness/widget.js';
import { widgetServerAndBrowser } from './harness/with-browser.js';

const w = (key: Parameters<typeof tr>[1]) => tr('en', key);
const env = widgetServerAndBrowser({
  pages: {
    '/en/console/topup': consolePage({
      lang: 'en',
      attrs: { webhook: '/api/tickets', console: 'new-api' },
      main: '<p><a href="#behind">A link of the console behind the dialog</a></p>',
    }),
  },
});

/** Focus is on the step heading; Escape closes and returns focus to the launcher; Enter reopens there. */
async function checkStep(page: Page, heading: string): Promise<void> {
  await expect.poll(() => stepHeading(page)).toBe(heading);
  await expect.poll(() => focused(page)).toMatchObject({ id: 'td-step', inWidget: true, text: heading });
  // Tab stays inside the dialog (never reaches the console's own link).
  await page.keyboard.press('Tab');
  expect((await focused(page)).inWidget, `Tab from the heading of "${heading}"`).toBe(true);
  await page.keyboard.press('Escape');
  await expect.poll(() => page.locator('[role=dialog]').isVisible()).toBe(false);
  expect(await focused(page)).toMatchObject({ inWidget: true, tag: 'button' });
  await page.keyboard.press('Enter');
  await expect.poll(() => focused(page)).toMatchObject({ id: 'td-step', text: heading });
}

test('focus and Escape after every step change, the loading frame replaced included', async () => {
  const context = await env.browser.context.browser()!.newContext({ viewport: { width: 1280, height: 860 } });
  await prepareContext(context);
  const page = screenshotOnFailure(await context.newPage(), 'widget-focus');
  await page.goto(`${env.server.origin}/en/console/topup`);
  await tabTo(page, (f) => f.inWidget && f.tag === 'button');
  await page.keyboard.press('Enter');

  await checkStep(page, w('problem.heading'));
  await tabTo(page, (f) => f.text === w('problem.paid_not_credited'));
  await page.keyboard.press('Enter');

  // The known step first shows a loading frame, then the console's data replaces it.
  await expect.poll(() => page.locator('dl.facts').count()).toBeGreaterThan(0);
  await checkStep(page, w('known.heading'));
  // The questions sit under what the console told, on the same step.
  await tabTo(page, (f) => f.id === 'td-q-tradeNoTail');
  await page.keyboard.type('8400');
  // Enter in the field runs the checks (implicit submission clicks the form's submit button, whose click
  // the step handles itself: steps/Known.tsx).
  await page.keyboard.press('Enter');

  await checkStep(page, w('checks.heading'));
  // To a ticket: 'send to support' on an operator verdict, 'still not credited' on a self-help one.
  await tabTo(page, (f) => f.text === w('verdict.send') || f.text === w('verdict.notSolved'));
  await page.keyboard.press('Enter');

  await checkStep(page, w('preview.heading'));
  await context.close();
});
