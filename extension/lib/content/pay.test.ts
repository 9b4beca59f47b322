import { describe, expect, it } from 'vitest';
import { pageKind } from './page-kind.js';
import { createdOrder, PAY_PATH } from './pay.js';

describe('createdOrder', () => {
  const now = 1_763_600_000_000;
  it('keeps only the tail, the encoded user id, the amount and method of a new-api epay answer', () => {
    const answer = {
      message: 'success',
      data: {
        pid: '1001',
        type: 'alipay',
        out_trade_no: 'USR42NOab12Cd1763600000',
        money: '7.30',
        sign: 'x',
      },
      url: 'http://127.0.0.1/sim/submit.php',
    };
    const order = createdOrder('{"amount":10,"payment_method":"alipay"}', answer, now);
    expect(order).toEqual({
      status: 'pending',
      createdAt: now,
      tradeNoTail: '0000',
      tradeNoUserId: '42',
      amount: 10,
      method: 'alipay',
    });
    expect(JSON.stringify(order)).not.toContain('USR42NO');
  });
  it('ignores error answers and answers without a trade number', () => {
    expect(createdOrder('{}', { message: 'error', data: '充值数量不能小于 1' }, now)).toBeUndefined();
    expect(createdOrder('{}', { success: true, data: 3 }, now)).toBeUndefined();
    expect(
      createdOrder('{}', { code: 1, data: { out_trade_no: 'sub2_20261120abcdefgh' } }, now),
    ).toBeUndefined();
    expect(
      createdOrder('{}', { code: 0, data: { out_trade_no: 'sub2_20261120abcdefgh' } }, now)?.tradeNoTail,
    ).toBe('efgh');
  });
  it('matches the pay endpoints only', () => {
    expect(
      ['/api/user/pay', '/api/user/stripe/pay', '/api/user/amount', '/api/v1/payment/orders'].every((p) =>
        PAY_PATH.test(p),
      ),
    ).toBe(true);
    expect(['/api/user/topup', '/api/user/self', '/api/user/pay/x'].some((p) => PAY_PATH.test(p))).toBe(
      false,
    );
  });
});

describe('pageKind', () => {
  it.each([
    ['/console/topup', '', 'topup'],
    ['/topup', '', 'topup'],
    ['/wallet', '', 'topup'],
    ['/purchase', '', 'topup'],
    ['/console/topup', '?show_history=true', 'orders'],
    ['/orders', '', 'orders'],
    ['/redeem', '', 'redeem'],
    ['/console/log', '', 'other'],
    ['/', '', 'other'],
    ['/login', '', 'login'],
    ['/login', '?expired=true', 'login'],
    ['/register', '', 'login'],
    ['/reset', '', 'login'],
    ['/user/reset', '', 'login'],
    ['/oauth/github', '', 'login'],
    ['/auth/callback', '', 'login'],
    ['/console/login-history', '', 'other'],
  ])('%s%s -> %s', (path, search, kind) => {
    expect(pageKind(path, search)).toBe(kind);
  });
});
