// One typical situation per redeem reason, run through the core's real diagnose() with the operator's
// rules: a reason page shows the next steps the widget would show for it (support hours appear only when
// configured). The facts are shaped like a new-api generation-A read, already masked, on a fixed clock.
// A test checks each scenario still leads to its reason, so a change in the rules shows up here.
import {
  type Diagnosis,
  diagnose,
  type Facts,
  type LedgerEntry,
  type RedeemOutcome,
  type Rules,
} from '@topup-doctor/sdk/core';

/** 2026-11-21 16:00 Asia/Shanghai: any fixed time works, the pages never show it. */
const NOW = Date.UTC(2026, 10, 21, 8, 0);
const ago = (minutes: number) => NOW - minutes * 60_000;

function facts(outcome: RedeemOutcome, ledger: LedgerEntry[] = [], redeemedAt?: number): Facts {
  return {
    console: { kind: 'new-api', generation: 'A', historyWindowDays: 30 },
    account: {
      id: '42',
      username: 'lin',
      balance: { raw: 5_000_000, quotaPerUnit: 500_000, displayUnit: 'USD' },
    },
    orders: [],
    ledger,
    keys: [],
    answers: { problem: 'redeem_not_credited', ...(redeemedAt === undefined ? {} : { redeemedAt }) },
    redeem: { outcome, at: ago(2), codeMasked: 'a1…9f3e' },
  };
}

const redeemRow = (minutes: number): LedgerEntry => ({
  kind: 'redeem',
  at: ago(minutes),
  text: '通过兑换码充值',
});

interface Scenario {
  facts: Facts;
  rules?: Partial<Rules>;
}

export const REDEEM_SCENARIOS: Record<string, Scenario> = {
  switched_off: { facts: facts('unknown'), rules: { redemptionEnabled: false } },
  invalid: { facts: facts('invalid') },
  // "Used here" needs the time the user gives for the first redemption (new-api's log names no code).
  used: { facts: facts('used', [redeemRow(60)], ago(62)) },
  other_account: { facts: facts('used') },
  expired: { facts: facts('expired') },
  disabled: { facts: facts('disabled') },
  locked: { facts: facts('locked') },
  credited: { facts: facts('success', [redeemRow(1)]) },
  delayed: { facts: facts('success') },
  unclear: { facts: facts('generic_failure') },
};

/** The diagnosis for a reason's typical situation, or undefined when none is written for it yet. */
export function diagnoseReason(reason: string, rules: Rules): Diagnosis | undefined {
  const s = REDEEM_SCENARIOS[reason];
  if (!s) return undefined;
  const d = diagnose(s.facts, { now: NOW, rules: { ...rules, ...s.rules } });
  // The rules moved on and this situation now means another reason: show no steps rather than wrong ones.
  return d.reason === reason ? d : undefined;
}
