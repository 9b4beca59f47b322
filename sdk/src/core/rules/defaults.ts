// The rules when the operator configured none, as a plain object: what `Rules.parse({})` gives (the test
// next to this file keeps the two equal), without the rules schema and zod on the widget's path (the
// schema validates operator config; a default needs no validating).
import type { Rules } from './schema.js';

/** A fresh object each call (callers may keep and extend it). */
export function defaultRules(): Rules {
  return {
    version: 'default-1',
    callbackMinutes: { default: 10 },
    duplicateWindowMinutes: 30,
    recentAccountsDays: 7,
    historyWindowDays: 30,
    amountTolerance: 0.01,
    contacts: [],
    redemptionEnabled: true,
  };
}
