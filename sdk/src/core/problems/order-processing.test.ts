import { describe, expect, it } from 'vitest';
import { diagnose } from '../diagnose/diagnose.js';
import { ago, facts, NOW, order, rules } from '../diagnose/fixtures.js';
import type { Facts } from '../facts/schema.js';
import { orderProcessing } from './order-processing.js';

const base = (over: Partial<Facts> = {}, answers: Facts['answers'] = {}) =>
  facts({ ...over, answers: { problem: 'order_processing', ...answers } });
const r = rules({ callbackMinutes: { default: 10, wxpay: 5 } });

describe('order_processing', () => {
  it.each([
    {
      name: 'pending 3 minutes of 10: wait 7 more and refresh',
      f: base({ orders: [order({ createdAt: ago(3) })] }),
      resolution: 'wait',
      reason: 'pending',
      wait: 7,
      step: 'step.noNewOrder',
    },
    {
      name: 'per-method callback time (wxpay 5)',
      f: base({ orders: [order({ method: 'wxpay', createdAt: ago(3) })] }),
      resolution: 'wait',
      reason: 'pending',
      wait: 2,
      step: 'step.wait',
    },
    {
      name: 'two identical pending orders, one paid: compare tails, do not order again',
      f: base(
        {
          orders: [
            order({ ref: '1', createdAt: ago(6), tradeNoTail: 'AAAA' }),
            order({ ref: '2', createdAt: ago(4) }),
          ],
        },
        { orderedAgain: true },
      ),
      resolution: 'wait',
      reason: 'pending',
      wait: 6,
      step: 'step.compareTails',
    },
    {
      name: 'pending for hours: callback lost or misconfigured',
      f: base({ orders: [order({ createdAt: ago(300) })] }),
      resolution: 'operator',
      reason: 'callback_late',
      step: 'step.contact',
    },
    {
      name: 'already credited',
      f: base({ orders: [order({ status: 'credited', rawStatus: 'success' })] }),
      resolution: 'self',
      reason: 'credited',
      step: 'step.checkLedger',
    },
    {
      name: 'no order at all',
      f: base({ orders: [] }),
      resolution: 'operator',
      reason: 'not_found',
      step: 'step.openOrders',
    },
    {
      name: 'order expired',
      f: base({ orders: [order({ status: 'expired', rawStatus: 'expired' })] }),
      resolution: 'operator',
      reason: 'order_closed',
      step: 'step.checkPayAccount',
    },
  ])('$name', ({ f, resolution, reason, wait, step }) => {
    const d = diagnose(f, { now: NOW, rules: r });
    expect(d.resolution).toBe(resolution);
    expect(d.reason).toBe(reason);
    if (wait !== undefined) expect(d.waitMinutes).toBe(wait);
    expect(d.nextSteps.map((s) => s.key)).toContain(step);
    expect(orderProcessing.reasons).toContain(d.reason);
  });

  it('support hours from the rules appear for the operator', () => {
    const withHours = rules({
      supportHours: { timeZone: 'Asia/Shanghai', days: [1, 2, 3, 4, 5], start: '09:00', end: '18:00' },
    });
    const d = diagnose(base({ orders: [order({ createdAt: ago(300) })] }), { now: NOW, rules: withHours });
    expect(d.nextSteps).toContainEqual({
      key: 'step.supportHours',
      params: { start: '09:00', end: '18:00', timeZone: 'Asia/Shanghai' },
    });
  });
});
