import { describe, expect, it } from 'vitest';
import { ProblemId } from '../facts/schema.js';
import { diagnose, inferProblem, missingAnswers } from './diagnose.js';
import { ago, facts, NOW, order, rules } from './fixtures.js';
import { Diagnosis } from './types.js';

describe('diagnose', () => {
  it.each(ProblemId.options)('%s: a valid Diagnosis from bare facts, with the rules version', (problem) => {
    const d = diagnose(facts({ answers: { problem } }), { now: NOW, rules: rules({ version: 'op-7' }) });
    expect(Diagnosis.parse(d)).toEqual(d);
    expect(d.problem).toBe(problem);
    expect(d.rulesVersion).toBe('op-7');
    expect(d.nextSteps.length).toBeGreaterThan(0);
    expect(d.avoid.length).toBeGreaterThan(0);
  });

  it('a redemption is answered by its own ledger row, never by an online top-up', () => {
    const f = facts({
      redeem: { outcome: 'expired', at: ago(1), codeMasked: 'ab…9f3e', source: 'console' },
      ledger: [{ kind: 'online', at: ago(3 * 24 * 60), text: '使用在线充值成功' }],
      answers: { problem: 'redeem_not_credited', redeemCode: 'ab…9f3e' },
    });
    expect(diagnose(f, { now: NOW, rules: rules() }).basis?.credit).toBeUndefined();
    // Typed by the user without a time: a redemption two days ago is another code's, the expired one credited nothing.
    const typed = facts({
      redeem: { outcome: 'expired', source: 'user', codeMasked: 'ab…9f3e' },
      ledger: [{ kind: 'redeem', at: ago(2 * 24 * 60), text: '通过兑换码充值 ＄20.000000 额度' }],
      answers: { problem: 'redeem_not_credited', redeemCode: 'ab…9f3e' },
    });
    expect(diagnose(typed, { now: NOW, rules: rules() }).basis?.credit).toBeUndefined();
  });

  it('is deterministic: same facts, clock and rules, same diagnosis', () => {
    const f = facts({ orders: [order({ createdAt: ago(4) })], answers: { problem: 'order_processing' } });
    expect(diagnose(f, { now: NOW, rules: rules() })).toEqual(diagnose(f, { now: NOW, rules: rules() }));
  });

  it('wait turns into operator once the clock passes the configured time', () => {
    const f = facts({ orders: [order({ createdAt: ago(4) })], answers: { problem: 'order_processing' } });
    expect(diagnose(f, { now: NOW, rules: rules() }).resolution).toBe('wait');
    expect(diagnose(f, { now: NOW + 30 * 60_000, rules: rules() }).resolution).toBe('operator');
  });
});

describe('inferProblem', () => {
  it.each([
    {
      name: 'the user said',
      f: facts({ answers: { problem: 'duplicate_or_refund' } }),
      p: 'duplicate_or_refund',
    },
    { name: 'a redeem attempt', f: facts({ redeem: { outcome: 'used' } }), p: 'redeem_not_credited' },
    { name: 'latest order pending', f: facts({ orders: [order()] }), p: 'order_processing' },
    { name: 'latest order failed', f: facts({ orders: [order({ status: 'failed' })] }), p: 'payment_failed' },
    { name: 'nothing known', f: facts(), p: 'paid_not_credited' },
  ])('$name -> $p', ({ f, p }) => {
    expect(inferProblem(f)).toBe(p);
  });

  it('finds the order by the paid time within the rules’ duplicate window, as the diagnosis does', () => {
    const f = facts({ orders: [order({ createdAt: ago(40) })], answers: { paidAt: ago(0) } });
    expect(inferProblem(f)).toBe('paid_not_credited'); // 40 minutes is outside the default 30
    expect(inferProblem(f, rules({ duplicateWindowMinutes: 45 }))).toBe('order_processing');
  });
});

describe('missingAnswers', () => {
  it('asks everything the problem needs when nothing is known', () => {
    expect(missingAnswers('paid_not_credited', facts())).toEqual([
      'paidAt',
      'paidAmount',
      'method',
      'tradeNoTail',
      'keyLast4',
      'pageMessage',
    ]);
  });

  it('skips what the user answered and what the matched order tells', () => {
    const f = facts({ orders: [order()], answers: { tradeNoTail: '9F3K', keyLast4: 'x9Q2' } });
    expect(missingAnswers('paid_not_credited', f)).toEqual(['paidAmount', 'pageMessage']);
  });

  it('redeem: the console message answers "what did the page say"', () => {
    const f = facts({ redeem: { outcome: 'used', message: '该兑换码已被使用', source: 'console' } });
    expect(missingAnswers('redeem_not_credited', f)).toEqual(['redeemCode', 'redeemedAt', 'keyLast4']);
  });
  it('redeem: the console’s answer on this page tells the code and when; never asks for a payment time', () => {
    const redeem = { outcome: 'expired' as const, message: '该兑换码已过期', source: 'console' as const };
    const f = facts({ redeem: { ...redeem, codeMasked: 'ab…9f3e', at: 1 } });
    expect(missingAnswers('redeem_not_credited', f)).toEqual(['keyLast4']);
  });
  it('redeem: a recorded "used" is timed when the code was refused, so when it was redeemed is still asked', () => {
    const redeem = { outcome: 'used' as const, message: '该兑换码已被使用', source: 'console' as const };
    const f = facts({ redeem: { ...redeem, codeMasked: 'ab…9f3e', at: 1 } });
    expect(missingAnswers('redeem_not_credited', f)).toEqual(['redeemedAt', 'keyLast4']);
    // ...unless the console's redemption history names its codes (sub2api): the code itself is matched.
    const coded = {
      ...f,
      ledger: [{ kind: 'redeem' as const, at: 0, text: 'balance 10', codeMasked: 'AB…9F3E' }],
    };
    expect(missingAnswers('redeem_not_credited', coded)).toEqual(['keyLast4']);
  });
});
