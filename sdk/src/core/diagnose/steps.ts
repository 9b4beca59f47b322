// Decision helpers shared by the problems: reading check outcomes and the common next steps.

import type { CheckId } from '../checks/registry.js';
import { type Message, msg } from '../i18n/message.js';
import type { Decision, ReasonId } from '../problems/types.js';
import { MINUTE } from '../time.js';
import type { Context } from './context.js';
import type { CheckResult, CheckStatus } from './types.js';

const statusOf = (checks: readonly CheckResult[], id: CheckId): CheckStatus | undefined =>
  checks.find((c) => c.id === id)?.status;

export const is = (checks: readonly CheckResult[], id: CheckId, ...s: CheckStatus[]): boolean => {
  const st = statusOf(checks, id);
  return st !== undefined && s.includes(st);
};

/**
 * Steps for reaching the operator: keep the evidence (the order's, or the masked code's for a redemption), use
 * the support entry, mention hours if configured.
 */
export function operatorSteps(ctx: Context): Message[] {
  const redeem = ctx.facts.answers.problem === 'redeem_not_credited' || ctx.facts.redeem !== undefined;
  const steps = [msg(redeem ? 'step.keepCode' : 'step.keepEvidence'), msg('step.contact')];
  const h = ctx.rules.supportHours;
  if (h) steps.push(msg('step.supportHours', { start: h.start, end: h.end, timeZone: h.timeZone }));
  return steps;
}

/** Only the operator can settle it: the problem's own first steps, then how to reach support. */
export const operatorDecision = <R extends ReasonId>(
  ctx: Context,
  reason: R,
  first: Message[] = [],
): Decision<R> => ({
  reason,
  resolution: 'operator',
  steps: [...first, ...operatorSteps(ctx)],
});

/**
 * The account-consistency verdict (docs/domain.md section 2), checked before anything else: a wrong account is
 * the most common cause and the user can fix it alone.
 */
export function accountMismatch(
  ctx: Context,
  checks: readonly CheckResult[],
): Decision<'other_account'> | undefined {
  const steps: Message[] = [];
  if (is(checks, 'session-user', 'fail')) steps.push(msg('step.reload'));
  const active = ctx.activeAtPayment;
  // An order the user pointed at, found in this account's own list, outweighs the browser's login history.
  const ownOrder = ctx.order && ctx.matched !== 'latest' && !is(checks, 'trade-no-user', 'fail');
  if (is(checks, 'accounts-seen', 'fail') && active && !ownOrder)
    steps.push(
      active.label
        ? msg('step.switchAccount', { target: active.label })
        : msg('step.switchAccountId', { targetId: active.id }),
    );
  else if (is(checks, 'trade-no-user', 'fail'))
    steps.push(
      msg('step.switchAccountId', {
        targetId: ctx.facts.answers.tradeNoUserId ?? ctx.order?.tradeNoUserId ?? '',
      }),
    );
  const redeem = ctx.facts.redeem;
  if (is(checks, 'redeem-account', 'fail') && redeem?.accountId !== undefined)
    steps.push(
      msg('step.redeemedBy', {
        redeemAccountId: redeem.accountId,
        ...(redeem.at !== undefined ? { redeemedAt: redeem.at } : {}),
      }),
    );
  if (is(checks, 'key-in-account', 'fail'))
    steps.push(msg('step.checkKey', { last4: ctx.facts.answers.keyLast4 ?? '' }));
  if (is(checks, 'redeem-used-no-credit', 'fail') && ctx.recentAccounts.length > 1)
    steps.push(msg('step.otherAccounts'));
  return steps.length ? { reason: 'other_account', resolution: 'self', steps } : undefined;
}

/** Pending within the configured callback time: wait the rest and refresh; never create another order. */
export function waitDecision(ctx: Context): Decision<'pending'> {
  const order = ctx.order;
  const start = ctx.payTime ?? order?.createdAt ?? ctx.now;
  const waitMinutes = Math.max(1, Math.ceil(ctx.expectedMinutes - (ctx.now - start) / MINUTE));
  return {
    reason: 'pending',
    resolution: 'wait',
    waitMinutes,
    steps: [msg('step.wait', { minutes: waitMinutes }), msg('step.closedPage'), msg('step.noNewOrder')],
  };
}

/** The credit is in this account: look at the ledger, mind the display unit. */
export function creditedDecision(checks: readonly CheckResult[], ctx: Context): Decision<'credited'> {
  const steps = [
    ctx.credit ? msg('step.checkLedgerAt', { creditAt: ctx.credit.at }) : msg('step.checkLedger'),
  ];
  if (is(checks, 'display-unit', 'warn')) steps.push(msg('step.checkUnit'));
  return { reason: 'credited', resolution: 'self', steps };
}

/** "Open the orders page" where the console has one; where it has none (one-api, new-api 2025), what to keep
 *  instead and where to look (the balance ledger). */
export const openOrdersStep = (ctx: Context): Message =>
  msg(ctx.facts.console.noOrdersList ? 'step.noOrdersPage' : 'step.openOrders');
