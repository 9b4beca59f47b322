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
