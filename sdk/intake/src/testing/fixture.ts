// A ticket as the widget sends it (support audience, masked), for the intake tests.
import type { Ticket } from '@topup-doctor/sdk/core';

/** Ticket ids in the widget's format (TD-XXXX-XXXX-XXXX); the key is always derived from the id. */
export const fixtureId = (n: number): string => `TD-0000-0000-${String(n).padStart(4, '0')}`;

export function ticketFixture(n: number, overrides: Partial<Ticket> = {}): Ticket {
  return {
    schemaVersion: 1,
    id: fixtureId(n),
    idempotencyKey: `topup-doctor:${fixtureId(n)}`,
    createdAt: '2026-11-20T08:00:00.000Z',
    audience: 'support',
    locale: 'zh-CN',
    rulesVersion: 'default-1',
    console: { kind: 'new-api', origin: 'http://127.0.0.1:5173' },
    problem: 'order_processing',
    resolution: 'operator',
    fields: {
      accountId: '2',
      username: 'bob',
      accountEmail: 'bob@example.com',
      paymentMethod: 'alipay',
      orderTime: '2026-11-20T07:40:00.000Z',
      amount: 10,
      orderStatus: 'pending',
      orderRef: '17',
      tradeNo: '…0113',
    },
    checks: [
      { id: 'order-in-list', status: 'ok', evidence: '订单 …0113 在当前账号的充值记录中，状态 pending' },
      { id: 'callback-time', status: 'fail', evidence: '已等待 45 分钟，超过回调时间 10 分钟' },
    ],
    note: '支付宝已扣款 ¥73.00，页面显示支付成功',
    masked: [{ field: 'tradeNo', kind: 'order_no' }],
    ...overrides,
  };
}
