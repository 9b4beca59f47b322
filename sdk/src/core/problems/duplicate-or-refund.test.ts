import { describe, expect, it } from 'vitest';
import { diagnose } from '../diagnose/diagnose.js';
import { ago, facts, NOW, order, rules } from '../diagnose/fixtures.js';
import type { Facts } from '../facts/schema.js';
import { duplicateOrRefund } from './duplicate-or-refund.js';

const base = (over: Partial<Facts> = {}, answers: Facts['answers'] = {}) =>
  facts({ ...over, answers: { problem: 'duplicate_or_refund', ...answers } });
const twoPaid = [
  order({ ref: '1', status: 'credited', rawStatus: 'success', createdAt: ago(20) }),
  order({ ref: '2', status: 'credited', rawStatus: 'success', createdAt: ago(15), tradeNoTail: 'B2C3' }),
];

describe('duplicate_or_refund', () => {
  it.each([
    { name: 'paid twice for the same amount', f: base({ orders: twoPaid }), reason: 'duplicate' },
    {
      name: 'order already in refund',
      f: base({ orders: [order({ status: 'refunding', rawStatus: 'REFUNDING' })] }),
      reason: 'refund_status',
    },
    {
      name: 'paid a different amount',
      f: base({ orders: [order()] }, { paidAmount: 55, tradeNoTail: '9F3K' }),
      reason: 'amount_mismatch',
    },
    {
      name: 'a plain refund request',
      f: base({ orders: [order({ status: 'credited' })] }),
      reason: 'refund',
    },
  ])('$name -> operator, $reason', ({ f, reason }) => {
    const d = diagnose(f, { now: NOW, rules: rules() });
    expect(d.resolution).toBe('operator');
    expect(d.reason).toBe(reason);
    expect(d.nextSteps.map((s) => s.key)).toContain('step.recordsDecide');
    expect(duplicateOrRefund.reasons).toContain(d.reason);
  });

  it('points to the refund entry only when the operator configured one', () => {
    const without = diagnose(base({ orders: twoPaid }), { now: NOW, rules: rules() });
    expect(without.nextSteps.map((s) => s.key)).not.toContain('step.refundEntry');
    const withEntry = diagnose(base({ orders: twoPaid }), {
      now: NOW,
      rules: rules({ refundEntry: { url: 'https://gw.example/refund', label: '退款申请' } }),
    });
    expect(withEntry.nextSteps).toContainEqual({ key: 'step.refundEntry', params: { label: '退款申请' } });
  });

  it('never promises a fixed refund rule', () => {
    const d = diagnose(base({ orders: twoPaid }), { now: NOW, rules: rules() });
    expect(d.avoid.map((a) => a.key)).toContain('avoid.fixedRefund');
  });
});
