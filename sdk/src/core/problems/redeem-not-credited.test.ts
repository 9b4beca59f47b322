import { describe, expect, it } from 'vitest';
import { diagnose } from '../diagnose/diagnose.js';
import { ago, facts, NOW, rules } from '../diagnose/fixtures.js';
import type { Facts, RedeemOutcome } from '../facts/schema.js';
import { redeemNotCredited } from './redeem-not-credited.js';

const row = (minutes: number) => ({
  kind: 'redeem' as const,
  at: ago(minutes),
  text: '通过兑换码充值 $10.00',
});
const attempt = (outcome: RedeemOutcome) => ({ outcome, at: ago(2), codeMasked: 'a1…9f3e' });
const base = (over: Partial<Facts>) => facts({ ledger: [], ...over });
const twoAccounts = {
  accountsSeen: [
    { id: '42', firstSeen: ago(100), lastSeen: ago(0) },
    { id: '7', label: 'lin2', firstSeen: ago(3000), lastSeen: ago(300) },
  ],
  ordersCreatedHere: [],
};

describe('redeem_not_credited', () => {
  it.each([
    {
      name: 'operator switched redemption off',
      f: base({ redeem: attempt('unknown') }),
      r: rules({ redemptionEnabled: false }),
      reason: 'switched_off',
      resolution: 'operator',
    },
    {
      name: 'invalid: a code typed wrong is re-entered (look-alike characters)',
      f: base({ redeem: attempt('invalid') }),
      reason: 'invalid',
      resolution: 'self',
      step: 'step.checkCodeChars',
    },
    {
      name: 'used, no redemption here, one account',
      f: base({ redeem: attempt('used') }),
      reason: 'other_account',
      resolution: 'operator',
      step: 'step.otherAccounts',
    },
    {
      name: 'used, no redemption here, another account seen (code bought for another account)',
      f: base({ redeem: attempt('used'), observations: twoAccounts }),
      reason: 'other_account',
      resolution: 'self',
      step: 'step.otherAccounts',
    },
    {
      name: 'used, a redemption here at the time the user gives (new-api names no code): the step points at it to check',
      f: base({ redeem: attempt('used'), answers: { redeemedAt: ago(62) }, ledger: [row(60)] }),
      reason: 'used',
      resolution: 'self',
      step: 'step.checkRedeemAt',
    },
    {
      name: 'used, the history names this code in this account (sub2api): the step says it was redeemed here',
      f: base({ redeem: attempt('used'), ledger: [{ ...row(60), codeMasked: 'a1…9f3e' }] }),
      reason: 'used',
      resolution: 'self',
      step: 'step.usedHereAt',
    },
    {
      name: 'expired',
      f: base({ redeem: attempt('expired') }),
      reason: 'expired',
      resolution: 'operator',
      step: 'step.keepCode',
    },
    {
      name: 'disabled by the admin',
      f: base({ redeem: attempt('disabled') }),
      reason: 'disabled',
      resolution: 'operator',
    },
    {
      name: 'locked while another submission of the code is processed (sub2api REDEEM_CODE_LOCKED)',
      f: base({ redeem: attempt('locked') }),
      reason: 'locked',
      resolution: 'wait',
      step: 'step.lockBusy',
    },
    {
      name: 'rate-limited',
      f: base({ redeem: attempt('rate_limited') }),
      reason: 'locked',
      resolution: 'wait',
      step: 'step.waitLock',
    },
    {
      name: 'success and credited',
      f: base({ redeem: attempt('success'), ledger: [row(1)] }),
      reason: 'redeemed',
      resolution: 'self',
    },
    {
      name: 'success, credit delayed (no ledger row)',
      f: base({ redeem: attempt('success') }),
      reason: 'delayed',
      resolution: 'operator',
      step: 'step.refreshBalance',
    },
    {
      name: 'generic "兑换失败" with no credit',
      f: base({ redeem: attempt('generic_failure') }),
      reason: 'unclear',
      resolution: 'operator',
    },
    {
      name: 'generic failure, but the credit is there',
      f: base({ redeem: attempt('generic_failure'), ledger: [row(1)] }),
      reason: 'redeemed',
      resolution: 'self',
    },
    {
      name: 'typed code, no message, no time: a redemption two days ago is not evidence of this code',
      f: base({
        answers: { problem: 'redeem_not_credited', redeemCode: 'ab…9f3e' },
        redeem: { outcome: 'unknown', codeMasked: 'ab…9f3e', source: 'user' },
        ledger: [row(2 * 24 * 60)],
      }),
      reason: 'unclear',
      resolution: 'operator',
    },
  ])('$name', ({ f, r, reason, resolution, step }) => {
    const d = diagnose(f, { now: NOW, rules: r ?? rules() });
    expect(d.problem).toBe('redeem_not_credited');
    expect(d.reason).toBe(reason);
    expect(d.resolution).toBe(resolution);
    if (step) expect(d.nextSteps.map((s) => s.key)).toContain(step);
    expect(redeemNotCredited.reasons).toContain(d.reason);
  });

  it('never asks to publish the code; the ticket field is the masked code', () => {
    const d = diagnose(base({ redeem: attempt('used') }), { now: NOW, rules: rules() });
    expect(d.avoid.map((a) => a.key)).toEqual(
      expect.arrayContaining(['avoid.fullCode', 'avoid.retryRedeem']),
    );
    expect(d.ticketFields).toContain('redeemCode');
  });
});
