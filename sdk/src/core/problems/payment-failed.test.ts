import { describe, expect, it } from 'vitest';
import { diagnose } from '../diagnose/diagnose.js';
import { ago, facts, NOW, order, rules } from '../diagnose/fixtures.js';
import type { Facts } from '../facts/schema.js';
import { paymentFailed } from './payment-failed.js';

const base = (over: Partial<Facts> = {}, answers: Facts['answers'] = {}) =>
  facts({ ...over, answers: { problem: 'payment_failed', pageMessage: '支付失败', ...answers } });

describe('payment_failed', () => {
  it.each([
    {
      name: 'failed and nothing charged: order once more',
      f: base({ orders: [order({ status: 'failed', rawStatus: 'failed' })] }),
      resolution: 'self',
      reason: 'not_charged',
      step: 'step.orderOnce',
    },
    {
      name: 'expired but the payment account was charged',
      f: base(
        { orders: [order({ status: 'expired', rawStatus: 'expired', createdAt: ago(60) })] },
        { paidAmount: 50 },
      ),
      resolution: 'operator',
      reason: 'charged',
      step: 'step.keepEvidence',
    },
    {
      name: 'the page said failed but the order is still pending within time',
      f: base({ orders: [order({ createdAt: ago(2) })] }),
      resolution: 'wait',
      reason: 'pending',
      step: 'step.wait',
    },
    {
      name: 'pending far past the callback time and charged',
      f: base({ orders: [order({ createdAt: ago(200) })] }, { paidAmount: 50 }),
      resolution: 'operator',
      reason: 'callback_late',
      step: 'step.contact',
    },
    {
      name: 'it went through after all',
      f: base({ orders: [order({ status: 'credited', rawStatus: 'success' })] }),
      resolution: 'self',
      reason: 'credited',
      step: 'step.checkLedger',
    },
  ])('$name', ({ f, resolution, reason, step }) => {
    const d = diagnose(f, { now: NOW, rules: rules() });
    expect(d.problem).toBe('payment_failed');
    expect(d.resolution).toBe(resolution);
    expect(d.reason).toBe(reason);
    expect(d.nextSteps.map((s) => s.key)).toContain(step);
    expect(paymentFailed.reasons).toContain(d.reason);
  });

  it('never asks for a full payment screenshot', () => {
    const d = diagnose(base(), { now: NOW, rules: rules() });
    expect(d.avoid.map((a) => a.key)).toContain('avoid.fullScreenshot');
  });
});
