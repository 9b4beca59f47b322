// A ticket as the widget sends it, made the way the widget makes it: the core's diagnose + buildTicket over
// facts shaped like the new-api preset's reading (support audience, masked), for the intake tests.
import {
  type Answers,
  buildTicket,
  defaultRules,
  diagnose,
  type Facts,
  type Ticket,
} from '@topup-doctor/sdk/core';

/** Ticket ids in the widget's format (TD-XXXX-XXXX-XXXX); the key is always derived from the id. */
export const fixtureId = (n: number): string => `TD-0000-0000-${String(n).padStart(4, '0')}`;

const NOW = Date.parse('2026-11-20T08:00:00.000Z');

/** Bob's order of ¥10 by Alipay, still pending 20 minutes after it was created (past the 10-minute callback). */
const FACTS: Facts = {
  console: { kind: 'new-api', generation: 'B', historyWindowDays: 30 },
  account: { id: '2', username: 'bob', email: 'bob@example.com' },
  orders: [
    {
      ref: '17',
      tradeNo: 'USR2NO…0113',
      tradeNoTail: '0113',
      tradeNoUserId: '2',
      amount: 10,
      money: 10,
      currency: 'CNY',
      method: 'alipay',
      provider: 'epay',
      status: 'pending',
      rawStatus: 'pending',
      createdAt: Date.parse('2026-11-20T07:40:00.000Z'),
    },
  ],
  ledger: [],
  keys: [],
  answers: { problem: 'order_processing' },
};

/** `answers`: what else the user answered in the widget (the key's last 4, say), as the widget would. */
export function ticketFixture(
  n: number,
  overrides: Partial<Ticket> = {},
  answers: Partial<Answers> = {},
): Ticket {
  const facts: Facts = { ...FACTS, answers: { ...FACTS.answers, ...answers } };
  const diagnosis = diagnose(facts, { now: NOW, rules: defaultRules() });
  const ticket = buildTicket(facts, diagnosis, '支付宝已扣款 ¥73.00，页面显示支付成功', {
    audience: 'support',
    now: NOW,
    id: fixtureId(n),
    locale: 'zh-CN',
    origin: 'http://127.0.0.1:5173',
  });
  return { ...ticket, ...overrides };
}
