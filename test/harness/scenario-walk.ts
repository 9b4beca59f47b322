// Walks one row of the scenario table (demo/src/scenarios/table.ts) through the real widget in Chromium:
// seed the situation, log in on the console's own login page, do the user's page actions (redeem on the
// console's form, switch the session with the demo tool), open the widget, choose the problem, answer
// what it asks, and read the verdict screen back into catalog keys (the cause, the steps), so the table's
// expectations are checked against what a person sees. A ticket, when offered, is sent and read back
// from the intake.
import {
  type Observed,
  type Row,
  type ScenarioName,
  type ScenarioSetup,
  typedCode,
} from '@topup-doctor/demo';
import { CATALOGS, type Locale, reasonText } from '@topup-doctor/sdk/core';
import { tr } from '@topup-doctor/sdk/ui';
import type { BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import { supportGet } from './demo.js';

export interface Origins {
  main: string;
  sub2api: string;
}

const ACCOUNTS: Record<string, { email: string; password: string }> = {
  alice: { email: 'alice@example.com', password: 'alice123' },
  bob: { email: 'bob@example.com', password: 'bob12345' },
  carol: { email: 'carol@example.com', password: 'carol123' },
};

export async function applyScenario(origins: Origins, name: ScenarioName): Promise<ScenarioSetup> {
  const res = await fetch(`${origins.main}/demo/api/scenario`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name }),
  });
  if (!res.ok) throw new Error(`scenario ${name}: HTTP ${res.status}`);
  return (await res.json()) as ScenarioSetup;
}

/** Logs in on the console's own login page (the page keeps what the real console keeps in localStorage). */
async function login(page: Page, origin: string, setup: ScenarioSetup, locale: Locale): Promise<void> {
  const account = ACCOUNTS[setup.user];
  if (!account) throw new Error(`no demo account ${setup.user}`);
  await page.goto(`${origin}/login?lang=${locale}`);
  if (setup.console === 'sub2api') {
    await page.fill('#s2-email', account.email);
    await page.fill('#s2-password', account.password);
    await page.click('#s2-login-submit');
    await page.waitForURL('**/purchase');
  } else {
    await page.fill('#username', setup.user);
    await page.fill('#password', account.password);
    await page.click('#login-submit');
    await page.waitForURL('**/console/topup');
  }
}

/** Does the user's page actions; returns the message the page showed for the last redemption. */
async function doBefore(
  page: Page,
  origin: string,
  row: Row,
  setup: ScenarioSetup,
): Promise<string | undefined> {
  let shown: string | undefined;
  for (const action of row.before ?? []) {
    if ('redeem' in action) {
      const code = typedCode(action.redeem, setup.codes);
      if (setup.console === 'sub2api') {
        await page.goto(`${origin}/redeem`);
        await page.fill('#s2-code', code);
        await page.click('#s2-redeem-submit');
        await expect
          .poll(() => page.locator('#s2-redeem-result').isVisible(), { timeout: 15_000 })
          .toBe(true);
        shown = (await page.locator('#s2-redeem-result').textContent()) ?? undefined;
      } else {
        await page.goto(`${origin}/console/topup`);
        await page.fill('#redeem-key', code);
        await page.click('#redeem-submit');
        await expect.poll(() => page.locator('#redeem-result').isVisible(), { timeout: 15_000 }).toBe(true);
        shown = (await page.locator('#redeem-result').textContent()) ?? undefined;
      }
    } else {
      await page.goto(`${origin}/console/topup`);
      await page.locator('details.demo-tools summary').click();
      await page.click(`.switch-session[data-user-id="2"]`);
      await expect.poll(() => page.locator('#switch-result').isVisible(), { timeout: 15_000 }).toBe(true);
    }
  }
  return shown;
}

/** The page the user opens the widget on. */
function startPage(row: Row, setup: ScenarioSetup): string {
  if (setup.console === 'sub2api') return row.problem === 'redeem_not_credited' ? '/redeem' : '/orders';
  return '/console/topup';
}

const catalog = (locale: Locale): Record<string, string> => CATALOGS[locale];

/** A catalog template as a pattern: its words literally, each {param} as any text. */
function templatePattern(template: string): RegExp {
  const parts = template.split(/\{[^}]+\}/).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^\\s*${parts.join('[\\s\\S]+?')}\\s*$`);
}

/** The catalog key whose words this line is (longest template first, so a general one never shadows). */
export function stepKeyOf(locale: Locale, line: string): string | undefined {
  const words = catalog(locale);
  const keys = Object.keys(words)
    .filter((k) => k.startsWith('step.'))
    .sort((a, b) => (words[b]?.length ?? 0) - (words[a]?.length ?? 0));
  return keys.find((k) => templatePattern(words[k] ?? '').test(line));
}

/** The reason whose words appear in the verdict (the longest, so "code expired" never hides a longer one). */
function reasonIn(locale: Locale, text: string, candidates: string[]): string | undefined {
  return candidates
    .filter((r) => text.includes(reasonText(locale, r)))
    .sort((a, b) => reasonText(locale, b).length - reasonText(locale, a).length)[0];
}

const REASONS = Object.keys(CATALOGS.en)
  .filter((k) => k.startsWith('reason.'))
  .map((k) => k.slice('reason.'.length));

/** The widget's dialog (its shadow root is open: locators pierce it). */
const dialog = (page: Page) => page.getByRole('dialog');

async function answerQuestions(
  page: Page,
  row: Row,
  setup: ScenarioSetup,
  now: number,
  shown: string | undefined,
): Promise<void> {
  const a = row.answers;
  const d = dialog(page);
  const fillIf = async (selector: string, value: string) => {
    const el = d.locator(selector);
    if ((await el.count()) === 0 || !(await el.first().isVisible())) return;
    await el.first().fill(value);
    // Free-text fields keep only their masked form once the user leaves them.
    await el.first().blur();
  };
  const local = (ms: number) => {
    // datetime-local in the context's time zone (Asia/Shanghai, UTC+8, no daylight saving).
    return new Date(ms + 8 * 3_600_000).toISOString().slice(0, 16);
  };
  if (a.order) {
    const full = setup.orders[a.order.label] ?? '';
    const tail = full.slice(-4);
    if (a.order.by === 'list') {
      // The recent orders the console listed, each with its masked number: pick the one with this end.
      const choice = d.getByRole('radio', { name: new RegExp(tail) });
      if ((await choice.count()) > 0 && !(await choice.first().isChecked())) await choice.first().check();
    } else if (a.order.by === 'tail') await fillIf('#td-q-tradeNoTail', tail);
    // A whole number pasted from a receipt (another account's): the same field takes it.
    else await fillIf('#td-q-tradeNoTail', full);
  }
  if (a.notListed) {
    const none = d.getByRole('radio', { name: tr(row.locale, 'known.pickNone'), exact: true });
    if ((await none.count()) > 0 && !(await none.first().isChecked())) await none.first().check();
  }
  if (a.paidAmount !== undefined) await fillIf('#td-q-paidAmount', String(a.paidAmount));
  if (a.paidAgoMs !== undefined) await fillIf('#td-q-paidAt', local(now - a.paidAgoMs));
  if (a.code) await fillIf('#td-q-redeemCode', typedCode(a.code, setup.codes));
  if (a.redeemedAgoMs !== undefined) await fillIf('#td-q-redeemedAt', local(now - a.redeemedAgoMs));
  // Asked what the page said, the user copies the message the page showed them.
  const message = a.message ?? shown;
  if (message !== undefined) await fillIf('#td-q-pageMessage', message);
}

export interface Walked {
  setup: ScenarioSetup;
  seen: Observed;
  /** The intake's id of the ticket sent, as the widget's sent step names it. */
  ticketId?: string;
}

/** Buttons that lead from the verdict to a ticket, by their UI catalog keys. */
const TICKET_KEYS = ['verdict.send'];

export async function walkRow(
  context: BrowserContext,
  origins: Origins,
  row: Row,
  screenshot: (page: Page, name: string) => Promise<unknown>,
): Promise<Walked> {
  const setup = await applyScenario(origins, row.scenario);
  const origin = setup.console === 'sub2api' ? origins.sub2api : origins.main;
  const page = await context.newPage();
  try {
    await login(page, origin, setup, row.locale);
    const shown = await doBefore(page, origin, row, setup);
    // The user opens the widget right where they are (a redeem answer stays on the page); only another
    // tab's login needs this page to act again (the demo tool changed the session behind it).
    const start = `${origin}${startPage(row, setup)}`;
    if (row.before?.some((b) => 'switchSessionTo' in b)) await page.reload();
    else if (new URL(page.url()).pathname !== new URL(start).pathname) await page.goto(start);
    const w = (key: Parameters<typeof tr>[1]) => tr(row.locale, key);
    await page.locator('button.launch').click();
    await dialog(page)
      .getByRole('button', { name: w(`problem.${row.problem}` as Parameters<typeof tr>[1]) })
      .click();
    const verdict = dialog(page).getByRole('heading', { name: w('verdict.heading') });
    for (let i = 0; i < 6 && !(await verdict.isVisible().catch(() => false)); i++) {
      const forward = dialog(page)
        .getByRole('button', { name: w('checks.run'), exact: true })
        .last();
      // The step is ready (the console's reading is in, the orders are listed) before anything is answered.
      await forward.waitFor({ state: 'visible', timeout: 15_000 });
      await answerQuestions(page, row, setup, setup.now, shown);
      await forward.click();
      await page.waitForTimeout(50);
    }
    await verdict.waitFor({ state: 'visible', timeout: 15_000 });
    await screenshot(page, `scenario-${row.locale}-${row.scenario}-verdict`);
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text, as a person reads it.
    const text = (await dialog(page).innerText()) ?? '';
    const verdictText = text.slice(Math.max(0, text.indexOf(w('checks.heading'))));
    const lines = await dialog(page).locator('ol > li').allInnerTexts();
    const steps = lines.map((line) => stepKeyOf(row.locale, line) ?? `(unknown: ${line})`);
    const resolution = (['self', 'wait', 'operator'] as const).find((r) =>
      verdictText.includes(w(`verdict.${r}` as Parameters<typeof tr>[1])),
    );
    const waitLine = lines.find((l) => stepKeyOf(row.locale, l) === 'step.wait');
    const minutes = waitLine ? /(\d+)/.exec(waitLine) : null;
    const buttons = await dialog(page).getByRole('button').allInnerTexts();
    const ticketButton = TICKET_KEYS.map((k) => {
      try {
        return w(k as Parameters<typeof tr>[1]);
      } catch {
        return undefined;
      }
    }).find((label) => label && buttons.some((b) => b.trim() === label));
    // The cause is named in bold under its heading; anything else in bold is not a cause.
    const bold = (await dialog(page).locator('p > strong').allInnerTexts()).map((b) => b.trim());
    const named = REASONS.find((r) => bold.includes(reasonText(row.locale, r)));
    const seen: Observed = {
      reason: named ?? reasonIn(row.locale, verdictText, REASONS),
      resolution: resolution ?? '(none shown)',
      steps,
      ...(minutes?.[1] ? { waitMinutes: Number(minutes[1]) } : {}),
      ticketOffered: ticketButton !== undefined,
    };
    if (!(ticketButton && row.expect.ticket)) return { setup, seen };
    const sent = await sendTicket(page, origins, row, ticketButton, screenshot);
    seen.ticket = sent.ticket;
    return { setup, seen, ticketId: sent.id };
  } finally {
    await page.close();
  }
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Sends the ticket from the preview and reads what the intake stored. */
async function sendTicket(
  page: Page,
  origins: Origins,
  row: Row,
  ticketButton: string,
  screenshot: (page: Page, name: string) => Promise<unknown>,
): Promise<{ id: string; ticket: NonNullable<Observed['ticket']> }> {
  const w = (key: Parameters<typeof tr>[1]) => tr(row.locale, key);
  await dialog(page).getByRole('button', { name: ticketButton, exact: true }).click();
  const send = dialog(page).getByRole('button', { name: w('preview.send'), exact: true });
  await send.waitFor({ state: 'visible', timeout: 15_000 });
  await send.click();
  // The sent step names the ticket number in the catalog's words: 'Ticket {id}. …' / '工单号：{id}。…'.
  const [before = '', after = ''] = w('sent.body').split('{id}');
  const idPattern = new RegExp(`${escapeRe(before)}(\\S+?)${escapeRe(after.slice(0, 1))}`);
  let id = '';
  await expect
    .poll(
      async () => {
        // biome-ignore lint/performance/useDomNodeTextContent: the rendered text, as a person reads it.
        id = idPattern.exec(await dialog(page).innerText())?.[1] ?? '';
        return id;
      },
      { timeout: 15_000 },
    )
    .not.toBe('');
  await screenshot(page, `scenario-${row.locale}-${row.scenario}-sent`);
  // The intake's ticket API answers support only: read it as the demo's support admin.
  const stored = (await supportGet(origins.main, `/api/tickets/${encodeURIComponent(id)}`)) as {
    ticket?: NonNullable<Observed['ticket']>;
  };
  if (!stored.ticket) throw new Error(`the intake has no ticket ${id}: ${JSON.stringify(stored)}`);
  return { id, ticket: stored.ticket };
}
