import { describe, expect, it } from 'vitest';
import { diagnose } from '../diagnose/diagnose.js';
import { ago, facts, NOW, order, rules } from '../diagnose/fixtures.js';
import { Diagnosis } from '../diagnose/types.js';
import type { Facts } from '../facts/schema.js';
import { toFacts } from '../facts/to-facts.js';
import { paidNotCredited } from './paid-not-credited.js';

const base = (over: Partial<Facts> = {}, answers: Facts['answers'] = {}) =>
  facts({ ...over, answers: { problem: 'paid_not_credited', ...answers } });
const credit = (minutes: number) => ({ kind: 'online' as const, at: ago(minutes), text: '使用在线充值成功' });
const r = rules({ callbackMinutes: { default: 10 } });

describe('paid_not_credited', () => {
  it.each([
    {
      name: 'closed the QR page, paid on the phone: pending within the callback time -> wait',
      f: base({ orders: [order({ createdAt: ago(3) })] }),
      resolution: 'wait',
      reason: 'pending',
      step: 'step.closedPage',
    },
    {
      name: 'misconfigured callback: pending far past the configured time -> operator',
      f: base({ orders: [order({ createdAt: ago(180) })] }, { paidAt: ago(178) }),
      resolution: 'operator',
      reason: 'callback_late',
      step: 'step.contact',
    },
    {
      name: 'paid 55 for a 50 order -> operator',
      f: base({ orders: [order()] }, { paidAmount: 55, tradeNoTail: '9F3K' }),
      resolution: 'operator',
      reason: 'amount_mismatch',
      step: 'step.keepEvidence',
    },
    {
      name: 'credit arrived but the balance shows raw quota -> self, check the unit',
      f: base({
        orders: [order({ status: 'credited', rawStatus: 'success' })],
        ledger: [credit(2)],
        account: { id: '42', balance: { raw: 25_000_000, quotaPerUnit: 500_000, displayUnit: 'TOKENS' } },
      }),
      resolution: 'self',
      reason: 'credited',
      step: 'step.checkUnit',
    },
    {
      name: 'forged success page: the page says paid, the order is pending -> not credited, wait',
      f: base({ orders: [order({ createdAt: ago(2) })] }, { pageMessage: '支付成功！' }),
      resolution: 'wait',
      reason: 'pending',
      step: 'step.wait',
    },
    {
      name: 'paid as A, looking as B (extension saw the order created by A)',
      f: base(
        {
          orders: [],
          observations: {
            accountsSeen: [
              { id: '42', firstSeen: ago(100), lastSeen: ago(0) },
              { id: '7', label: 'l***@qq.com', firstSeen: ago(200), lastSeen: ago(30) },
            ],
            ordersCreatedHere: [{ accountId: '7', tradeNoTail: '1832', createdAt: ago(40) }],
          },
        },
        { tradeNoTail: '1832' },
      ),
      resolution: 'self',
      reason: 'other_account',
      step: 'step.switchAccount',
    },
    {
      name: 'receipt trade number carries another user id',
      f: base({}, { tradeNoUserId: '7', tradeNoTail: '1832' }),
      resolution: 'self',
      reason: 'other_account',
      step: 'step.switchAccountId',
    },
    {
      name: 'tab holds an old user (New-Api-User mismatch)',
      f: base({ session: { userHeaderMismatch: true }, orders: [order()] }),
      resolution: 'self',
      reason: 'other_account',
      step: 'step.reload',
    },
    {
      name: 'calls with a key of another account',
      f: base({ orders: [order({ status: 'credited' })] }, { keyLast4: 'Zz11' }),
      resolution: 'self',
      reason: 'other_account',
      step: 'step.checkKey',
    },
    {
      name: 'order not in this account (within 30 days), nothing else known -> operator',
      f: base({ orders: [order()] }, { tradeNoTail: '1832', paidAt: ago(60) }),
      resolution: 'operator',
      reason: 'not_found',
      step: 'step.otherAccounts',
    },
    {
      name: 'paid 40 days ago, older than the list -> operator',
      f: base({ orders: [] }, { paidAt: ago(40 * 24 * 60) }),
      resolution: 'operator',
      reason: 'old_order',
      step: 'step.contact',
    },
    {
      name: 'order expired although the user paid -> operator',
      f: base(
        { orders: [order({ status: 'expired', rawStatus: 'expired', createdAt: ago(40) })] },
        { paidAt: ago(38) },
      ),
      resolution: 'operator',
      reason: 'order_closed',
      step: 'step.checkPayAccount',
    },
  ])('$name', ({ f, resolution, reason, step }) => {
    const d = diagnose(f, { now: NOW, rules: r });
    expect(Diagnosis.parse(d)).toEqual(d);
    expect(d.problem).toBe('paid_not_credited');
    expect(d.resolution).toBe(resolution);
    expect(d.reason).toBe(reason);
    expect(d.nextSteps.map((s) => s.key)).toContain(step);
    expect(paidNotCredited.reasons).toContain(d.reason);
  });

  it('a forged success page is flagged, never taken as proof', () => {
    const d = diagnose(
      base({ orders: [order({ createdAt: ago(2) })] }, { pageMessage: 'Payment successful' }),
      {
        now: NOW,
        rules: r,
      },
    );
    expect(d.checks.find((c) => c.id === 'client-success')?.status).toBe('warn');
    expect(d.reason).not.toBe('credited');
  });

  it('wait tells how many configured minutes are left', () => {
    const d = diagnose(base({ orders: [order({ createdAt: ago(3) })] }), { now: NOW, rules: r });
    expect(d.waitMinutes).toBe(7);
    expect(d.nextSteps[0]).toEqual({ key: 'step.wait', params: { minutes: 7 } });
  });

  it('carries the handbook avoid list and minimal fields', () => {
    const d = diagnose(base(), { now: NOW, rules: r });
    expect(d.avoid.map((a) => a.key)).toContain('avoid.screenshotProof');
    expect(d.ticketFields).not.toContain('payAccount');
    expect(d.ticketFields).toContain('tradeNo');
  });
});

describe('paid_not_credited: evidence weighs', () => {
  it('an order found in this account’s list outweighs the login history', () => {
    const f = base(
      {
        orders: [order({ createdAt: ago(200) })],
        observations: {
          accountsSeen: [
            { id: '42', firstSeen: ago(100), lastSeen: ago(0) },
            { id: '7', firstSeen: ago(300), lastSeen: ago(150) },
          ],
          ordersCreatedHere: [],
        },
      },
      { paidAt: ago(198) },
    );
    const d = diagnose(f, { now: NOW, rules: r });
    expect(d.checks.find((c) => c.id === 'accounts-seen')?.status).toBe('fail');
    expect(d.reason).toBe('callback_late');
  });
});

describe('paid_not_credited on a console without an orders list (one-api, new-api 2025)', () => {
  it('never points at an orders page the console does not have', () => {
    const f = toFacts({
      read: {
        console: { kind: 'one-api' },
        account: { id: '42' },
        ledger: [],
        errors: [{ part: 'orders', code: 'unsupported' }],
      },
      answers: { problem: 'paid_not_credited', paidAt: NOW - 3 * 24 * 3_600_000, paidAmount: 10 },
    });
    expect(f.console.noOrdersList).toBe(true);
    const d = diagnose(f, { now: NOW, rules: rules() });
    const steps = d.nextSteps.map((s) => s.key);
    expect(steps).not.toContain('step.openOrders');
    expect(steps).toContain('step.noOrdersPage');
  });
});
