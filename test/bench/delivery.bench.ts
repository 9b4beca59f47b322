// `pnpm bench:delivery`: sends 200+ tickets through the real widget (built sdk/dist, Debian Chromium)
// to a fault-injecting local intake (500s, hangs, resets, lost acks), three tabs of one browser profile
// sending at once, some tabs closed right after Send, some sends made offline. Then a final visit per
// profile with a healthy intake, and the tally:
//   lost          Send was pressed, the intake never stored it, and no outbox still holds it
//   doubled       one ticket stored under more than one idempotency key (or twice)
//   falsely-sent  the widget said "sent" while the intake did not have that key
//   still-queued  outbox entries left after the final visit
// Goal 0 / 0 / 0 / 0. Not a timed test: it prints numbers and exits non-zero when a goal is missed.
// Knobs: TICKETS (default 210), SEED, PROFILES (parallel browser profiles, default 2), DEBUG_DRIVE=1 (print
// why a tab could not be driven to the preview).
import { tr } from '@topup-doctor/sdk/ui';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { CHROMIUM_FLAGS, chromiumPath } from '../harness/browser.js';
import { type Fault, faultyIntake } from '../harness/faulty-intake.js';
import { consolePage, prepareContext, startWidgetServer, stepHeading } from '../harness/widget.js';

const TICKETS = Number(process.env.TICKETS ?? 210);
const PROFILES = Number(process.env.PROFILES ?? 2);
const TABS = 3;
/** The outbox's localStorage keys: one array under `...:v1` before per-entry keys, one key per entry after. */
const OUTBOX_PREFIX = 'topup-doctor:outbox:';

/** Ticket ids waiting in this page's outbox (either storage layout). */
function outboxIds(page: Page): Promise<string[]> {
  return page.evaluate((prefix) => {
    const ids: string[] = [];
    for (const key of Object.keys(localStorage)) {
      if (!key.startsWith(prefix)) continue;
      try {
        const value = JSON.parse(localStorage.getItem(key) ?? 'null') as unknown;
        for (const e of Array.isArray(value) ? value : [value])
          if (e?.ticket?.id && e.state !== 'refused') ids.push(String(e.ticket.id));
      } catch {
        // not an entry
      }
    }
    return ids;
  }, OUTBOX_PREFIX);
}
/** How long a user watches "Sending…" before closing the tab. */
const PATIENCE_MS = 20_000;
const FINAL_VISIT_MS = 45_000;

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rng = mulberry32(Number(process.env.SEED ?? 17));

const FAULTS: [Fault, number][] = [
  ['error500', 0.12],
  ['hang', 0.06],
  ['reset', 0.06],
  ['lostAck', 0.08],
];
function pickFault(): Fault {
  let r = rng();
  for (const [fault, p] of FAULTS) {
    if (r < p) return fault;
    r -= p;
  }
  return 'ok';
}

const w = (key: Parameters<typeof tr>[1]) => tr('zh-CN', key);
const keyOf = (id: string) => `topup-doctor:${id}`;

const intake = faultyIntake();
let faultsOn = true;
intake.plan = () => (faultsOn ? pickFault() : 'ok');

const server = await startWidgetServer({
  pages: {
    '/console/topup': consolePage({ lang: 'zh-CN', attrs: { webhook: '/api/tickets', console: 'new-api' } }),
  },
  intake: intake.handle,
});
const browser = await chromium.launch({
  executablePath: chromiumPath(),
  headless: true,
  args: CHROMIUM_FLAGS,
});

type Shown = 'sent' | 'queued' | 'refused' | 'sending' | 'closed';
const pressed = new Map<string, { shown: Shown; falseSent: boolean }>();
const counts = { rounds: 0, offlineRounds: 0, closedAfterSend: 0, gaveUpWaiting: 0, driveErrors: 0 };

async function waitFor(page: Page, test: () => Promise<boolean>, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await test().catch(() => false)) return true;
    await page.waitForTimeout(150).catch(() => undefined);
  }
  return false;
}

/** Launcher -> problem -> known and questions -> checks -> "not solved" -> preview; returns the ticket id shown. */
async function toPreview(page: Page, n: number): Promise<string> {
  await page.goto(`${server.origin}/console/topup`);
  await page.locator('button.launch').click();
  await page.getByRole('button', { name: w('problem.paid_not_credited') }).click();
  await page.locator('#td-q-tradeNoTail').fill('8400');
  await page.getByRole('button', { name: w('checks.run') }).click();
  // To a ticket: 'send to support' on an operator verdict, 'still not credited' on a self-help one.
  const toTicket = new RegExp(`^(${w('verdict.send')}|${w('verdict.notSolved')})$`);
  await page.getByRole('button', { name: toTicket }).click();
  await page.locator('#td-note').fill(`第 ${n} 张：支付宝已扣款，余额没变`);
  await page.locator('#td-note').blur();
  const id = await page.locator('dl.facts dd').first().textContent();
  if (!id || !/^TD-/.test(id)) throw new Error(`no ticket id in the preview: ${id}`);
  return id.trim();
}

async function outcome(page: Page, id: string): Promise<Shown> {
  const sent = w('sent.heading');
  const failed = w('failed.heading');
  let heading = null as string | null;
  const settled = await waitFor(
    page,
    async () => {
      heading = await stepHeading(page);
      return heading === sent || heading === failed;
    },
    PATIENCE_MS,
  );
  if (!settled) {
    counts.gaveUpWaiting++;
    return 'sending';
  }
  if (heading === sent) {
    // "Sent" must mean the intake has this key now.
    if (!intake.stored.has(keyOf(id))) pressed.get(id)!.falseSent = true;
    return 'sent';
  }
  const queued: string[] = await outboxIds(page).catch(() => []);
  return queued.includes(id) ? 'queued' : 'refused';
}

async function round(context: BrowserContext, r: number): Promise<void> {
  counts.rounds++;
  const pages = await Promise.all(Array.from({ length: TABS }, () => context.newPage()));
  const ids: (string | undefined)[] = await Promise.all(
    pages.map((page, i) =>
      toPreview(page, r * TABS + i).catch((e) => {
        if (process.env.DEBUG_DRIVE) console.error(e);
        counts.driveErrors++;
        return undefined;
      }),
    ),
  );
  const offline = rng() < 0.12;
  if (offline) {
    counts.offlineRounds++;
    await context.setOffline(true);
  }
  const closeNow = pages.map(() => rng() < 0.15);
  await Promise.all(
    pages.map(async (page, i) => {
      const id = ids[i];
      if (!id) return page.close();
      pressed.set(id, { shown: 'closed', falseSent: false });
      await page.getByRole('button', { name: w('preview.send') }).click();
      if (closeNow[i]) {
        counts.closedAfterSend++;
        await page.close();
        return;
      }
      pressed.get(id)!.shown = await outcome(page, id);
    }),
  );
  if (offline) await context.setOffline(false);
  await Promise.all(pages.map((page) => page.close().catch(() => undefined)));
}

const started = Date.now();
const contexts: BrowserContext[] = [];
for (let p = 0; p < PROFILES; p++) {
  const context = await browser.newContext();
  await prepareContext(context);
  contexts.push(context);
}
const rounds = Math.ceil(TICKETS / TABS);
let next = 0;
await Promise.all(
  contexts.map(async (context) => {
    while (next < rounds) {
      const r = next++;
      await round(context, r);
      if (r % 10 === 0) process.stdout.write(`  round ${r + 1}/${rounds}\n`);
    }
  }),
);

// The final visit: a healthy intake, each profile opens the console once and waits for its outbox.
faultsOn = false;
intake.releaseHung();
const leftover: string[] = [];
for (const context of contexts) {
  const page = await context.newPage();
  await page.goto(`${server.origin}/console/topup`);
  await waitFor(page, async () => (await outboxIds(page)).length === 0, FINAL_VISIT_MS);
  leftover.push(...(await outboxIds(page)));
  await page.close();
}
const seconds = ((Date.now() - started) / 1000).toFixed(0);
await browser.close();
await server.close();

const storedById = new Map<string, number>();
for (const s of intake.stored.values()) storedById.set(s.id, (storedById.get(s.id) ?? 0) + 1);
const lost = [...pressed.keys()].filter((id) => !storedById.has(id) && !leftover.includes(id));
const doubled = [...storedById.values()].filter((n) => n > 1).length;
const falselySent = [...pressed.values()].filter((p) => p.falseSent).length;
const shown = new Map<Shown, number>();
for (const p of pressed.values()) shown.set(p.shown, (shown.get(p.shown) ?? 0) + 1);
const faultCounts = new Map<Fault, number>();
for (const p of intake.posts) faultCounts.set(p.fault, (faultCounts.get(p.fault) ?? 0) + 1);

console.log(
  `\ndelivery bench: ${pressed.size} tickets sent in ${counts.rounds} rounds of ${TABS} tabs, ${seconds} s`,
);
console.log(
  `  faults: ${[...faultCounts].map(([f, n]) => `${f} ${n}`).join(', ')} (of ${intake.posts.length} POSTs)`,
);
console.log(
  `  drills: ${counts.offlineRounds} offline rounds, ${counts.closedAfterSend} tabs closed right after Send, ` +
    `${counts.gaveUpWaiting} tabs closed while still "sending", ${counts.driveErrors} drive errors`,
);
console.log(`  widget showed: ${[...shown].map(([s, n]) => `${s} ${n}`).join(', ')}`);
console.log(`  stored by the intake: ${storedById.size}`);
const row = (name: string, n: number) => console.log(`  ${name.padEnd(14)} ${n}`);
row('lost', lost.length);
row('doubled', doubled);
row('falsely-sent', falselySent);
row('still-queued', leftover.length);
if (lost.length) console.log(`  lost ids: ${lost.slice(0, 10).join(' ')}`);
if (pressed.size < 200 && TICKETS >= 200) process.exitCode = 1;
if (lost.length || doubled || falselySent || leftover.length) process.exitCode = 1;
