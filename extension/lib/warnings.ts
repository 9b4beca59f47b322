// The extension's warnings are the core's checks (sdk/src/core/checks: session-user, trade-no-user,
// accounts-seen, key-in-account) run over the Facts this browser has (./facts.ts), with the operator's
// rules: the page's declared `data-rules` when it has them, else the core's defaults (the "recent" window
// is `rules.recentAccountsDays`). No rule is decided here; this file picks which facts to ask the checks
// about (each open order created here, each listed order carrying a user id) and words a failed check with
// the core catalog's `ext.warn.*` copy, whose params name the accounts by their masked labels.
import {
  buildContext,
  CHECK_BY_ID,
  type CheckId,
  type CheckResult,
  type Context,
  defaultRules,
  type Facts,
  type MessageKey,
  type Rules,
  type Session,
} from '@topup-doctor/sdk/core';
import { extensionFacts } from './facts.js';
import type { History } from './history.js';
import type { Snapshot } from './snapshot.js';

export interface Warning {
  /** Stable id, also sent to the widget over the bridge (BridgeWarning.id). */
  id:
    | 'other-account-order'
    | 'trade-no-user'
    | 'several-accounts'
    | 'will-credit'
    | 'key-not-in-account'
    | 'stale-tab';
  /** The core catalog's `ext.warn.*` copy: the widget words it with the same catalog. */
  key: Extract<MessageKey, `ext.warn.${string}`>;
  params: Record<string, string | number>;
}

/** Orders still waiting for their credit: a creator who switched away may be looking in the wrong account. */
const OPEN = new Set(['pending', 'paid', 'unknown']);
const MAX_PER_KIND = 3;

function labelOf(account: { id: string; label?: string } | undefined): string {
  if (!account) return '?';
  return account.label ? `${account.label} (#${account.id})` : `#${account.id}`;
}

function run(id: CheckId, ctx: Context): CheckResult | null {
  const check = CHECK_BY_ID.get(id);
  if (!check) throw new Error(`core check ${id} is not registered`);
  return check.run(ctx);
}

const param = (r: CheckResult, name: string) => r.evidence.params?.[name];

export interface WarningOptions {
  now: number;
  /** Last 4 of the key the user calls with, typed in the popup. */
  keyLast4?: string;
  /** The operator's rules (the page's declared data-rules), else the core's defaults. */
  rules?: Rules;
  /** The session as this browser knows it when it differs from the tab's own reading (another tab logged
   *  in later as someone else: ./state.ts). */
  session?: Session;
}

/** What the key check says about the typed tail: 'unknown' while no account or key list is read. */
export function keyStatus(
  snap: Snapshot | undefined,
  last4: string,
  rules: Rules = defaultRules(),
  now = 0,
): 'in-account' | 'not-in-account' | 'unknown' {
  if (!snap?.account || !last4) return 'unknown';
  const facts = extensionFacts({
    history: { accounts: [], orders: [], redeems: [] },
    snapshot: snap,
    answers: { keyLast4: last4 },
  });
  const r = run('key-in-account', buildContext(facts, now, rules));
  return r?.status === 'ok' ? 'in-account' : r?.status === 'fail' ? 'not-in-account' : 'unknown';
}

export function computeWarnings(
  history: History,
  snap: Snapshot | undefined,
  options: WarningOptions,
): Warning[] {
  const { now } = options;
  const rules = options.rules ?? defaultRules();
  const current = snap?.account;
  const currentLabel = labelOf(current);
  const labelById = (id: string) => labelOf(history.accounts.find((a) => a.id === id) ?? { id });
  const facts = extensionFacts({
    history,
    snapshot: snap,
    ...(options.session ? { session: options.session } : {}),
    answers: options.keyLast4 ? { keyLast4: options.keyLast4 } : {},
  });
  const base = buildContext(facts, now, rules);
  const about = (answers: Facts['answers']) => buildContext({ ...facts, answers }, now, rules);
  const out: Warning[] = [];

  const session = run('session-user', base);
  if (session?.status === 'fail') {
    const s = facts.session;
    const name = (id: string | undefined) => (id ? labelById(id) : '?');
    out.push({
      id: 'stale-tab',
      key: 'ext.warn.staleTab',
      params: { stored: name(s?.storedUserId), server: name(s?.serverUserId) },
    });
  }

  if (current) {
    // An open order this browser saw created within the recent window, asked as "the order in question":
    // the accounts-seen check then compares who was logged in when it was created with who is now.
    const since = now - rules.recentAccountsDays * 86_400_000;
    const open = history.orders.filter((o) => OPEN.has(o.status) && o.createdAt >= since);
    for (const o of open) {
      if (out.filter((w) => w.id === 'other-account-order').length >= MAX_PER_KIND) break;
      const r = run(
        'accounts-seen',
        about({ paidAt: o.createdAt, ...(o.tradeNoTail ? { tradeNoTail: o.tradeNoTail } : {}) }),
      );
      if (r?.status !== 'fail') continue;
      const creatorId = String(param(r, 'activeId') ?? o.accountId);
      const minutes = Math.max(0, Math.round((now - o.createdAt) / 60_000));
      out.push({
        id: 'other-account-order',
        // "created 0 min ago" reads oddly: under a minute is "just now".
        key:
          o.status === 'paid'
            ? 'ext.warn.otherAccountOrderPaid'
            : minutes === 0
              ? 'ext.warn.otherAccountOrderJustNow'
              : 'ext.warn.otherAccountOrder',
        params: {
          creator: labelById(creatorId),
          current: currentLabel,
          order: o.tradeNoTail ? `…${o.tradeNoTail}` : `#${o.ref ?? '?'}`,
          minutes,
        },
      });
    }

    // Each listed order whose trade number carries a user id, asked about in turn.
    for (const order of (facts.orders ?? []).filter((o) => o.tradeNoUserId !== undefined)) {
      if (out.filter((w) => w.id === 'trade-no-user').length >= MAX_PER_KIND) break;
      const r = run('trade-no-user', { ...base, order });
      if (r?.status !== 'fail') continue;
      out.push({
        id: 'trade-no-user',
        key: 'ext.warn.tradeNoUser',
        params: {
          order: order.tradeNoTail ? `…${order.tradeNoTail}` : `#${order.ref}`,
          owner: `#${param(r, 'tradeUserId')}`,
          current: currentLabel,
        },
      });
    }
  }

  // No order in question: the check says whether several accounts were used within the recent window.
  const seen = run('accounts-seen', {
    ...base,
    order: undefined,
    payTime: undefined,
    activeAtPayment: undefined,
  });
  if (seen?.status === 'warn') {
    const lastOrder = history.orders.find((o) => o.status !== 'failed' && o.status !== 'cancelled');
    out.push({
      id: 'several-accounts',
      key: lastOrder ? 'ext.warn.severalAccountsPayer' : 'ext.warn.severalAccounts',
      params: {
        count: Number(param(seen, 'count') ?? base.recentAccounts.length),
        accounts: base.recentAccounts.map((a) => labelOf(a)).join(', '),
        ...(lastOrder ? { payer: labelById(lastOrder.accountId) } : {}),
      },
    });
    if (current && (snap?.pageKind === 'topup' || snap?.pageKind === 'redeem')) {
      out.push({
        id: 'will-credit',
        key: snap.pageKind === 'redeem' ? 'ext.warn.willCreditRedeem' : 'ext.warn.willCreditPay',
        params: { account: currentLabel },
      });
    }
  }

  if (current && options.keyLast4) {
    const r = run('key-in-account', base);
    if (r?.status === 'fail') {
      out.push({
        id: 'key-not-in-account',
        key: 'ext.warn.keyNotInAccount',
        params: { last4: options.keyLast4, account: currentLabel, count: Number(param(r, 'count') ?? 0) },
      });
    }
  }
  return out;
}
