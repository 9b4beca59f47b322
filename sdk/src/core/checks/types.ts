// A check compares two facts and says what it saw. `null` = nothing to compare with these facts (the
// check is left out of the diagnosis rather than shown as noise).

import type { Context } from '../diagnose/context.js';
import type { CheckResult, CheckStatus } from '../diagnose/types.js';
import { type KeyedParams, type MessageKey, msg } from '../i18n/message.js';

export interface Check<Id extends string = string> {
  id: Id;
  run(ctx: Context): CheckResult | null;
}

/** Keeps the check's id a literal, so the registry's `CheckId` union is derived from the checks themselves. */
export const defineCheck = <const Id extends string>(check: Check<Id>): Check<Id> => check;

export function result(id: string, status: CheckStatus, key: MessageKey, params?: KeyedParams): CheckResult {
  return { id, status, evidence: msg(key, params) };
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
