// A ticket as the intake accepts it (support audience, masked), for the forwarding tests.
import { Ticket } from '@topup-doctor/sdk/core';

export function acceptedTicket(n: number, overrides: Partial<Ticket> = {}): Ticket {
  return Ticket.parse({
    schemaVersion: 1,
    id: `tkt-${String(n).padStart(6, '0')}`,
    idempotencyKey: `idem-${String(n).padStart(8, '0')}`,
    createdAt: '2026-11-20T08:00:00.000Z',
    audience: 'support',
    locale: 'zh-CN',
    rulesVersion: 'default-1',
    console: { kind: 'new-api', origin: 'https://gw.example.com' },
    problem: 'paid_not_credited',
    reason: 'amount_mismatch',
    resolution: 'operator',
    fields: {
      accountId: '2',
      username: 'bob',
      accountEmail: 'bob@example.com',
      paymentMethod: 'alipay',
      amount: 73,
      currency: 'CNY',
      orderRef: '17',
      tradeNo: '…0113',
      keyLast4: 'wxyz',
    },
    checks: [{ id: 'order-in-list', status: 'ok', evidence: '订单 …0113 在当前账号的充值记录中' }],
    note: '支付宝已扣款 ¥73.00，页面显示支付成功',
    masked: [{ field: 'tradeNo', kind: 'order_no' }],
    ...overrides,
  });
}
