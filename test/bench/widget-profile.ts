// Where the widget's main-thread time goes from the problem choice to the ticket preview, in the window and
// with the driver of `pnpm bench:widget` (widget-trace.ts): each run traced (tasks and their timeline
// events: module evaluation, style, layout, paint) and sampled (CDP Profiler, self and inclusive time per
// function; the sampler itself slows the page, so its totals run above the bench's).
// A diagnostic, not a benchmark: from test/, after `pnpm --filter ./sdk run build` (for readable function
// names build the sdk unminified), `node --conditions=source --import tsx bench/widget-profile.ts`.
// RUNS=n runs; DWELL=ms how long the pointer rests on the problem before the press (default 300; the
// bench's is 150, by which time the panel's idle warm-ups may not all have run); BRIEF=1 totals only; PLAIN=1 the bench's trace alone (no sampler), with TASKS=1 each long
// task's style, layout and paint, SMALL=1 the short tasks grouped, LAYOUT=1 each style recalculation and
// layout with the elements or objects it touched (a layout's dirty/total objects; PAINT=1 the paint phases
// too; STACKS=1 the script that forced each, read best from an unminified build: a focused element's removal
// forcing style and layout on a half-changed DOM was found so), MARKS=1 the task of each of the driver's presses, ALL=1 every task with what ran in it; TWICE=1
// measures a second pass through the flow in the same page (after a sent ticket, closed, opened again):
// 33-36 ms of CPU against 38-44 for the first (PLAIN), about what idle-time warm-ups could still take
// off; PROFILE_OUT=dir keeps each run's .cpuprofile (DevTools opens it); OPEN=1500 first measures the panel's opening and what follows it in
// idle time (the warm-ups moved there from the flow are counted there). Before/after: TD_SDK_DIST=<a copy
// of the old dist> points the server at another build (harness/widget.ts); on a shared machine alternate
// the two builds a few runs at a time and compare medians (the load drifts within minutes: the same build
// measured 41-82 ms of CPU in one hour).
// What the flow's CPU follows (this script, PLAIN=1 DWELL=150, A/B alternated, medians; main bad2bd4 to
// c4ba874): the DOM each step creates. With the known, result and preview steps cut to their heading, the
// one field the driver fills and their buttons (same diagnosis, ticket build, focus and driver) the flow
// measured 23.7 ms against 40.7 for the full steps (9 runs each, the driver before 2a54040; 17-22 with this
// one); the preview's ticket section alone 5-6 ms, five of the known step's six questions ~2. Not what it
// follows: the heading's focus() (left out altogether: 42.0 -> 41.2, within noise: it forces the style and
// layout the frame would do anyway, nothing twice), preventScroll (no change), selector shape (every rule
// unscoped: style 4.2 -> 4.0), custom properties (literal colours: style 4.2 -> 3.8), grid/flex (.facts
// and check rows as blocks: no change), the CJK face first in the font list (no change), the rehearsal
// (steps/rehearse.ts) also laid out out of sight (31.0 -> 31.2). content-visibility:auto on the questions
// and the preview's lists made it worse (layout 6.6 -> 7.9, style 4.7 -> 5.9: they sit within the
// browser's margin around the viewport, so they render anyway, in a second pass).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, chromiumPath } from '../harness/browser.js';
import { consolePage, prepareContext, startWidgetServer } from '../harness/widget.js';
import { drive, probe, TO_PREVIEW, type TraceEvent, traced, zh as w } from './widget-trace.js';

const ours = consolePage({ lang: 'zh-CN', attrs: { webhook: '/api/tickets', console: 'new-api' } });
const server = await startWidgetServer({ gzip: true, pages: { '/ours': ours } });
const browser = await chromium.launch({
  executablePath: chromiumPath(),
  headless: true,
  args: CHROMIUM_FLAGS,
});
const RUNS = Number(process.env.RUNS ?? 1);
/** OPEN=ms: also the main thread's CPU from the launcher's press to that many ms later (the panel opening,
 *  the second stage loading and the idle warm-ups, ui/steps/warm.ts), where the flow's window does not look. */
const OPEN_MS = Number(process.env.OPEN ?? 0);

type Ev = TraceEvent;
/** The rendering phases after layout, as the trace names them (LAYOUT=1 PAINT=1 lists them too). */
const PAINT = ['PrePaint', 'Paint', 'Layerize', 'Commit', 'UpdateLayer'];

for (let run = 0; run < RUNS; run++) {
  const context = await browser.newContext();
  await prepareContext(context);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(`${server.origin}/ours`);
  const launcher = page.locator('button.launch');
  if (OPEN_MS) {
    await launcher.hover();
    await page.waitForTimeout(150);
    const open = await traced(
      browser,
      page,
      async () => {
        await page.evaluate(probe('.choices button'));
        await page.mouse.down();
        await page.mouse.up();
        await page.waitForTimeout(OPEN_MS);
        await page.evaluate(`performance.mark('td-open-end')`);
      },
      ['td-bench-start', 'td-open-end'],
    );
    const long = open.tasks
      .filter((t) => (t.tdur ?? 0) > 4000)
      .map((t) => `@${((t.ts - open.window[0]) / 1000).toFixed(0)} ${((t.tdur ?? 0) / 1000).toFixed(1)}`);
    console.log(
      `run ${run} open: CPU ${open.cpu.toFixed(1)} ms in the ${OPEN_MS} ms after the launcher's press, longest ${open.longest.toFixed(1)} ms; tasks over 4 ms: ${long.join(', ')}`,
    );
  } else await launcher.click();
  const problem = page.getByRole('button', { name: w('problem.paid_not_credited') });
  if (process.env.TWICE) {
    // The flow once untraced to a sent ticket, closed and opened again: the measured pass then runs on
    // code, caches and glyphs the page already has, the least the first pass could cost.
    await problem.click();
    await page.evaluate(drive(TO_PREVIEW));
    await page.getByRole('button', { name: w('preview.send') }).click();
    await page.locator('#td-step', { hasText: w('sent.heading') }).waitFor();
    await page.keyboard.press('Escape');
    await launcher.click();
  }
  await problem.hover();
  await page.waitForTimeout(Number(process.env.DWELL ?? 300));
  // PLAIN=1 is the bench's own setup: no CDP profiler, not even enabled without sampling (V8 may keep more
  // for a profiler that is on; the bench never turns it on).
  if (!process.env.PLAIN) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
    await cdp.send('Profiler.start');
  }
  const trace = await traced(
    browser,
    page,
    async () => {
      // As pnpm bench:widget does (widget-speed.bench.ts): probe and driver installed before the press.
      await page.evaluate(probe('dl.facts', undefined, TO_PREVIEW));
      const done = page.evaluate('window.__tdDone');
      await page.evaluate('0');
      await page.mouse.down();
      await page.mouse.up();
      await done;
    },
    undefined,
    [
      ...(process.env.PLAIN ? [] : ['disabled-by-default-devtools.timeline', 'v8', 'v8.execute']),
      ...(process.env.PLAIN && !process.env.COMPILE ? [] : ['disabled-by-default-v8.compile']),
      ...(process.env.STACKS ? ['disabled-by-default-devtools.timeline.stack'] : []),
    ],
  );
  // CPU between the driver's presses: problem -> known (the console's read and the questions under it),
  // fill + checks -> verdict, send -> preview.
  const edges = [
    trace.window[0],
    ...trace.marks.filter((m) => /^td-bench-step-[02]$/.test(m.name)).map((m) => m.ts),
  ];
  const steps = ['problem->known', 'fill+checks->verdict', 'send->preview'];
  // A press happens inside the task that puts its mark: tasks are counted by the time they end.
  const end = (t: TraceEvent) => t.ts + (t.dur ?? 0);
  const segment = (i: number) =>
    trace.tasks
      .filter(
        (t) => (i ? end(t) >= edges[i]! : true) && (i + 1 < edges.length ? end(t) < edges[i + 1]! : true),
      )
      .map((t) => (t.tdur ?? t.dur ?? 0) / 1000);
  const split = edges
    .map((_, i) => {
      const ms = segment(i);
      return `${steps[i]} ${ms.reduce((a, b) => a + b, 0).toFixed(0)} (max ${Math.max(0, ...ms).toFixed(0)})`;
    })
    .join(', ');
  // Thread time of the main kinds of work inside the window's tasks (rendering phases nest in script, so
  // script is what the rest leaves).
  const inTasks = (e: TraceEvent) =>
    trace.tasks.some((t) => e.ts >= t.ts && e.ts < t.ts + (t.dur ?? 0)) && !/RunTask/.test(e.name);
  // Outermost events only: Chromium nests a layer's Paint inside the frame's Paint (counted twice before).
  const sum = (names: string[]) => {
    const picked = trace.events.filter((e) => names.includes(e.name) && inTasks(e));
    const end = (e: TraceEvent) => e.ts + (e.dur ?? 0);
    return picked
      .filter(
        (e) =>
          !picked.some((o) => o !== e && o.ts <= e.ts && end(e) <= end(o) && (o.dur ?? 0) > (e.dur ?? 0)),
      )
      .reduce((n, e) => n + (e.tdur ?? e.dur ?? 0) / 1000, 0);
  };
  const kinds: [string, number][] = [
    ['layout', sum(['Layout'])],
    ['style', sum(['UpdateLayoutTree'])],
    ['module evaluation', sum(['v8.evaluateModule'])],
    ['paint+commit', sum(['Paint', 'PrePaint', 'Commit', 'Layerize', 'UpdateLayer'])],
    ['GC', sum(['MinorGC', 'MajorGC'])],
  ];
  // Functions compiled on first call (nested in script; traced with COMPILE=1 or without PLAIN).
  if (!process.env.PLAIN || process.env.COMPILE) kinds.push(['lazy compile', sum(['V8.CompileCode'])]);
  kinds.push(['script and the rest', trace.cpu - kinds.reduce((n, [, v]) => n + v, 0)]);
  const kindsText = kinds.map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', ');
  if (process.env.PLAIN) {
    console.log(
      `run ${run}: CPU ${trace.cpu.toFixed(1)} ms, longest ${trace.longest.toFixed(1)} ms; ${split}\n  ${kindsText}`,
    );
    if (process.env.SMALL) {
      // Tasks under 1 ms of thread time, grouped by the first event inside them.
      const groups = new Map<string, [number, number]>();
      for (const t of trace.tasks.filter((t) => (t.tdur ?? 0) < 1000)) {
        const inner = trace.events.find(
          (e) => e !== t && e.ts >= t.ts && e.ts < t.ts + (t.dur ?? 0) && !/RunTask/.test(e.name),
        );
        const k = inner
          ? `${inner.name}${inner.args?.data?.url ? `(${inner.args.data.url.split('/').pop()})` : ''}`
          : '(none)';
        const g = groups.get(k) ?? [0, 0];
        g[0] += (t.tdur ?? 0) / 1000;
        g[1]++;
        groups.set(k, g);
      }
      console.log(
        [...groups]
          .sort((a, b) => b[1][0] - a[1][0])
          .slice(0, 15)
          .map(([k, [ms, n]]) => `${k} ${ms.toFixed(1)}/${n}`)
          .join(' | '),
      );
    }
    if (process.env.LAYOUT)
      // Each layout and style recalculation in the window: what it cost (thread time) and how many objects
      // or elements it touched (Chromium's own counts), to tell a whole-page layout from the panel's.
      console.log(
        trace.events
          .filter(
            (e) =>
              ['Layout', 'UpdateLayoutTree', ...(process.env.PAINT ? PAINT : [])].includes(e.name) &&
              e.ts >= trace.window[0],
          )
          .map((e) => {
            const a = e.args as Record<string, Record<string, unknown> | undefined> | undefined;
            const n =
              e.name === 'Layout'
                ? `${a?.beginData?.dirtyObjects}/${a?.beginData?.totalObjects}${a?.beginData?.partialLayout ? ' partial' : ''}`
                : `${a?.elementCount ?? ''}`;
            const kind = e.name === 'Layout' ? 'layout' : e.name === 'UpdateLayoutTree' ? 'style' : e.name;
            // STACKS=1: the script that forced it (none: the frame's own), its innermost three frames.
            const stack = (a?.beginData?.stackTrace ?? a?.stackTrace) as unknown as
              | { functionName: string; url: string; lineNumber: number }[]
              | undefined;
            const by = stack
              ?.slice(0, 3)
              .map((f) => `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}`)
              .join(' < ');
            return `@${((e.ts - trace.window[0]) / 1000).toFixed(0)} ${kind} ${((e.tdur ?? e.dur ?? 0) / 1000).toFixed(1)} ${PAINT.includes(e.name) ? '' : n}${by ? ` forced by ${by}` : ''}`;
          })
          .join('\n  '),
      );
    if (process.env.ALL)
      // Every task in the window: thread time and the events directly inside it (over 0.1 ms).
      console.log(
        trace.tasks
          .map((t) => {
            const inner = trace.events
              .filter(
                (e) =>
                  e !== t &&
                  e.ts >= t.ts &&
                  e.ts + (e.dur ?? 0) <= t.ts + (t.dur ?? 0) &&
                  (e.tdur ?? e.dur ?? 0) > 100 &&
                  !/RunTask|^V8\.|BlinkScheduler|Receive mojo|v8\.callFunction/.test(e.name),
              )
              .map(
                (e) =>
                  `${e.name}${e.args?.data?.type ? `[${e.args.data.type}]` : ''} ${((e.tdur ?? e.dur ?? 0) / 1000).toFixed(1)}`,
              );
            return `@${((t.ts - trace.window[0]) / 1000).toFixed(0)} ${((t.tdur ?? 0) / 1000).toFixed(1)}: ${inner.join(', ')}`;
          })
          .join('\n  '),
      );
    if (process.env.MARKS)
      // The task around each of the driver's marks (its presses), to tell its own cost from the widget's.
      console.log(
        trace.marks
          .map((m) => {
            const t = trace.tasks.find((t) => m.ts >= t.ts && m.ts <= t.ts + (t.dur ?? 0));
            return `${m.name} @${((m.ts - trace.window[0]) / 1000).toFixed(0)}: task ${t ? ((t.tdur ?? 0) / 1000).toFixed(1) : '-'}`;
          })
          .join(', '),
      );
    if (process.env.TASKS)
      console.log(
        trace.tasks
          .filter((t) => (t.tdur ?? 0) > 3000 || (t.dur ?? 0) > 8000)
          .map((t) => {
            // What the task spent on style, layout and paint (thread time), the rest being script.
            const within = (names: string[]) =>
              trace.events
                .filter((e) => names.includes(e.name) && e.ts >= t.ts && e.ts < t.ts + (t.dur ?? 0))
                .reduce((n, e) => n + (e.tdur ?? e.dur ?? 0) / 1000, 0);
            const parts = `style ${within(['UpdateLayoutTree']).toFixed(1)} layout ${within(['Layout']).toFixed(1)} paint ${within(['Paint', 'PrePaint', 'Commit', 'Layerize']).toFixed(1)}`;
            return `@${((t.ts - trace.window[0]) / 1000).toFixed(0)} ${((t.tdur ?? 0) / 1000).toFixed(1)}/${((t.dur ?? 0) / 1000).toFixed(1)} (${parts})`;
          })
          .join('\n  '),
      );
    await context.close();
    continue;
  }
  const { profile } = (await cdp.send('Profiler.stop')) as {
    profile: {
      nodes: {
        id: number;
        callFrame: { functionName: string; url: string; lineNumber: number };
        children?: number[];
      }[];
      samples: number[];
      timeDeltas: number[];
      startTime: number;
    };
  };
  if (process.env.PROFILE_OUT)
    writeFileSync(join(process.env.PROFILE_OUT, `widget-${run}.cpuprofile`), JSON.stringify(profile));
  const onMain = trace.events;
  const { tasks } = trace;
  const runs = onMain.filter((e) => e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask');
  const t0 = trace.window[0];
  console.log(
    `run ${run}: ${tasks.length} tasks in the window (${((trace.window[1] - t0) / 1000).toFixed(0)} ms), CPU ${trace.cpu.toFixed(1)} ms, longest ${trace.longest.toFixed(1)} ms`,
  );
  console.log(`  ${kindsText}`);
  if (process.env.BRIEF) {
    await context.close();
    continue;
  }
  const label = (e: Ev) =>
    `${e.name}${e.args?.data?.url ? `(${e.args.data.url.split('/').pop()})` : ''}${e.args?.data?.type ? `[${e.args.data.type}]` : ''}`;
  for (const t of tasks.filter((t) => (t.dur ?? 0) > 1000)) {
    const inside = onMain
      .filter(
        (e) =>
          !runs.includes(e) &&
          e.ts >= t.ts &&
          e.ts + (e.dur ?? 0) <= t.ts + (t.dur ?? 0) &&
          (e.dur ?? 0) > 500,
      )
      .filter((e) => !/^(V8\.|v8\.callFunction|BlinkScheduler|Receive mojo)/.test(e.name))
      .map((e) => `${label(e)} ${((e.dur ?? 0) / 1000).toFixed(1)}`);
    console.log(
      `  @${((t.ts - t0) / 1000).toFixed(0)} task ${((t.dur ?? 0) / 1000).toFixed(1)} ms: ${inside.join(', ')}`,
    );
  }
  const byName = new Map<string, number>();
  const inWindow = onMain.filter((e) => tasks.some((t) => e.ts >= t.ts && e.ts < t.ts + (t.dur ?? 0)));
  for (const e of inWindow) byName.set(e.name, (byName.get(e.name) ?? 0) + (e.dur ?? 0) / 1000);
  console.log(
    '  inclusive ms by event:',
    [...byName]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 25)
      .map(([k, v]) => `${k} ${v.toFixed(1)}`)
      .join(' | '),
  );
  // Sampled: self and inclusive time by function (inclusive counted once per stack).
  const self = new Map<number, number>();
  // Samples inside the window only (the profile's clock is the trace's); LONGEST=1: inside the longest task.
  const longest = tasks.reduce((a, b) => ((b.dur ?? 0) > (a.dur ?? 0) ? b : a));
  const range: [number, number] = process.env.LONGEST
    ? [longest.ts, longest.ts + (longest.dur ?? 0)]
    : trace.window;
  let at = profile.startTime;
  profile.samples.forEach((id, i) => {
    at += profile.timeDeltas[i] ?? 0;
    if (at < range[0] || at > range[1]) return;
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000);
  });
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const name = (id: number) => {
    const n = byId.get(id)!;
    const url = n.callFrame.url.split('/').pop() || '';
    return `${n.callFrame.functionName || '(anon)'} ${url}:${n.callFrame.lineNumber + 1}`;
  };
  const selfFn = new Map<string, number>();
  const incl = new Map<string, number>();
  const byUrl = new Map<string, number>();
  for (const [id, ms] of self) {
    selfFn.set(name(id), (selfFn.get(name(id)) ?? 0) + ms);
    const seen = new Set<string>();
    let url = '';
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const k = name(at);
      if (!url && byId.get(at)!.callFrame.url) url = byId.get(at)!.callFrame.url.split('/').pop()!;
      if (seen.has(k)) continue;
      seen.add(k);
      incl.set(k, (incl.get(k) ?? 0) + ms);
    }
    byUrl.set(url || name(id), (byUrl.get(url || name(id)) ?? 0) + ms);
  }
  console.log(
    '  sampled self ms by nearest script:',
    [...byUrl]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 20)
      .map(([k, v]) => `${k} ${v.toFixed(1)}`)
      .join(' | '),
  );
  console.log('  sampled self ms by function:');
  for (const [k, v] of [...selfFn].sort((a, b) => b[1] - a[1]).slice(0, 25))
    console.log(`    ${v.toFixed(1)} ${k}`);
  console.log('  sampled inclusive ms by function:');
  for (const [k, v] of [...incl].sort((a, b) => b[1] - a[1]).slice(0, 45))
    console.log(`    ${v.toFixed(1)} ${k}`);
  // Each task over 12 ms wall or 4 ms CPU: the widget's functions that ran longest in it (inclusive, sampled).
  const stamps: number[] = [];
  let clock = profile.startTime;
  for (const d of profile.timeDeltas) {
    clock += d;
    stamps.push(clock);
  }
  for (const t of tasks.filter((t) => (t.dur ?? 0) > 12_000 || (t.tdur ?? 0) > 4000)) {
    const inTask = new Map<string, number>();
    profile.samples.forEach((id, i) => {
      if (stamps[i]! < t.ts || stamps[i]! > t.ts + (t.dur ?? 0)) return;
      const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
      const seen = new Set<string>();
      for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
        const k = name(at);
        if (seen.has(k) || !/topup-doctor|^\S+ :0$/.test(k) || /^\(root\)/.test(k)) continue;
        seen.add(k);
        inTask.set(k, (inTask.get(k) ?? 0) + ms);
      }
    });
    const top = [...inTask]
      .sort((a, b) => b[1] - a[1])
      .filter(([k]) => !/^[A-Za-z]{1,2} topup-doctor-chunk/.test(k));
    console.log(
      `  task @${((t.ts - t0) / 1000).toFixed(0)} (${((t.tdur ?? 0) / 1000).toFixed(1)} ms CPU, ${((t.dur ?? 0) / 1000).toFixed(1)} wall): ${top
        .slice(0, 14)
        .map(([k, v]) => `${k.replace(/topup-doctor-(chunk-)?/, '')} ${v.toFixed(1)}`)
        .join(' | ')}`,
    );
  }
  await context.close();
}
await browser.close();
await server.close();
