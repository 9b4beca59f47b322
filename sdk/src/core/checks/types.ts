// A check compares two facts and says what it saw. `null` = nothing to compare with these facts (the
// check is left out of the diagnosis rather than shown as noise).

import type { Context } from '../diagnose/context.js';
import type { CheckResult, CheckStatus } from '../diagnose/types.js';
import { type KeyedParams, type MessageKey, msg } from '../i18n/message.js';

export interface Check<Id extends string = string> {
  id: Id;
  run(ctx: Context): CheckResult | null;
}

/** What follows `check.<id>.` in a check's catalog keys ('' for the one key that is `check.<id>` itself). */
export type Outcome<Id extends string> = MessageKey extends infer K
  ? K extends `check.${Id}.${infer O}`
    ? O
    : K extends `check.${Id}`
      ? ''
      : never
  : never;

/** A check's result, its evidence keyed `check.<id>.<outcome>`. */
export type Say<Id extends string> = (
  status: CheckStatus,
  outcome: Outcome<Id>,
  params?: KeyedParams,
) => CheckResult;

/** A check as written: its run gets `say`, which words an outcome of this check only (the types see to it). */
export interface CheckDef<Id extends string> {
  id: Id;
  run(ctx: Context, say: Say<Id>): CheckResult | null;
}

/**
 * Keeps the check's id a literal, so the registry's `CheckId` union is derived from the checks themselves.
 * Each check names its outcomes, not their whole keys and its id at every result (`result(this.id, 'ok',
 * 'check.order-in-list.found')` before). Measured (node scripts/size.mjs): new-api, an order problem
 * 54.73 -> 54.63 KB gzip (second stage 31.08 -> 30.99).
 */
export function defineCheck<const Id extends string>({ id, run }: CheckDef<Id>): Check<Id> {
  const say: Say<Id> = (status, outcome, params) => ({
    id,
    status,
    evidence: msg((outcome ? `check.${id}.${outcome}` : `check.${id}`) as MessageKey, params),
  });
  return { id, run: (ctx) => run(ctx, say) };
}

/**
 * An order's amount as the console shows it, for a message's `{amount}`: the money paid with its currency when
 * the console says which (new-api epay orders: CNY), else the ordered amount in the console's top-up units;
 * money of an unknown currency is a bare number (never a guessed currency).
 */
export function amountParams(o: {
  money?: number | undefined;
  amount?: number | undefined;
  currency?: string | undefined;
}): KeyedParams {
  if (o.money !== undefined && o.currency) return { amount: o.money, amountCurrency: o.currency };
  if (o.amount !== undefined) return { amount: o.amount, amountUnitKey: 'unit.topup' };
  return { amount: o.money ?? 0 };
}
