// The loader's own config check, in a few hundred bytes, so a correct script tag costs no request before the
// user shows intent. It knows every attribute's name and the shape of its value (the same enums, patterns
// and URL rule as config.ts) and the rule keys with their JSON types. It answers only "plainly fine":
// anything it cannot vouch for - an unknown attribute, a value of the wrong shape, data-debug, a deep link,
// a JS config object - sends the loader to the full check (topup-doctor-check.js, config.ts), which prints
// the "did you mean" warnings, the one error naming the attribute (the launcher then never appears) and the
// debug lines, exactly as before. Rule values inside a well-formed data-rules (a range, a time format) are
// checked by the full schema when the user picks a problem (the panel's check, same one error, the widget
// removes itself). config.test.ts keeps both checks in agreement.
import type { RawConfig } from './contract.js';

const ENUMS: Record<string, RegExp> = {
  id: /^[\w-]{1,40}$/,
  mode: /^(launcher|inline)$/,
  locale: /^(auto|zh-CN|en)$/,
  theme: /^(auto|light|dark)$/,
  console: /^(auto|new-api|one-api|sub2api|custom)$/,
  nonce: /^[A-Za-z0-9+/=_-]{8,200}$/,
  target: /./,
  // zod's email pattern (zod/v4/core/regexes.ts `email`), which config.ts's z.email() applies.
  mailto:
    /^(?:[A-Za-z0-9_'+-]+\.)*[A-Za-z0-9_'+-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/,
  clipboard: /(?:)/,
  manual: /(?:)/,
  debug: /^false$/,
};

/** Rule keys (core/rules/schema.ts `Rules`) and the JSON type each takes: n number, s string, b boolean,
 *  o object, a array. */
export const RULE_TYPES: Record<string, string> = {
  version: 's',
  callbackMinutes: 'o',
  duplicateWindowMinutes: 'n',
  recentAccountsDays: 'n',
  historyWindowDays: 'n',
  amountTolerance: 'n',
  supportHours: 'o',
  contacts: 'a',
  refundEntry: 'o',
  redeemLockMinutes: 'n',
  redemptionEnabled: 'b',
};

const httpUrl = (value: string): boolean => {
  try {
    return /^https?:$/.test(new URL(value, location.href).protocol);
  } catch {
    return false;
  }
};

const rulesFine = (text: string): boolean => {
  try {
    const rules = JSON.parse(text);
    return (
      rules?.constructor === Object &&
      Object.keys(rules).every((key) => {
        const v = rules[key];
        return RULE_TYPES[key] === (Array.isArray(v) ? 'a' : v === null ? '-' : (typeof v)[0]);
      })
    );
  } catch {
    return false;
  }
};

/** True when the data attributes are plainly valid; false sends the loader to the full check. */
export function plainlyValid(raw: RawConfig): boolean {
  if (!raw.$attrs || /[#&]topup-doctor=/.test(location.hash)) return false;
  return Object.keys(raw).every((key) => {
    const value = raw[key] as string;
    if (key === '$attrs') return true;
    if (key === 'webhook' || key === 'consoleOrigin') return httpUrl(value);
    if (key === 'rules') return rulesFine(value);
    return ENUMS[key]?.test(value) ?? false;
  });
}
