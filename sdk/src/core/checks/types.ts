// A check compares two facts and says what it saw. `null` = nothing to compare with these facts (the
// check is left out of the diagnosis rather than shown as noise).

import type { Context } from '../diagnose/context.js';
import type { CheckResult, CheckStatus } from '../diagnose/types.js';
import { type MessageParams, msg } from '../i18n/message.js';

export interface Check {
  id: string;
  run(ctx: Context): CheckResult | null;
}

export function result(id: string, status: CheckStatus, key: string, params?: MessageParams): CheckResult {
  return { id, status, evidence: msg(key, params) };
}
