// diagnose(facts, { now, rules }): pure. The problem comes from the user's answer, else from the facts.
import { CHECK_BY_ID } from '../checks/registry.js';
import type { Answers, Facts, ProblemId } from '../facts/schema.js';
import { msg } from '../i18n/message.js';
import { PROBLEM_BY_ID } from '../problems/registry.js';
import { defaultRules } from '../rules/defaults.js';
import type { Rules } from '../rules/schema.js';
import { MINUTE } from '../time.js';
import { buildContext, type Context, pickOrder } from './context.js';
import type { CheckResult, Diagnosis, DiagnosisBasis } from './types.js';

export interface DiagnoseOptions {
  now: number;
  rules: Rules;
}

/** The order in question, chosen with the same slack the diagnosis uses (the rules' duplicate window). */
const orderOf = (facts: Facts, rules: Rules) => pickOrder(facts, rules.duplicateWindowMinutes * MINUTE);

/** Without an answer: a redeem attempt means a code problem; a pending latest order means processing. */
export function inferProblem(facts: Facts, rules: Rules = defaultRules()): ProblemId {
  if (facts.answers.problem) return facts.answers.problem;
  if (facts.redeem) return 'redeem_not_credited';
  const { order } = orderOf(facts, rules);
  if (order?.status === 'pending') return 'order_processing';
  if (order?.status === 'failed' || order?.status === 'cancelled' || order?.status === 'expired')
    return 'payment_failed';
  return 'paid_not_credited';
}

function basisOf(ctx: Context): DiagnosisBasis {
  const basis: DiagnosisBasis = { duplicates: ctx.duplicates };
  if (ctx.order) basis.order = ctx.order;
  if (ctx.matched) basis.matched = ctx.matched;
  // A redemption is answered by its own ledger row, never by an online top-up's.
  const redeem = ctx.facts.answers.problem === 'redeem_not_credited';
  const credit = redeem ? ctx.redeemCredit : (ctx.credit ?? ctx.redeemCredit);
  if (credit) basis.credit = credit;
  if (ctx.facts.redeem) basis.redeem = ctx.facts.redeem;
  return basis;
}

export function diagnose(facts: Facts, { now, rules }: DiagnoseOptions): Diagnosis {
  const problem = PROBLEM_BY_ID[inferProblem(facts, rules)];
  const ctx = buildContext(facts, now, rules, problem.id);
  const checks: CheckResult[] = [];
  for (const id of problem.checks) {
    const r = CHECK_BY_ID.get(id)?.run(ctx);
    if (r) checks.push(r);
  }
  const d = problem.decide(ctx, checks);
  return {
    problem: problem.id,
    ...(d.reason ? { reason: d.reason } : {}),
    checks,
    nextSteps: d.steps,
    avoid: problem.avoid.map((k) => msg(k)),
    resolution: d.resolution,
    ...(d.waitMinutes !== undefined ? { waitMinutes: d.waitMinutes } : {}),
    ticketFields: [...problem.fields],
    rulesVersion: rules.version,
    basis: basisOf(ctx),
  };
}

/**
 * What the widget still has to ask for this problem: declared answers the user has not given and the facts
 * do not already tell (an order matched by its trade-number tail tells when and how they paid).
 */
export function missingAnswers(
  problem: ProblemId,
  facts: Facts,
  rules: Rules = defaultRules(),
): (keyof Answers)[] {
  const { order, matched } = orderOf(facts, rules);
  // An order the user picked from the list, or found by its receipt tail, tells when and how they paid.
  const chosen = matched === 'tail' || matched === 'picked';
  const recorded = facts.redeem?.at !== undefined && facts.redeem.source !== 'user';
  // A recorded "used" answer is timed when the code was refused, not when it was redeemed: the user's time
  // is what tells this account's redemption of it, unless the console's history names the codes itself.
  const codesInLedger = (facts.ledger ?? []).some((e) => e.kind === 'redeem' && e.codeMasked !== undefined);
  const known: Partial<Record<keyof Answers, boolean>> = {
    paidAt: chosen,
    method: chosen && order?.method !== undefined,
    tradeNoTail: matched === 'picked',
    pageMessage: facts.redeem?.message !== undefined,
    // What the console (or the extension) recorded of the redemption is not asked again.
    redeemCode: facts.redeem?.codeMasked !== undefined && facts.redeem.source !== 'user',
    redeemedAt: recorded && (facts.redeem?.outcome !== 'used' || codesInLedger),
  };
  return PROBLEM_BY_ID[problem].answers.filter((k) => facts.answers[k] === undefined && !known[k]);
}
