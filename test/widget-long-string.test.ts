// A console that answers with 100 KB unbroken strings (name, display name, payment method, trade number, a
// balance-log line; family emoji, so a UTF-16 cut would leave lone surrogates) and a right-to-left override
// in the name: the widget stays usable to a ticket preview, shows every such string shortened by grapheme
// with its bidi controls as visible markers, and the order lines stay inside the dialog. Timings live in
// `pnpm bench:long-string`, not here.
import { tr } from '@topup-doctor/sdk/ui';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type LaunchedBrowser, launchChromium, screenshotOnFailure } from './harness/browser.js';
import {
  consolePage,
  cspViolations,
  prepareContext,
  startWidgetServer,
  stepHeading,
} from './harness/widget.js';

const FAMILY = '👨‍👩‍👧‍👦';
const LONG = FAMILY.repeat(Math.ceil(100_000 / FAMILY.length));
const NAME = `\u202e${LONG}`;

type Json = { data?: Record<string, unknown> & { items?: Record<string, unknown>[] } };
function plant(path: string, body: unknown): unknown {
  const b = body as Json;
  if (path === '/api/user/self' && b.data) Object.assign(b.data, { username: NAME, display_name: NAME });
  if (path === '/api/user/topup/self')
    for (const item of b.data?.items ?? [])
      Object.assign(item, { payment_method: LONG, trade_no: `USR42NO${LONG}` });
  if (path === '/api/log/self') for (const item of b.data?.items ?? []) item.content = LONG;
  return b;
}

describe('a 100 KB unbroken console string', () => {
  let browser: LaunchedBrowser;
  let server: Awaited<ReturnType<typeof startWidgetServer>>;
  beforeAll(async () => {
    server = await startWidgetServer({
      pages: {
        '/console/topup': consolePage({
          lang: 'en',
          attrs: { webhook: '/api/tickets', console: 'new-api', mailto: 'support@example.com' },
        }),
      },
      answer: plant,
    });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test('is shown shortened, bidi controls visible, and the widget reaches the ticket preview', async () => {
    const w = (key: Parameters<typeof tr>[1]) => tr('en', key);
    const context = await browser.context.browser()!.newContext({ viewport: { width: 390, height: 800 } });
    await prepareContext(context);
    const page = screenshotOnFailure(await context.newPage(), 'widget-long-string');
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.origin}/console/topup`);
    await page.locator('button.launch').click();
    await page.getByRole('button', { name: w('problem.paid_not_credited') }).click();
    await page.locator('dl.facts').waitFor();

    const shown = await page.evaluate(() => {
      const root = [...document.querySelectorAll('div')].find((d) => d.shadowRoot?.querySelector('.td'))!
        .shadowRoot!;
      const scroll = root.querySelector('.scroll')!;
      const lines = [...root.querySelectorAll('dl.facts dd, fieldset label, li')].map((el) => ({
        text: el.textContent ?? '',
        overflows: el.getBoundingClientRect().right > scroll.getBoundingClientRect().right + 1,
      }));
      return { lines, longest: Math.max(...lines.map((l) => l.text.length)) };
    });
    const graphemes = (s: string) => [...new Intl.Segmenter().segment(s)].length;
    const name = shown.lines.find((l) => l.text.includes(FAMILY))!.text;
    expect(name.startsWith('[U+202E]')).toBe(true);
    expect(name).not.toContain('\u202e');
    expect(graphemes(name)).toBeLessThan(120);
    expect(name).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
    // Nothing on screen carries the 100 KB: each line is a few hundred units at most.
    expect(shown.longest).toBeLessThan(4000);
    expect(shown.lines.filter((l) => l.overflows)).toEqual([]);

    await page.locator('#td-q-tradeNoTail').fill('8400');
    await page.getByRole('button', { name: w('checks.run') }).click();
    const toTicket = new RegExp(`^(${w('verdict.send')}|${w('verdict.notSolved')})$`);
    await page.getByRole('button', { name: toTicket }).click();
    await expect.poll(() => stepHeading(page)).toBe(w('preview.heading'));
    // The preview shows the ticket's name with its override as a marker, never the control itself.
    const preview = await page.evaluate(
      () =>
        [...document.querySelectorAll('div')]
          .find((d) => d.shadowRoot?.querySelector('.td'))!
          .shadowRoot!.querySelector('.box')?.textContent ?? '',
    );
    expect(preview).toContain('[U+202E]');
    expect(preview).not.toContain('\u202e');
    expect(errors).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
    await context.close();
  });
});
