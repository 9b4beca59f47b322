// The scenario table: situations a support lead meets, each walked through the widget on a demo console
// (new-api and the sub2api-shaped one, zh-CN and en), with what a lead who read the handbook would decide:
// the cause named on the verdict screen (the diagnosis reason), the first next step, whether a ticket is
// offered (only when the operator is needed: a wait or a fix the user can make alone needs none), and what
// the ticket carries, masked (trade numbers keep the last 4: `…1832`; codes first 2 + last 4: `ab…9f3e`).
//
// One table, two runners: demo/src/scenarios/twin.test.ts (in-process: console JSON -> adapter -> toFacts ->
// diagnose -> buildTicket, no browser) and test/scenarios.test.ts (Debian Chromium through the widget, the
// ticket read back from the intake). Expectations are the domain's (docs/domain.md, the handbook), not
// whatever the code does.
import type { SCENARIOS, ScenarioName } from './seeds.js';

export type Locale = 'zh-CN' | 'en';
export type Problem =
  | 'payment_failed'
  | 'order_processing'
  | 'paid_not_credited'
  | 'duplicate_or_refund'
  | 'redeem_not_credited';

/** A redeem code from the scenario (by label), as the user typed it. */
export interface CodeRef {
  code: string;
  /** A typo a person makes: a digit 0 typed as the letter O; or the whole code in lower case. */
  typed?: 'zeroAsO' | 'lowercase';
}
/** A code that exists nowhere (well-formed for its console). */
export interface LiteralCode {
  literal: string;
}

export type PageAction =
  /** The user redeems the code on the console's own redeem form (its answer is on the page). */
  | { redeem: CodeRef | LiteralCode }
  /** Another tab logged in as someone else (new-api demo tool): the session changes, localStorage does not. */
  | { switchSessionTo: 'bob' };

/** The labels of a scenario's orders (seeds.ts): a row names only orders its scenario seeds. */
export type OrderLabel<S extends ScenarioName> = (typeof SCENARIOS)[S] extends { orders: infer O }
  ? Extract<keyof O, string>
  : never;

export interface WidgetAnswers<L extends string = string> {
  /** The order in question (a scenario label): picked from the console's list, by the receipt's last 4
   *  characters, or by pasting the whole number from another account's receipt. */
  order?: { label: L; by: 'list' | 'tail' | 'paste' };
  /** The user answers "not in this list" to the console's recent orders. */
  notListed?: true;
  /** What the user says they paid, in the console's payment currency. */
  paidAmount?: number;
  /** When the user says they paid, ms before the scenario's clock. */
  paidAgoMs?: number;
  code?: CodeRef | LiteralCode;
  /** When the user says they redeemed, ms before the scenario's clock. */
  redeemedAgoMs?: number;
  /** The page's message the user types (when the widget did not see it). */
  message?: string;
}

/** A ticket field's expected value: exactly this, contains these strings, or not there at all. */
export type FieldSpec<L extends string = string> =
  | { eq: string | number | boolean }
  | { includes: Array<string | TailOf<L> | CodeOf> }
  | { present: true }
  | { absent: true }
  | TailOf<L>
  | CodeOf;
/** The masked form of a scenario's trade number: `…` + its last 4 characters. */
export interface TailOf<L extends string = string> {
  tailOf: L;
}
/** The masked form of a scenario's redeem code: first 2 + `…` + last 4 (letters and digits only). */
export interface CodeOf {
  codeOf: string;
}

export interface Expectation<L extends string = string> {
  reason: string;
  resolution: 'self' | 'wait' | 'operator';
  /** Catalog key of the first next step. */
  firstStep: string;
  /** Other steps that must be there (catalog keys). */
  steps?: string[];
  waitMinutes?: number;
  /** false: no ticket is offered. Otherwise the fields the ticket must carry (others may be there too). */
  ticket: false | Record<string, FieldSpec<L>>;
}

interface ScenarioRow<S extends ScenarioName> {
  id: string;
  scenario: S;
  locale: Locale;
  before?: PageAction[];
  problem: Problem;
  answers: WidgetAnswers<OrderLabel<S>>;
  expect: Expectation<OrderLabel<S>>;
}

/** A row of one scenario: its order labels are that scenario's (a wrong one is a compile error). */
export type Row = { [S in ScenarioName]: ScenarioRow<S> }[ScenarioName];

const MIN = 60_000;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const tail = <L extends string>(label: L): TailOf<L> => ({ tailOf: label });
const code = (label: string): CodeOf => ({ codeOf: label });
const absent = { absent: true } as const;
const present = { present: true } as const;
/** Where the operator decides, the handbook's first step: keep the order's identifiers, then contact. */
const KEEP = 'step.keepEvidence';
/** The hosted console's own order for "paid, not credited" (the handbook's second seed): open the orders page,
 *  read the status and refresh, before keeping the order number for support. */
const OPEN_ORDERS = 'step.openOrders';
/** For a redemption: keep the masked code and when it was redeemed (not an order's details). */
const KEEP_CODE = 'step.keepCode';

export const ROWS: Row[] = [
  // ── order still processing / paid, not credited: the callback ───────────────────────────────────────
  {
    id: 'callback never arrives: processing past the configured time',
    scenario: 'callback-never',
    locale: 'zh-CN',
    problem: 'order_processing',
    answers: { order: { label: 'order', by: 'list' } },
    expect: {
      reason: 'callback_late',
      resolution: 'operator',
      firstStep: KEEP,
      ticket: { tradeNo: tail('order'), amount: { eq: 73 }, currency: { eq: 'CNY' }, redeemCode: absent },
    },
  },
  {
    id: 'callback never arrives: asked as paid-not-credited, order picked by its last 4',
    scenario: 'callback-never',
    locale: 'en',
    problem: 'paid_not_credited',
    answers: { order: { label: 'order', by: 'tail' } },
    expect: {
      reason: 'callback_late',
      resolution: 'operator',
      firstStep: OPEN_ORDERS,
      ticket: { tradeNo: tail('order'), amount: { eq: 73 }, currency: { eq: 'CNY' } },
    },
  },
  {
    id: 'callback on its way: wait the rest of the configured 10 minutes',
    scenario: 'callback-delayed',
    locale: 'zh-CN',
    problem: 'order_processing',
    answers: { order: { label: 'order', by: 'list' } },
    expect: { reason: 'pending', resolution: 'wait', firstStep: 'step.wait', waitMinutes: 7, ticket: false },
  },
  {
    id: 'paid ¥55 for a ¥73 order: the amounts differ',
    scenario: 'paid-different-amount',
    locale: 'en',
    problem: 'paid_not_credited',
    answers: { order: { label: 'order', by: 'list' }, paidAmount: 55 },
    expect: {
      reason: 'amount_mismatch',
      resolution: 'operator',
      firstStep: KEEP,
      ticket: { tradeNo: tail('order'), amount: { eq: 73 }, paidAmount: { eq: 55 }, currency: { eq: 'CNY' } },
    },
  },
  // ── account consistency ────────────────────────────────────────────────────────────────────────────
  {
    id: 'paid as bob, looking as alice: the pasted USR2NO number names account 2',
    scenario: 'paid-as-bob',
    locale: 'zh-CN',
    problem: 'paid_not_credited',
    answers: { order: { label: 'bobOrder', by: 'paste' } },
    expect: { reason: 'other_account', resolution: 'self', firstStep: 'step.switchAccountId', ticket: false },
  },
  {
    id: 'paid as bob, looking as alice, "not in the list" and nothing typed: none of alice’s orders is it',
    scenario: 'paid-as-bob',
    locale: 'zh-CN',
    problem: 'paid_not_credited',
    answers: { notListed: true },
    expect: { reason: 'other_account', resolution: 'self', firstStep: 'step.whichAccount', ticket: false },
  },
  {
    id: 'paid as bob 30 minutes ago, looking as alice: no order of alice’s at that time and amount',
    scenario: 'paid-as-bob',
    locale: 'en',
    problem: 'paid_not_credited',
    answers: { notListed: true, paidAgoMs: 30 * MIN, paidAmount: 73 },
    expect: { reason: 'other_account', resolution: 'self', firstStep: 'step.whichAccount', ticket: false },
  },
  {
    id: 'another tab logged in as bob: the console refuses the page’s old user',
    scenario: 'session-switched',
    locale: 'en',
    before: [{ switchSessionTo: 'bob' }],
    problem: 'paid_not_credited',
    answers: {},
    expect: { reason: 'other_account', resolution: 'self', firstStep: 'step.reload', ticket: false },
  },
  {
    id: 'pending order right after a same-amount credited one: still pending, not credited',
    scenario: 'pending-after-credited',
    locale: 'zh-CN',
    problem: 'paid_not_credited',
    answers: { order: { label: 'pending', by: 'list' } },
    expect: { reason: 'pending', resolution: 'wait', firstStep: 'step.wait', waitMinutes: 8, ticket: false },
  },
  {
    id: 'paid 45 days ago, older than the 30-day list; a later same-amount credit is not it',
    scenario: 'old-order-later-credit',
    locale: 'en',
    problem: 'paid_not_credited',
    answers: { paidAgoMs: 45 * DAY, paidAmount: 73 },
    expect: {
      reason: 'old_order',
      resolution: 'operator',
      firstStep: KEEP,
      ticket: { paidAt: present, paidAmount: { eq: 73 }, tradeNo: absent, balanceChangeAt: absent },
    },
  },
  {
    id: 'the balance is shown as tokens: credited, mind the display unit',
    scenario: 'credited-tokens-display',
    locale: 'zh-CN',
    problem: 'paid_not_credited',
    answers: { order: { label: 'order', by: 'list' } },
    expect: {
      reason: 'credited',
      resolution: 'self',
      firstStep: 'step.checkLedgerAt',
      steps: ['step.checkUnit'],
      ticket: false,
    },
  },
  // ── duplicates and refunds ─────────────────────────────────────────────────────────────────────────
  {
    id: 'two same-amount payments 40 s apart: duplicate, both listed',
    scenario: 'duplicate-near',
    locale: 'zh-CN',
    problem: 'duplicate_or_refund',
    answers: { order: { label: 'second', by: 'list' } },
    expect: {
      reason: 'duplicate',
      resolution: 'operator',
      firstStep: 'step.listOrders',
      ticket: { tradeNo: tail('second'), duplicateOrders: { includes: [tail('first')] } },
    },
  },
  {
    id: 'a refund for one order; the pair from three days ago is not a duplicate of it',
    scenario: 'refund-request',
    locale: 'en',
    problem: 'duplicate_or_refund',
    answers: { order: { label: 'order', by: 'list' } },
    expect: {
      reason: 'refund',
      resolution: 'operator',
      firstStep: 'step.listOrders',
      ticket: { tradeNo: tail('order'), amount: { eq: 365 }, duplicateOrders: absent },
    },
  },
  // ── payment failed or cancelled ────────────────────────────────────────────────────────────────────
  {
    id: 'payment failed, nothing charged: check the bill, order once more',
    scenario: 'payment-failed',
    locale: 'en',
    problem: 'payment_failed',
    answers: { order: { label: 'order', by: 'list' } },
    expect: { reason: 'not_charged', resolution: 'self', firstStep: 'step.checkPayAccount', ticket: false },
  },
  {
    id: 'cancelled and expired, but the user says ¥73 left the account',
    scenario: 'payment-cancelled',
    locale: 'zh-CN',
    problem: 'payment_failed',
    answers: { order: { label: 'order', by: 'list' }, paidAmount: 73 },
    expect: {
      reason: 'charged',
      resolution: 'operator',
      firstStep: 'step.openOrders',
      ticket: { tradeNo: tail('order'), paidAmount: { eq: 73 } },
    },
  },
  // ── redeem codes (new-api, detailed messages) ──────────────────────────────────────────────────────
  {
    id: 'redeem: used here yesterday, the credit is in the ledger',
    scenario: 'redeem-used-here',
    locale: 'zh-CN',
    before: [{ redeem: { code: 'yesterday' } }],
    problem: 'redeem_not_credited',
    answers: { code: { code: 'yesterday' }, redeemedAgoMs: 20 * HOUR },
    // new-api's log names no code: the redemption found near the time is pointed at, not called this code's.
    expect: { reason: 'used', resolution: 'self', firstStep: 'step.checkRedeemAt', ticket: false },
  },
  {
    id: 'redeem: used by another account (nothing in this ledger)',
    scenario: 'redeem-codes',
    locale: 'en',
    before: [{ redeem: { code: 'used_other' } }],
    problem: 'redeem_not_credited',
    answers: { code: { code: 'used_other' }, redeemedAgoMs: MIN },
    expect: {
      reason: 'other_account',
      resolution: 'operator',
      firstStep: 'step.otherAccounts',
      ticket: { redeemCode: code('used_other'), pageMessage: { includes: ['已被使用'] }, tradeNo: absent },
    },
  },
  {
    id: 'redeem: expired',
    scenario: 'redeem-codes',
    locale: 'zh-CN',
    before: [{ redeem: { code: 'expired' } }],
    problem: 'redeem_not_credited',
    answers: { code: { code: 'expired' } },
    expect: {
      reason: 'expired',
      resolution: 'operator',
      firstStep: KEEP_CODE,
      ticket: { redeemCode: code('expired'), pageMessage: { includes: ['已过期'] }, balanceChangeAt: absent },
    },
  },
  {
    id: 'redeem: invalid (a code that does not exist here)',
    scenario: 'redeem-codes',
    locale: 'en',
    before: [{ redeem: { literal: '5f0c2a9e7b1d4e3f8a6c0b2d9e7f1a3c' } }],
    problem: 'redeem_not_credited',
    answers: { code: { literal: '5f0c2a9e7b1d4e3f8a6c0b2d9e7f1a3c' } },
    expect: { reason: 'invalid', resolution: 'self', firstStep: 'step.checkCodeChars', ticket: false },
  },
  {
    id: 'redeem: typo, the digit 0 typed as the letter O',
    scenario: 'redeem-codes',
    locale: 'zh-CN',
    before: [{ redeem: { code: 'unused', typed: 'zeroAsO' } }],
    problem: 'redeem_not_credited',
    answers: { code: { code: 'unused', typed: 'zeroAsO' } },
    expect: { reason: 'invalid', resolution: 'self', firstStep: 'step.checkCodeChars', ticket: false },
  },
  {
    id: 'redeem: 0 typed as O, the page’s answer not seen: the typed code’s shape says typo',
    scenario: 'redeem-codes',
    locale: 'en',
    problem: 'redeem_not_credited',
    answers: { code: { code: 'unused', typed: 'zeroAsO' } },
    expect: { reason: 'invalid', resolution: 'self', firstStep: 'step.checkCodeChars', ticket: false },
  },
  {
    id: 'redeem: disabled by the admin (new-api answers "used"; not in this ledger)',
    scenario: 'redeem-codes',
    locale: 'en',
    before: [{ redeem: { code: 'disabled' } }],
    problem: 'redeem_not_credited',
    answers: { code: { code: 'disabled' }, redeemedAgoMs: MIN },
    expect: {
      reason: 'other_account',
      resolution: 'operator',
      firstStep: 'step.otherAccounts',
      ticket: { redeemCode: code('disabled') },
    },
  },
  {
    id: 'redeem: the page message typed by the user (expired), no answer seen on this page',
    scenario: 'redeem-codes',
    locale: 'en',
    problem: 'redeem_not_credited',
    answers: { code: { code: 'expired' }, redeemedAgoMs: 30 * MIN, message: '兑换失败，该兑换码已过期' },
    expect: {
      reason: 'expired',
      resolution: 'operator',
      firstStep: KEEP_CODE,
      ticket: { redeemCode: code('expired'), pageMessage: { includes: ['已过期'] } },
    },
  },
  {
    id: 'redeem: newer new-api says only "兑换失败，请稍后重试"',
    scenario: 'redeem-generic',
    locale: 'zh-CN',
    before: [{ redeem: { code: 'used_other' } }],
    problem: 'redeem_not_credited',
    answers: { code: { code: 'used_other' }, redeemedAgoMs: MIN },
    expect: {
      reason: 'unclear',
      resolution: 'operator',
      firstStep: 'step.checkCodeChars',
      ticket: { redeemCode: code('used_other'), pageMessage: { includes: ['兑换失败，请稍后重试'] } },
    },
  },
  {
    id: 'redeem: the operator switched redeem codes off',
    scenario: 'redeem-switched-off',
    locale: 'en',
    problem: 'redeem_not_credited',
    answers: { code: { code: 'unused' } },
    expect: {
      reason: 'switched_off',
      resolution: 'operator',
      firstStep: KEEP_CODE,
      ticket: { redeemCode: code('unused') },
    },
  },
  // ── the sub2api-shaped console ─────────────────────────────────────────────────────────────────────
  {
    id: 'sub2api: the provider confirmed payment 25 minutes ago, the balance never went up',
    scenario: 's2-paid-not-credited',
    locale: 'en',
    problem: 'paid_not_credited',
    answers: { order: { label: 'order', by: 'list' } },
    expect: {
      reason: 'callback_late',
      resolution: 'operator',
      firstStep: OPEN_ORDERS,
      ticket: { tradeNo: tail('order'), amount: { eq: 72 } },
    },
  },
  {
    id: 'sub2api: an order placed 2 minutes ago is awaiting payment',
    scenario: 's2-pending',
    locale: 'zh-CN',
    problem: 'order_processing',
    answers: { order: { label: 'order', by: 'list' } },
    expect: { reason: 'pending', resolution: 'wait', firstStep: 'step.wait', waitMinutes: 8, ticket: false },
  },
  {
    id: 'sub2api: unpaid order expired',
    scenario: 's2-expired',
    locale: 'en',
    problem: 'payment_failed',
    answers: { order: { label: 'order', by: 'list' } },
    expect: { reason: 'not_charged', resolution: 'self', firstStep: 'step.checkPayAccount', ticket: false },
  },
  {
    id: 'sub2api: refund already requested',
    scenario: 's2-refund-requested',
    locale: 'zh-CN',
    problem: 'duplicate_or_refund',
    answers: { order: { label: 'order', by: 'list' } },
    expect: {
      reason: 'refund_status',
      resolution: 'operator',
      firstStep: 'step.listOrders',
      ticket: { tradeNo: tail('order') },
    },
  },
  {
    id: 'sub2api: two $10 payments 30 s apart',
    scenario: 's2-duplicate',
    locale: 'en',
    problem: 'duplicate_or_refund',
    answers: { order: { label: 'second', by: 'list' } },
    expect: {
      reason: 'duplicate',
      resolution: 'operator',
      firstStep: 'step.listOrders',
      ticket: { tradeNo: tail('second'), duplicateOrders: { includes: [tail('first')] } },
    },
  },
  {
    id: 'sub2api redeem: used here yesterday (in the redemption history)',
    scenario: 's2-redeem-used-here',
    locale: 'zh-CN',
    before: [{ redeem: { code: 'yesterday' } }],
    problem: 'redeem_not_credited',
    answers: { code: { code: 'yesterday' }, redeemedAgoMs: 20 * HOUR },
    expect: { reason: 'used', resolution: 'self', firstStep: 'step.usedHereAt', ticket: false },
  },
  {
    id: 'sub2api redeem: used by another account',
    scenario: 's2-redeem-codes',
    locale: 'en',
    before: [{ redeem: { code: 'used_other' } }],
    problem: 'redeem_not_credited',
    answers: { code: { code: 'used_other' }, redeemedAgoMs: MIN },
    expect: {
      reason: 'other_account',
      resolution: 'operator',
      firstStep: 'step.otherAccounts',
      ticket: { redeemCode: code('used_other') },
    },
  },
  {
    id: 'sub2api redeem: expired',
    scenario: 's2-redeem-codes',
    locale: 'zh-CN',
    before: [{ redeem: { code: 'expired' } }],
    problem: 'redeem_not_credited',
    answers: { code: { code: 'expired' } },
    expect: {
      reason: 'expired',
      resolution: 'operator',
      firstStep: KEEP_CODE,
      ticket: { redeemCode: code('expired') },
    },
  },
  {
    id: 'sub2api redeem: typed in lower case (codes are case-sensitive)',
    scenario: 's2-redeem-codes',
    locale: 'en',
    before: [{ redeem: { code: 'unused', typed: 'lowercase' } }],
    problem: 'redeem_not_credited',
    answers: { code: { code: 'unused', typed: 'lowercase' } },
    expect: {
      reason: 'invalid',
      resolution: 'self',
      firstStep: 'step.checkCodeChars',
      steps: ['step.checkCodeCase'],
      ticket: false,
    },
  },
  {
    id: 'sub2api redeem: typed in lower case, the page’s answer not seen',
    scenario: 's2-redeem-codes',
    locale: 'zh-CN',
    problem: 'redeem_not_credited',
    answers: { code: { code: 'unused', typed: 'lowercase' } },
    expect: {
      reason: 'invalid',
      resolution: 'self',
      firstStep: 'step.checkCodeChars',
      steps: ['step.checkCodeCase'],
      ticket: false,
    },
  },
  {
    id: 'sub2api redeem: not found',
    scenario: 's2-redeem-codes',
    locale: 'zh-CN',
    before: [{ redeem: { literal: '7C1D9A2E-4B6F8A0C-2E9D7B5A-3F1C8E6D' } }],
    problem: 'redeem_not_credited',
    answers: { code: { literal: '7C1D9A2E-4B6F8A0C-2E9D7B5A-3F1C8E6D' } },
    expect: { reason: 'invalid', resolution: 'self', firstStep: 'step.checkCodeChars', ticket: false },
  },
  {
    id: 'sub2api redeem: 20 failures this hour, rate-limited (the console names no time)',
    scenario: 's2-redeem-rate-limited',
    locale: 'en',
    before: [{ redeem: { code: 'unused' } }],
    problem: 'redeem_not_credited',
    answers: { code: { code: 'unused' } },
    expect: { reason: 'locked', resolution: 'wait', firstStep: 'step.waitLock', ticket: false },
  },
  {
    id: 'sub2api redeem: the code is being processed (locked)',
    scenario: 's2-redeem-locked',
    locale: 'zh-CN',
    before: [{ redeem: { code: 'processing' } }],
    problem: 'redeem_not_credited',
    answers: { code: { code: 'processing' } },
    expect: { reason: 'locked', resolution: 'wait', firstStep: 'step.lockBusy', ticket: false },
  },
];

/** The code as the user typed it. */
export function typedCode(ref: CodeRef | LiteralCode, codes: Record<string, string>): string {
  if ('literal' in ref) return ref.literal;
  const full = codes[ref.code];
  if (full === undefined) throw new Error(`scenario has no code labelled ${ref.code}`);
  if (ref.typed === 'zeroAsO') {
    const i = full.indexOf('0');
    if (i < 0) throw new Error(`code ${ref.code} has no 0 to mistype`);
    return `${full.slice(0, i)}O${full.slice(i + 1)}`;
  }
  return ref.typed === 'lowercase' ? full.toLowerCase() : full;
}

/** The masked forms the policy prescribes (README "Support receives tickets ..."). */
export const maskedTail = (full: string): string => `…${full.replace(/[^A-Za-z0-9]/g, '').slice(-4)}`;
export const maskedCode = (full: string): string => {
  const a = full.replace(/[^A-Za-z0-9]/g, '');
  return `${a.slice(0, 2)}…${a.slice(-4)}`;
};

/** What a runner saw: the verdict's facts and the ticket (when one was sent or built). */
export interface Observed {
  reason: string | undefined;
  resolution: string;
  /** Catalog keys of the next steps, in order. */
  steps: string[];
  waitMinutes?: number;
  ticketOffered: boolean;
  ticket?: { fields: Record<string, unknown> } & Record<string, unknown>;
}

function resolveSpec(
  v: string | TailOf | CodeOf,
  orders: Record<string, string>,
  codes: Record<string, string>,
) {
  if (typeof v === 'string') return v;
  if ('tailOf' in v) {
    const full = orders[v.tailOf];
    if (!full) throw new Error(`no order labelled ${v.tailOf}`);
    return maskedTail(full);
  }
  const full = codes[v.codeOf];
  if (!full) throw new Error(`no code labelled ${v.codeOf}`);
  return maskedCode(full);
}

/** Every way the observation differs from the row's expectation (empty when it matches). */
export function mismatches(
  row: Row,
  setup: { orders: Record<string, string>; codes: Record<string, string> },
  seen: Observed,
): string[] {
  const e = row.expect;
  const out: string[] = [];
  if (seen.reason !== e.reason) out.push(`cause: expected ${e.reason}, got ${seen.reason}`);
  if (seen.resolution !== e.resolution)
    out.push(`resolution: expected ${e.resolution}, got ${seen.resolution}`);
  if (seen.steps[0] !== e.firstStep) out.push(`first step: expected ${e.firstStep}, got ${seen.steps[0]}`);
  for (const s of e.steps ?? [])
    if (!seen.steps.includes(s)) out.push(`missing step ${s} in ${seen.steps.join(', ')}`);
  if (e.waitMinutes !== undefined && seen.waitMinutes !== e.waitMinutes)
    out.push(`wait: expected ${e.waitMinutes} minutes, got ${seen.waitMinutes}`);
  const offered = e.ticket !== false;
  if (seen.ticketOffered !== offered)
    out.push(`ticket offered: expected ${offered}, got ${seen.ticketOffered}`);
  if (e.ticket && seen.ticket) {
    const fields = seen.ticket.fields;
    for (const [name, spec] of Object.entries(e.ticket)) {
      const value = fields[name];
      const text =
        value === undefined ? undefined : typeof value === 'string' ? value : JSON.stringify(value);
      if ('absent' in spec) {
        if (value !== undefined) out.push(`ticket.${name}: expected absent, got ${text}`);
      } else if ('present' in spec) {
        if (value === undefined) out.push(`ticket.${name}: missing`);
      } else if ('eq' in spec) {
        if (value !== spec.eq) out.push(`ticket.${name}: expected ${JSON.stringify(spec.eq)}, got ${text}`);
      } else if ('includes' in spec) {
        for (const part of spec.includes) {
          const want = resolveSpec(part, setup.orders, setup.codes);
          if (!text?.includes(want)) out.push(`ticket.${name}: expected to include ${want}, got ${text}`);
        }
      } else {
        const want = resolveSpec(spec, setup.orders, setup.codes);
        if (value !== want) out.push(`ticket.${name}: expected ${want}, got ${text}`);
      }
    }
  }
  if (seen.ticket) {
    // Nothing of the scenario travels whole: no full trade number, no full redeem code.
    const json = JSON.stringify(seen.ticket);
    for (const full of [...Object.values(setup.orders), ...Object.values(setup.codes)]) {
      if (json.includes(full) || json.includes(full.replace(/-/g, '')))
        out.push(`ticket carries an unmasked value ending …${full.slice(-4)}`);
    }
  }
  return out;
}
