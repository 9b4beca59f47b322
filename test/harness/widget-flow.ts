// Drives the widget with clicks from the launcher to the preview (for tests about delivery, not about
// the keyboard path, which test/widget.test.ts covers key by key).
import type { Locale } from '@topup-doctor/sdk/core';
import { tr } from '@topup-doctor/sdk/ui';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { stepHeading } from './widget.js';

export async function clickToPreview(page: Page, locale: Locale, note: string): Promise<void> {
  const w = (key: Parameters<typeof tr>[1]) => tr(locale, key);
  await page.locator('button.launch').click();
  await page.getByRole('button', { name: w('problem.paid_not_credited') }).click();
  await expect.poll(() => page.locator('dl.facts').count()).toBeGreaterThan(0);
  await page.locator('#td-q-tradeNoTail').fill('8400');
  await page.getByRole('button', { name: w('checks.run') }).click();
  // To a ticket: 'send to support' on an operator verdict, 'still not credited' on a self-help one.
  const toTicket = new RegExp(`^(${w('verdict.send')}|${w('verdict.notSolved')})$`);
  await page.getByRole('button', { name: toTicket }).click();
  await expect.poll(() => stepHeading(page)).toBe(w('preview.heading'));
  await page.locator('#td-note').fill(note);
  await page.locator('#td-note').blur();
}
