// `pnpm bench:widget`: the widget's path in the browser, side by side with Sentry's user-feedback widget
// (`@sentry/browser` + `feedbackIntegration`, bundled here from its npm package with esbuild at bench
// time, minified as a site would ship it). Both are served gzip from loopback by one server and driven in
// one headless Debian Chromium, a fresh browser context per run, ours and Sentry's alternating; CDP
// network emulation adds the latency (0 and 100 ms per request). Medians of RUNS runs (default 7).
//
// Figures (all measured, nothing assumed):
//   bytes before click     what the widget transferred (encoded, gzip) after the page loaded, before any intent
//   requests before click  widget requests made before the user showed intent (goal: only the loader)
//   init CPU               main-thread task time of the page with the widget minus the same page without it
//                          (a difference of medians: on a loaded shared machine a few ms are noise, and a
//                          widget cheaper than that noise can come out negative)
//   click -> control       pointerdown on the launcher -> the first frame showing the dialog's first
//                          interactive control (ours: a problem button; Sentry: its form's first field). The
//                          pointer rests on the launcher for DWELL ms first (default 150: a hand moving to a
//                          button and pressing it), which is when an intent prefetch may start
//   JS to preview          JS transferred from page load until the ticket preview shows
//   JS to sent ticket      the same until the intake stored the ticket ("sent" shown)
//   problem -> next step   pointerdown on a problem -> the next step's first control ready (console read)
//   problem -> preview     wall time and main-thread CPU (Chromium trace, the page renderer's main-thread
//                          tasks) from the problem's pointerdown to the frame showing the ticket preview, the
//                          bench answering each step at once; and the longest single task in that span.
//                          CPU is the tasks' thread time; "(wall)" the same tasks' wall durations, which on a
//                          shared machine also count the time the thread waited for a core. The window and
//                          the driver keep the bench's own work out (widget-trace.ts)
// Sentry has no problem/preview steps: its JS to a sent report is its whole bundle.
//
// Prints a table and one `BENCH<TAB>name<TAB>value<TAB>unit` line per figure for `pnpm bench` (scripts/bench.mjs).
// Not a test: it never fails on a number; the size budgets (`pnpm size`) are the gates.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { type Browser, type CDPSession, chromium, type Page } from 'playwright-core';
import { CHROMIUM_FLAGS, chromiumPath } from '../harness/browser.js';
import { consolePage, prepareContext, startWidgetServer } from '../harness/widget.js';
import { probe, TO_PREVIEW, traced, zh as w } from './widget-trace.js';

const RUNS = Number(process.env.RUNS ?? 7);
const DWELL = Number(process.env.DWELL ?? 150);
const LATENCIES = (process.env.LATENCIES ?? '0,100').split(',').map(Number);

/** Sentry's feedback widget as a site bundles it: init with a DSN on this server and the integration. */
async function sentryBundle(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'td-sentry-'));
  try {
    const entry = join(dir, 'entry.js');
    writeFileSync(
      entry,
      `import { init, feedbackIntegration } from '@sentry/browser';
init({ dsn: location.origin.replace('//', '//public@') + '/1', integrations: [feedbackIntegration({ colorScheme: 'light' })] });`,
    );
    const out = await build({
      entryPoints: [entry],
      bundle: true,
      minify: true,
      format: 'iife',
      target: 'es2020',
      write: false,
      nodePaths: [join(import.meta.dirname, '..', 'node_modules')],
      define: { 'process.env.NODE_ENV': '"production"' },
      logLevel: 'error',
    });
    return out.outputFiles[0]!.text;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const sentryJs = await sentryBundle();
const ours = consolePage({ lang: 'zh-CN', attrs: { webhook: '/api/tickets', console: 'new-api' } });
const bare = ours.replace(/<script src="\/sdk\/topup-doctor\.js"[^>]*><\/script>/, '');
const sentry = bare.replace('</body>', '<script src="/sentry.js"></script></body>');
const server = await startWidgetServer({
  gzip: true,
  pages: { '/ours': ours, '/bare': bare, '/sentry': sentry },
  scripts: { '/sentry.js': sentryJs },
  // Sentry's widget adds <style> elements: its page allows them (ours runs under the strict CSP).
  csp: (path) => (path === '/sentry' ? "script-src 'self'" : "script-src 'self'; style-src 'self'"),
  intake: async (req, res) => {
    for await (const _ of req) {
      // drain
    }
    res.writeHead(201, { 'content-type': 'application/json' });
    res.end('{"id":"ok"}');
  },
});
const launch = () =>
  chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_FLAGS });
let browser: Browser = await launch();

interface Transfer {
  url: string;
  bytes: number;
  start: number;
}
/** Network bookkeeping through CDP: every response's encoded (on-the-wire) size, with its start time. */
async function watchNetwork(page: Page, latency: number) {
  // A page error would make a figure meaningless: shown, so a failed run says why.
  page.on('pageerror', (e) => console.error(`  page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') console.error(`  console error: ${m.text()}`);
  });
  const cdp: CDPSession = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency,
    downloadThroughput: -1,
    uploadThroughput: -1,
  });
  await cdp.send('Performance.enable');
  const started = new Map<string, { url: string; start: number }>();
  const done: Transfer[] = [];
  cdp.on('Network.requestWillBeSent', (e) =>
    started.set(e.requestId, { url: e.request.url, start: Date.now() }),
  );
  cdp.on('Network.loadingFinished', (e) => {
    const s = started.get(e.requestId);
    if (s) done.push({ ...s, bytes: e.encodedDataLength });
  });
  const path = (t: { url: string }) => new URL(t.url).pathname;
  const widget = (t: { url: string }) => /^\/(sdk\/|sentry\.js|api\/)/.test(path(t));
  const js = (t: { url: string }) => /\.js$/.test(path(t)) && widget(t);
  return {
    cdp,
    /** Widget transfers (its scripts and its API calls) started since `since`. */
    widget: (since = 0) => done.filter((t) => widget(t) && t.start >= since),
    requested: (since = 0) => [...started.values()].filter((t) => widget(t) && t.start >= since),
    jsBytes: () => done.filter(js).reduce((n, t) => n + t.bytes, 0),
    async taskMs(): Promise<number> {
      const { metrics } = (await cdp.send('Performance.getMetrics')) as {
        metrics: { name: string; value: number }[];
      };
      return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
    },
  };
}

/** Waits until the network is quiet (no widget request started or finishing) for `ms`. */
async function settle(page: Page, ms = 400): Promise<void> {
  await page.waitForLoadState('load');
  await page.waitForTimeout(ms);
}

/**
 * Rests the pointer on `target` for DWELL ms, presses it and resolves with the ms from pointerdown to the
 * first animation frame in which an element matching `ready` shows (inside any open shadow root).
 */
async function pressUntil(page: Page, target: ReturnType<Page['locator']>, ready: string): Promise<number> {
  // hover() waits until the target is visible and stable (Sentry's button slides in), then moves onto it.
  await target.hover();
  await page.waitForTimeout(DWELL);
  // A string, not a function: tsx's name-keeping helper does not exist in the page. Installed (and
  // awaited) before the press, so the pointerdown is never missed.
  await page.evaluate(`window.__tdShown = new Promise((resolve) => {
    let t0 = 0;
    addEventListener('pointerdown', () => (t0 = performance.now()), { capture: true, once: true });
    const find = (root) => {
      for (const el of root.querySelectorAll(${JSON.stringify(ready)}))
        if (el.getClientRects().length && !el.disabled) return true;
      for (const host of root.querySelectorAll('*')) if (host.shadowRoot && find(host.shadowRoot)) return true;
      return false;
    };
    const tick = () => (t0 && find(document) ? resolve(performance.now() - t0) : requestAnimationFrame(tick));
    requestAnimationFrame(tick);
  }); 0`);
  await page.mouse.down();
  await page.mouse.up();
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    page.evaluate<number>('window.__tdShown'),
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`"${ready}" did not show within 20 s of the press`)), 20_000);
    }),
  ]).finally(() => clearTimeout(timer));
}

type Row = Record<string, number>;

async function runBare(latency: number): Promise<number> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const net = await watchNetwork(page, latency);
  await page.goto(`${server.origin}/bare`);
  await settle(page);
  const ms = await net.taskMs();
  await context.close();
  return ms;
}

async function runOurs(latency: number, bareMs: number): Promise<Row> {
  const context = await browser.newContext();
  await prepareContext(context);
  const page = await context.newPage();
  const net = await watchNetwork(page, latency);
  await page.goto(`${server.origin}/ours`);
  const launcher = page.locator('button.launch');
  await launcher.waitFor();
  await settle(page);
  const row: Row = {
    bytesBeforeClick: net.widget().reduce((n, t) => n + t.bytes, 0),
    requestsBeforeClick: net.requested().length,
    initCpu: (await net.taskMs()) - bareMs,
  };
  const clickAt = Date.now();
  row.clickToControl = await pressUntil(page, launcher, '.choices button');
  row.requestsAfterClick = net.requested(clickAt).length;
  const problem = page.getByRole('button', { name: w('problem.paid_not_credited') });
  // The pointer rests on the problem first, outside the traced window (Playwright's hover runs its own
  // script in the page).
  await problem.hover();
  await page.waitForTimeout(DWELL);
  let toNext = 0;
  const trace = await traced(browser, page, async () => {
    // The press's probe and the driver of the rest are one script, installed before the press; the rest
    // is driven from inside the page (widget-trace.ts: no Playwright work on the main thread inside the
    // window, no polling): each step's button pressed as soon as it shows. The wait for its end is asked
    // before the press too (Playwright's evaluation runs in the page), a no-op call making sure it ran.
    await page.evaluate(probe('dl.facts', undefined, TO_PREVIEW));
    const done = page.evaluate<number>('window.__tdDone');
    await page.evaluate('0');
    await page.mouse.down();
    await page.mouse.up();
    toNext = await done;
  });
  row.problemToPreview = (trace.window[1] - trace.window[0]) / 1000;
  row.problemToNext = toNext;
  row.previewCpu = trace.cpu;
  row.longestTask = trace.longest;
  row.previewWall = trace.wall;
  row.longestWall = trace.longestWall;
  row.jsToPreview = net.jsBytes();
  await page.getByRole('button', { name: w('preview.send') }).click();
  await page.locator('#td-step', { hasText: w('sent.heading') }).waitFor();
  row.jsToSent = net.jsBytes();
  await context.close();
  return row;
}

async function runSentry(latency: number, bareMs: number): Promise<Row> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const net = await watchNetwork(page, latency);
  await page.goto(`${server.origin}/sentry`);
  const launcher = page.getByRole('button', { name: /report a bug/i });
  await launcher.waitFor();
  await settle(page);
  const row: Row = {
    bytesBeforeClick: net.widget().reduce((n, t) => n + t.bytes, 0),
    requestsBeforeClick: net.requested().length,
    initCpu: (await net.taskMs()) - bareMs,
  };
  const clickAt = Date.now();
  row.clickToControl = await pressUntil(page, launcher, 'form input:not([type=hidden]), form textarea');
  row.requestsAfterClick = net.requested(clickAt).length;
  row.jsToPreview = net.jsBytes();
  row.jsToSent = net.jsBytes();
  await context.close();
  return row;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const medians = (rows: Row[]): Row =>
  Object.fromEntries(Object.keys(rows[0] ?? {}).map((k) => [k, median(rows.map((r) => r[k]!))]));

/** A run that lost its page or hung (seen now and then on a loaded machine) is run again, up to twice. */
async function retried(run: () => Promise<Row>): Promise<Row> {
  for (let attempt = 1; ; attempt++) {
    let timer: NodeJS.Timeout | undefined;
    try {
      return await Promise.race([
        run(),
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error('run took over 90 s')), 90_000);
        }),
      ]);
    } catch (error) {
      for (const context of browser.contexts()) await context.close().catch(() => undefined);
      if (attempt >= 3) throw error;
      console.error(`  run failed (${(error as Error).message.split('\n')[0]}), again`);
      // On a loaded shared machine Chromium itself is sometimes lost: start a new one.
      if (!browser.isConnected()) browser = await launch();
    } finally {
      clearTimeout(timer);
    }
  }
}

const results: Record<number, { ours: Row; sentry: Row }> = {};
for (const latency of LATENCIES) {
  const bareRuns: number[] = [];
  for (let i = 0; i < 3; i++) bareRuns.push(await runBare(latency));
  const bareMs = median(bareRuns);
  const o: Row[] = [];
  const s: Row[] = [];
  for (let i = 0; i < RUNS; i++) {
    console.error(`  @${latency} ms: run ${i + 1}/${RUNS}`);
    // Alternate who goes first, so neither always runs on a warmer machine.
    if (i % 2) {
      s.push(await retried(() => runSentry(latency, bareMs)));
      o.push(await retried(() => runOurs(latency, bareMs)));
    } else {
      o.push(await retried(() => runOurs(latency, bareMs)));
      s.push(await retried(() => runSentry(latency, bareMs)));
    }
  }
  results[latency] = { ours: medians(o), sentry: medians(s) };
}
await browser.close();
await server.close();

const KB = 1024;
const at0 = results[LATENCIES[0]!]!;
type Figure = [name: string, unit: 'KB' | 'ms' | 'n', ours: number, sentry: number | undefined];
const figures: Figure[] = [
  ['bytes before click', 'KB', at0.ours.bytesBeforeClick! / KB, at0.sentry.bytesBeforeClick! / KB],
  ['requests before click', 'n', at0.ours.requestsBeforeClick!, at0.sentry.requestsBeforeClick!],
  ['init CPU', 'ms', at0.ours.initCpu!, at0.sentry.initCpu!],
];
for (const latency of LATENCIES) {
  const r = results[latency]!;
  figures.push(
    [`click -> first control @${latency}ms`, 'ms', r.ours.clickToControl!, r.sentry.clickToControl!],
    [
      `requests hover+click+open @${latency}ms`,
      'n',
      r.ours.requestsAfterClick!,
      r.sentry.requestsAfterClick!,
    ],
    [`problem -> next step @${latency}ms`, 'ms', r.ours.problemToNext!, undefined],
    [`problem -> preview @${latency}ms`, 'ms', r.ours.problemToPreview!, undefined],
  );
}
figures.push(
  ['JS to preview', 'KB', at0.ours.jsToPreview! / KB, at0.sentry.jsToPreview! / KB],
  ['JS to sent ticket', 'KB', at0.ours.jsToSent! / KB, at0.sentry.jsToSent! / KB],
  ['problem -> preview CPU', 'ms', at0.ours.previewCpu!, undefined],
  ['longest task problem -> preview', 'ms', at0.ours.longestTask!, undefined],
  ['problem -> preview tasks (wall)', 'ms', at0.ours.previewWall!, undefined],
  ['longest task problem -> preview (wall)', 'ms', at0.ours.longestWall!, undefined],
);

console.log(
  `\nwidget speed: medians of ${RUNS} runs, gzip from loopback, pointer dwell ${DWELL} ms` +
    ` (Sentry bundle ${(gzipSync(sentryJs, { level: 9 }).length / KB).toFixed(1)} KB gzip, @sentry/browser + feedbackIntegration)`,
);
const fmt = (v: number | undefined, unit: string) =>
  v === undefined ? '-' : unit === 'n' ? String(v) : v.toFixed(unit === 'KB' ? 1 : 0);
console.log(`${'figure'.padEnd(44)} ${'ours'.padStart(8)} ${'Sentry'.padStart(8)}  ours/Sentry`);
for (const [name, unit, o, s] of figures) {
  const ratio = s ? (o / s).toFixed(2) : '';
  console.log(
    `${`${name} (${unit})`.padEnd(44)} ${fmt(o, unit).padStart(8)} ${fmt(s, unit).padStart(8)}  ${ratio}`,
  );
}
for (const [name, unit, o, s] of figures) {
  console.log(`BENCH\twidget: ${name}\t${fmt(o, unit)}\t${unit}`);
  if (s !== undefined) console.log(`BENCH\tsentry: ${name}\t${fmt(s, unit)}\t${unit}`);
}
