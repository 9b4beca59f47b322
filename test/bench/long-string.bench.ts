// `pnpm bench:long-string`: a console whose answers carry a 100 KB unbroken string (the user's name and
// display name, an order's payment method and trade number, a balance-log line), read by the real widget
// (built sdk/dist, Debian Chromium, strict CSP). It times, per run, launcher click -> the facts on screen,
// and the choice of "next" -> the questions; then the checks -> the verdict; and sums the page's long tasks
// (PerformanceObserver 'longtask') over the whole walk. Prints the median of RUNS (default 3) runs, not the
// fastest. Not a timed test: it prints numbers and exits non-zero only when the walk cannot finish.
// Knobs: RUNS, SIZE (UTF-16 units, default 100000), UNIT (the repeated piece; default: letters, then
// family emoji).
import { tr } from '@topup-doctor/sdk/ui';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, chromiumPath } from '../harness/browser.js';
import { consolePage, prepareContext, startWidgetServer, stepHeading } from '../harness/widget.js';

const RUNS = Number(process.env.RUNS ?? 3);
const SIZE = Number(process.env.SIZE ?? 100_000);
/** No space, no punctuation: nothing a line breaker may break at. */
/** Letters, and family emoji (11 UTF-16 units a grapheme: a UTF-16 cut leaves a lone surrogate). */
const UNITS = process.env.UNIT ? [process.env.UNIT] : ['topupdoctor', '👨‍👩‍👧‍👦'];
let LONG = '';
const TIMEOUT_MS = 300_000;
const WIDTH = Number(process.env.WIDTH ?? 1280);

type Json = { data?: Record<string, unknown> & { items?: Record<string, unknown>[] } };

function plant(path: string, body: unknown): unknown {
  const b = body as Json;
  if (path === '/api/user/self' && b.data) Object.assign(b.data, { username: LONG, display_name: LONG });
  if (path === '/api/user/topup/self')
    for (const item of b.data?.items ?? [])
      Object.assign(item, { payment_method: LONG, trade_no: `USR42NO${LONG}` });
  if (path === '/api/log/self') for (const item of b.data?.items ?? []) item.content = LONG;
  return b;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

async function main(): Promise<void> {
  for (const unit of UNITS) {
    LONG = unit.repeat(Math.ceil(SIZE / unit.length));
    await measure(unit);
  }
}

async function measure(unit: string): Promise<void> {
  const locale = 'en' as const;
  const w = (key: Parameters<typeof tr>[1]) => tr(locale, key);
  const server = await startWidgetServer({
    pages: {
      '/console/topup': consolePage({
        lang: locale,
        attrs: { webhook: '/api/tickets', console: 'new-api', mailto: 'support@example.com' },
      }),
    },
    answer: plant,
  });
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: CHROMIUM_FLAGS,
  });
  const rows: {
    facts: number;
    verdict: number;
    preview: number;
    longTasks: number;
    longest: number;
  }[] = [];
  try {
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext({ viewport: { width: WIDTH, height: 860 } });
      await prepareContext(context);
      await context.addInitScript(() => {
        const w = window as unknown as { __long: number[] };
        w.__long = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) w.__long.push(e.duration);
        }).observe({ type: 'longtask', buffered: true });
      });
      const page = await context.newPage();
      page.setDefaultTimeout(TIMEOUT_MS);
      await page.goto(`${server.origin}/console/topup`);
      const t0 = performance.now();
      await page.locator('button.launch').click();
      await page.getByRole('button', { name: w('problem.paid_not_credited') }).click();
      await page.locator('dl.facts').waitFor();
      // The questions are on the same step as what the console told.
      await page.locator('#td-q-tradeNoTail').waitFor();
      // The page answers again: a click on its own button is handled (no frozen main thread).
      await page.locator('#page-button').click({ force: true });
      const t1 = performance.now();
      await page.locator('#td-q-tradeNoTail').fill('8400');
      await page.getByRole('button', { name: w('checks.run') }).click();
      const toTicket = new RegExp(`^(${w('verdict.send')}|${w('verdict.notSolved')})$`);
      await page.getByRole('button', { name: toTicket }).waitFor();
      const t2 = performance.now();
      await page.getByRole('button', { name: toTicket }).click();
      await page.locator('#td-note').waitFor();
      const t3 = performance.now();
      if ((await stepHeading(page)) !== w('preview.heading')) throw new Error('the preview did not open');
      const long = await page.evaluate(() => (window as unknown as { __long: number[] }).__long);
      rows.push({
        facts: t1 - t0,
        verdict: t2 - t1,
        preview: t3 - t2,
        longTasks: long.reduce((a, b) => a + b, 0),
        longest: Math.max(0, ...long),
      });
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const pick = (k: keyof (typeof rows)[number]) => median(rows.map((r) => r[k])).toFixed(0);
  console.log(
    `long console string: ${LONG.length.toLocaleString('en')} UTF-16 units of '${unit}', unbroken; median of ${RUNS} runs`,
  );
  console.log(`  click -> facts, questions  ${pick('facts')} ms`);
  console.log(`  checks -> verdict          ${pick('verdict')} ms`);
  console.log(`  verdict -> ticket preview   ${pick('preview')} ms`);
  console.log(`  long tasks, total          ${pick('longTasks')} ms (longest ${pick('longest')} ms)`);
  // Figures for `pnpm bench`'s table (scripts/bench.mjs): one per kind of string.
  const kind = unit === 'topupdoctor' ? 'letters' : 'emoji';
  for (const [name, key] of [
    ['click -> facts', 'facts'],
    ['verdict -> preview', 'preview'],
    ['long tasks', 'longTasks'],
  ] as const)
    console.log(`BENCH\tlong-string (${kind}): ${name}\t${pick(key)}\tms`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
