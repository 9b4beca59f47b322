// Builders for tests (and the UI's stories): facts shaped like what the new-api / sub2api adapters produce.
// Values follow the consoles' real formats (new-api `USR{uid}NO...` trade numbers, `success`/`pending`
// statuses, quota_per_unit 500000) and are already masked the way adapters mask them.
import type { Facts, Order } from '../facts/schema.js';
import { defaultRules } from '../rules/defaults.js';
import { type Rules, type RulesInput, Rules as RulesSchema } from '../rules/schema.js';
import { MINUTE } from '../time.js';
import { buildContext, type Context } from './context.js';

/** A fixed clock: 2026-11-21 16:00 in Asia/Shanghai. */
export const NOW = Date.UTC(2026, 10, 21, 8, 0);
export const ago = (minutes: number): number => NOW - minutes * MINUTE;

export function order(over: Partial<Order> = {}): Order {
  return {
    ref: '1042',
    tradeNo: 'USR…9F3K',
    tradeNoTail: '9F3K',
    tradeNoUserId: '42',
    amount: 50,
    money: 50,
    currency: 'CNY',
    method: 'alipay',
    provider: 'epay',
    status: 'pending',
    rawStatus: 'pending',
    createdAt: ago(5),
    ...over,
  };
}

export function facts(over: Partial<Facts> = {}): Facts {
  return {
    console: { kind: 'new-api', generation: 'A', historyWindowDays: 30 },
    account: {
      id: '42',
      username: 'lin',
      displayName: 'Lin',
      email: 'lin.wei@example.com',
      group: 'default',
      balance: { raw: 25_000_000, quotaPerUnit: 500_000, displayUnit: 'USD' },
    },
    orders: [],
    ledger: [],
    keys: [{ masked: 'sk-Ab**********x9Q2', last4: 'x9Q2', status: 'enabled' }],
    answers: {},
    ...over,
  };
}

export function rules(input: RulesInput = {}): Rules {
  return RulesSchema.parse(input);
}

export function ctx(f: Facts, now = NOW, r: Rules = defaultRules()): Context {
  return buildContext(f, now, r);
}
