// The widget benches' in-page driver and their main-thread trace (pnpm bench:widget, bench/widget-profile.ts).
//
// The driver presses each step's button as soon as it shows, as a user who knows the way would, and is
// built to stay out of the figures: it looks again only after the widget changed its DOM (a
// MutationObserver, not a search of the whole page on every animation frame: those frames and searches
// are the bench's own work), looks once the frame that renders the change has run (so it reads a laid-out
// page instead of forcing the layout itself), and presses in a task of its own, as a user's click arrives
// (pressing from inside an animation frame would fold the frame's rendering into the widget's task).
//
// The CPU window is marked from inside the page (User Timing marks in the trace): from the problem's
// pointerdown to the frame that shows the preview. Tasks that end before the first mark or start after the
// second (the bench's hover, Playwright's own round trips, stopping the trace) are not counted.
import { tr } from '@topup-doctor/sdk/ui';
import type { Browser, Page } from 'playwright-core';

export type Action = ['click' | 'wait', string[]] | ['fill', string, string];

/** The widget's zh-CN words, as the benches find its buttons. */
export const zh = (key: Parameters<typeof tr>[1]) => tr('zh-CN', key);

/** From the known step of "paid, not credited" (what the console read, the questions under it) to the
 *  ticket preview, as both benches drive it: the order's tail, the checks, then 'send to support' on an
 *  operator verdict or 'still not credited' on a self-help one. */
export const TO_PREVIEW: Action[] = [
  ['fill', '#td-q-tradeNoTail', '8400'],
  ['click', [zh('checks.run')]],
  ['click', [zh('verdict.send'), zh('verdict.notSolved')]],
  ['wait', [zh('preview.send')]],
];

/** In-page helpers (a string: tsx's name-keeping helper does not exist in the page). */
const HELPERS = `
  // The page and its open shadow roots, found once (the widget's panel is open when a script starts).
  const found = [document];
  const walk = (root) => {
    for (const el of root.querySelectorAll('*')) if (el.shadowRoot) { found.push(el.shadowRoot); walk(el.shadowRoot); }
  };
  walk(document);
  const roots = () => found;
  const shown = (el) => el.getClientRects().length > 0 && !el.disabled;
  // One observer over the page and its open shadow roots: after a DOM change, whoever waits is woken once,
  // in the next animation frame (before its rendering) or in a task after that frame; a timer wakes them
  // once a second too, should a change come unseen. stopWatching() ends both.
  let waiting = [];
  let woken = false;
  const wake = () => {
    if (woken || !waiting.length) return;
    woken = true;
    requestAnimationFrame(() => {
      woken = false;
      const now = waiting;
      waiting = [];
      for (const [fn, afterFrame] of now) afterFrame ? setTimeout(fn) : fn();
    });
  };
  const observer = new MutationObserver(wake);
  for (const root of roots()) observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
  const fallback = setInterval(wake, 1000);
  const stopWatching = () => { observer.disconnect(); clearInterval(fallback); };
  const changed = (afterFrame) => new Promise((resolve) => waiting.push([resolve, afterFrame]));
  // The element now, or else after the next change, looked for in a task after the frame that renders it.
  const find = async (selector, test) => {
    const end = performance.now() + 30000;
    for (;;) {
      for (const root of roots())
        for (const el of root.querySelectorAll(selector)) if (test(el) && shown(el)) return el;
      if (performance.now() > end) throw new Error('not found: ' + selector + ' ' + test);
      await changed(true);
    }
  };
`;

/** The driver's loop (inside an async function, after HELPERS): each action as soon as its element shows. */
const actionsLoop = (actions: Action[], end: string) => `
    const actions = ${JSON.stringify(actions)};
    for (const [i, [kind, a, b]] of actions.entries()) {
      const el = kind === 'fill'
        ? await find(a, () => true)
        : await find('button', (e) => a.includes(e.textContent.trim()));
      performance.mark(i === actions.length - 1 ? ${JSON.stringify(end)} : 'td-bench-step-' + i);
      if (kind === 'fill') {
        el.value = b;
        el.dispatchEvent(new Event('input', { bubbles: true }));
        el.dispatchEvent(new Event('change', { bubbles: true }));
      } else if (kind === 'click') {
        el.click();
      }
      // A hand's next action comes a frame later at the soonest: typing and pressing are two tasks.
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
    }
    stopWatching();`;

/**
 * An in-page script that performs the actions in order, each as soon as its element shows, and puts the
 * User Timing mark `end` in the frame in which the last one shows.
 */
export function drive(actions: Action[], end = 'td-bench-end'): string {
  return `(async () => {
    ${HELPERS}
    ${actionsLoop(actions, end)}
  })()`;
}

/**
 * Installed before a press: `window.__tdShown` resolves with the ms from the next pointerdown to the
 * animation frame in which an element matching `ready` shows, and the pointerdown puts the mark `start`.
 * With `then`, the same script goes on to drive those actions (drive()) from a task after that frame, and
 * `window.__tdDone` resolves (with the same ms) once they are done: the driver is set up before the press
 * (its search for the shadow roots, its observer) and no Playwright call runs in the page inside the window.
 */
export function probe(
  ready: string,
  start = 'td-bench-start',
  then?: Action[],
  end = 'td-bench-end',
): string {
  return `window.__tdShown = new Promise((resolve) => {
    ${HELPERS}
    let t0 = 0;
    addEventListener('pointerdown', () => { t0 = performance.now(); performance.mark(${JSON.stringify(start)}); }, { capture: true, once: true });
    const look = () => {
      for (const root of roots()) for (const el of root.querySelectorAll(${JSON.stringify(ready)})) if (shown(el)) return true;
      return false;
    };
    ${
      then
        ? `const go = async () => {
      await new Promise((next) => setTimeout(next));
      ${actionsLoop(then, end)}
    };
    let done;
    window.__tdDone = new Promise((r) => (done = r));`
        : ''
    }
    // Checked in the frame after each DOM change (the frame that will show it).
    const check = () => {
      if (t0 && look()) {
        const ms = performance.now() - t0;
        resolve(ms);
        ${then ? 'go().then(() => done(ms));' : 'stopWatching();'}
      } else changed(false).then(check);
    };
    changed(false).then(check);
  }); 0`;
}

export interface TraceEvent {
  ph: string;
  name: string;
  cat?: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** Thread time: the CPU the thread actually got during the event (dur minus time it waited for a core). */
  tdur?: number;
  args?: { name?: string; data?: { url?: string; type?: string } };
}

export interface Traced {
  /** Main-thread CPU in the window, ms: the tasks' thread time (top-level tasks only: Chromium nests
   *  RunTask events). On a shared machine a task's wall duration also counts the time its thread waited
   *  for a core (seen: a 30 ms busy loop at 34 ms wall, 16 ms thread time, load 13 on 2 cores). */
  cpu: number;
  /** The longest task's thread time. */
  longest: number;
  /** The same by wall duration: what a user would wait (on a machine whose cores are shared, more). */
  wall: number;
  longestWall: number;
  /** The window's top-level tasks and every main-thread event, for a closer look (widget-profile.ts). */
  tasks: TraceEvent[];
  events: TraceEvent[];
  window: [number, number];
  /** Every User Timing mark the page put (the driver marks each press: td-bench-step-N). */
  marks: TraceEvent[];
}

/**
 * Traces `run` and returns the renderer main thread's tasks between the User Timing marks `start` and
 * `end` that the page put (probe() and drive() put them), with the tasks that overlap either edge.
 */
export async function traced(
  browser: Browser,
  page: Page,
  run: () => Promise<void>,
  marks: [string, string] = ['td-bench-start', 'td-bench-end'],
  extraCategories: string[] = [],
): Promise<Traced> {
  await browser.startTracing(page, {
    categories: ['toplevel', 'devtools.timeline', 'blink.user_timing', ...extraCategories],
  });
  let buffer: Buffer;
  try {
    await run();
  } finally {
    buffer = await browser.stopTracing();
  }
  const all = (JSON.parse(buffer.toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
  const mark = (name: string) => {
    const found = all.find((e) => e.cat?.includes('blink.user_timing') && e.name === name);
    if (!found) throw new Error(`the page did not put the mark ${name}`);
    return found;
  };
  const [from, to] = [mark(marks[0]), mark(marks[1])];
  // The main thread of the page's renderer: the one that put the marks.
  const events = all.filter((e) => e.pid === from.pid && e.tid === from.tid && e.ph === 'X');
  const runs = events
    .filter((e) => e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask')
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const tasks: TraceEvent[] = [];
  for (const e of runs) {
    const last = tasks[tasks.length - 1];
    if (last && e.ts < last.ts + (last.dur ?? 0)) continue; // nested in the previous task
    if (e.ts + (e.dur ?? 0) < from.ts || e.ts > to.ts) continue;
    tasks.push(e);
  }
  const cpu = tasks.map((e) => (e.tdur ?? e.dur ?? 0) / 1000);
  const wall = tasks.map((e) => (e.dur ?? 0) / 1000);
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  return {
    cpu: sum(cpu),
    longest: Math.max(0, ...cpu),
    wall: sum(wall),
    longestWall: Math.max(0, ...wall),
    tasks,
    events,
    window: [from.ts, to.ts],
    marks: all.filter((e) => e.cat?.includes('blink.user_timing')).sort((a, b) => a.ts - b.ts),
  };
}
