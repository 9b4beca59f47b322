// The scenario table's in-process twin: a row's situation is seeded in the demo apps, the user's page
// actions are sent to the console's own API (app.request, no port, no browser), the sdk's adapter reads the
// console's JSON, and the core turns it into Facts, a Diagnosis and a Ticket, the way the widget does.
import {
  type ConsoleAdapter,
  type ConsoleEnv,
  type ConsoleRead,
  newApiAdapter,
  sub2apiAdapter,
} from '@topup-doctor/sdk/consoles';
import {
  type Answers,
  buildTicket,
  classifyRedeemMessage,
  type Diagnosis,
  diagnose,
  type Facts,
  maskRedeemCode,
  maskText,
  missingAnswers,
  type RedeemAttempt,
  Rules,
  readTradeNo,
  redeemCodeShape,
  type Ticket,
  toFacts,
  waitMinutesIn,
} from '@topup-doctor/sdk/core';
import type { Hono } from 'hono';
import type { AppEnv } from '../deps.js';
import { defaultSettings } from '../deps.js';
import { DEMO_ACCOUNTS } from '../seed.js';
import type { DemoApps } from '../server.js';
import { demoWidgetRules } from '../widget-rules.js';
import { applyScenario, type ScenarioSetup } from './seeds.js';
import { type Row, typedCode } from './table.js';

export interface TwinResult {
  setup: ScenarioSetup;
  read: ConsoleRead;
  facts: Facts;
  diagnosis: Diagnosis;
  /** Built for support, as the widget's send button would (whether or not the verdict offers it). */
  ticket: Ticket;
}

/** A browser-like session on one of the demo's consoles: cookies, localStorage, the console's headers. */
class Session {
  readonly cookies = new Map<string, string>();
  readonly storage = new Map<string, string>();
  /** The console's answers to redeem requests on this page, as the page saw them. */
  readonly redeemAnswers: { at: number; code: string; status: number; body: Record<string, unknown> }[] = [];

  constructor(
    readonly app: Hono<AppEnv>,
    readonly kind: 'new-api' | 'sub2api',
  ) {}

  async request(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookies.size) headers.set('cookie', [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '));
    const res = await this.app.request(path, { ...init, headers });
    for (const set of res.headers.getSetCookie()) {
      const [pair = ''] = set.split(';');
      const eq = pair.indexOf('=');
      this.cookies.set(pair.slice(0, eq), pair.slice(eq + 1));
    }
    return res;
  }

  /** What the console's own page script sends: New-Api-User from localStorage.user, or the Bearer token. */
  pageHeaders(): Record<string, string> {
    if (this.kind === 'sub2api') return { Authorization: `Bearer ${this.storage.get('auth_token') ?? ''}` };
    const user = JSON.parse(this.storage.get('user') ?? '{}') as { id?: number };
    return user.id === undefined ? {} : { 'New-Api-User': String(user.id) };
  }

  async login(username: string): Promise<void> {
    const account = DEMO_ACCOUNTS.find((a) => a.username === username);
    if (!account) throw new Error(`no demo account ${username}`);
    const json = (path: string, body: unknown) =>
      this.request(path, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      }).then((r) => r.json() as Promise<{ data: Record<string, unknown> }>);
    if (this.kind === 'sub2api') {
      const r = await json('/api/v1/auth/login', { email: account.email, password: account.password });
      this.storage.set('auth_token', String(r.data.access_token));
      this.storage.set('auth_user', JSON.stringify(r.data.user));
    } else {
      const r = await json('/api/user/login', { username, password: account.password });
      this.storage.set('user', JSON.stringify(r.data));
    }
  }

  async redeem(code: string, now: number): Promise<void> {
    const path = this.kind === 'sub2api' ? '/api/v1/redeem' : '/api/user/topup';
    const res = await this.request(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...this.pageHeaders() },
      body: JSON.stringify(this.kind === 'sub2api' ? { code } : { key: code }),
    });
    this.redeemAnswers.push({
      at: now,
      code,
      status: res.status,
      body: (await res.json()) as Record<string, unknown>,
    });
  }

  env(now: number, pathname: string): ConsoleEnv {
    return {
      fetch: (input, init) => this.request(input, init),
      storage: { getItem: (k) => this.storage.get(k) ?? null },
      origin: 'http://127.0.0.1',
      pathname,
      now: () => now,
    };
  }
}

/**
 * What the page observer records of a redeem answer it saw: the outcome named by the console (new-api's
 * message, sub2api's reason), the masked code and message, the time. Only masked values leave here.
 */
function observedRedeem(a: Session['redeemAnswers'][number]): RedeemAttempt {
  const message = typeof a.body.message === 'string' ? a.body.message : undefined;
  const reason = typeof a.body.reason === 'string' ? a.body.reason : undefined;
  const ok = a.body.success === true || a.body.code === 0;
  const attempt: RedeemAttempt = {
    outcome: ok ? 'success' : classifyRedeemMessage(message, reason),
    at: a.at,
    codeMasked: maskRedeemCode(a.code),
    source: 'console',
  };
  if (message && !ok) attempt.message = maskText(message).text;
  const wait = waitMinutesIn(message);
  if (wait !== undefined) attempt.waitMinutes = wait;
  return attempt;
}

/** The order the row means, in the console's list (its last 4 characters are what the user compares). */
function orderRefOf(read: ConsoleRead, full: string): string | undefined {
  const tail = full.slice(-4).toLowerCase();
  return read.orders?.find((o) => o.tradeNoTail?.toLowerCase() === tail)?.ref;
}

export async function runTwin(apps: DemoApps, row: Row): Promise<TwinResult> {
  const { deps } = apps;
  const setup = await applyScenario(deps, row.scenario, defaultSettings());
  const now = deps.now();
  const kind = setup.console;
  const session = new Session(kind === 'sub2api' ? apps.sub2api : apps.app, kind);
  await session.login(setup.user);
  for (const action of row.before ?? []) {
    if ('redeem' in action) await session.redeem(typedCode(action.redeem, setup.codes), now);
    else {
      const target = DEMO_ACCOUNTS.find((a) => a.username === action.switchSessionTo);
      await session.request('/demo/switch-session', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ userId: target?.id }),
      });
    }
  }
  const adapter: ConsoleAdapter = kind === 'sub2api' ? sub2apiAdapter : newApiAdapter;
  const pathname =
    kind === 'sub2api' ? (row.problem === 'redeem_not_credited' ? '/redeem' : '/orders') : '/console/topup';
  const read = await adapter.read(session.env(now, pathname));
  if (session.redeemAnswers.length) read.redeems = session.redeemAnswers.map(observedRedeem);

  const a = row.answers;
  const answers: Answers = { problem: row.problem };
  // The order picked from the console's list is chosen before any question; everything else is answered
  // only when the widget asks for it (core missingAnswers), as a person in the browser would.
  const full = a.order ? setup.orders[a.order.label] : undefined;
  if (a.order && !full) throw new Error(`scenario ${row.scenario} has no order ${a.order.label}`);
  if (a.order?.by === 'list' && full) {
    const ref = orderRefOf(read, full);
    if (ref === undefined) throw new Error(`order ${a.order.label} is not in the console's list`);
    answers.orderRef = ref;
  }
  if (a.notListed) answers.orderNotListed = true;
  const asked = new Set(missingAnswers(row.problem, toFacts({ read, answers })));
  if (a.order && a.order.by !== 'list' && full && asked.has('tradeNoTail')) {
    if (a.order.by === 'tail') answers.tradeNoTail = full.slice(-4);
    else {
      const t = readTradeNo(full);
      if (t) {
        answers.tradeNoTail = t.tail;
        answers.tradeNoMasked = t.masked;
        if (t.userId) answers.tradeNoUserId = t.userId;
      }
    }
  }
  if (a.paidAmount !== undefined && asked.has('paidAmount')) answers.paidAmount = a.paidAmount;
  if (a.paidAgoMs !== undefined && asked.has('paidAt')) answers.paidAt = now - a.paidAgoMs;
  if (a.code && asked.has('redeemCode')) {
    const typed = typedCode(a.code, setup.codes);
    answers.redeemCode = maskRedeemCode(typed);
    // The widget's code field reads the shape before masking (Questions.tsx).
    const shape = redeemCodeShape(kind, typed);
    if (shape) answers.redeemCodeShape = shape;
  }
  if (a.redeemedAgoMs !== undefined && asked.has('redeemedAt')) answers.redeemedAt = now - a.redeemedAgoMs;
  // Asked what the page said, the user copies the message the page showed them.
  const last = session.redeemAnswers.at(-1)?.body.message;
  const message = a.message ?? (typeof last === 'string' ? last : undefined);
  if (message !== undefined && asked.has('pageMessage')) answers.pageMessage = maskText(message).text;

  const rules = Rules.parse(
    demoWidgetRules({ lang: row.locale, redemptionEnabled: deps.settings.redemptionEnabled, console: kind }),
  );
  const facts = toFacts({ read, answers });
  const diagnosis = diagnose(facts, { now, rules });
  const ticket = buildTicket(facts, diagnosis, '', {
    audience: 'support',
    now,
    id: `twin-${row.scenario}`,
    locale: row.locale,
    origin: kind === 'sub2api' ? deps.sub2apiOrigin() : deps.origin(),
    rules,
  });
  return { setup, read, facts, diagnosis, ticket };
}
