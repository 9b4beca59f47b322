import { describe, expect, it } from 'vitest';
import { msg } from './message.js';
import {
  formatMoney,
  formatNumber,
  formatTime,
  problemTitle,
  reasonText,
  resolutionText,
  statusMark,
  t,
} from './t.js';

const tz = { timeZone: 'Asia/Shanghai' };
const AT = Date.UTC(2026, 10, 21, 8, 5);

describe('t', () => {
  it('interpolates params in both locales', () => {
    expect(t('zh-CN', msg('step.wait', { minutes: 7 }))).toBe('再等 7 分钟，然后刷新订单页查看状态。');
    expect(t('en', msg('step.wait', { minutes: 7 }))).toBe(
      'Wait 7 more minutes, then refresh the orders page.',
    );
  });

  it('formats `...At` params as local times and `...Key` params as catalog text', () => {
    expect(t('zh-CN', msg('check.credit-arrived.found', { creditAt: AT }), tz)).toBe(
      '余额流水在 2026/11/21 16:05 有一笔充值记录。',
    );
    expect(t('en', msg('check.order-in-list.found', { statusKey: 'status.pending' }))).toBe(
      'The order is in this account’s order list (pending).',
    );
  });

  it('formats numbers for the locale', () => {
    expect(t('en', msg('check.display-unit.tokens', { raw: 25_000_000, perUnit: 500_000, value: 50 }))).toBe(
      'The balance shows quota: 25,000,000 at 500,000 per unit is 50.',
    );
  });

  it('leaves a missing param visible and an unknown key as the key', () => {
    expect(t('en', msg('step.wait'))).toContain('{minutes}');
    // A key from elsewhere (a stored ticket of another build) is not a MessageKey: it shows as itself.
    expect(t('en', { key: 'no.such.key' })).toBe('no.such.key');
  });

  it('labels', () => {
    expect(problemTitle('zh-CN', 'paid_not_credited')).toBe('已付款，余额没到账');
    expect(reasonText('en', 'other_account')).toBe('Possibly a different account');
    expect(resolutionText('en', 'wait')).toBe('Wait a little longer');
    expect(statusMark('zh-CN', 'fail')).toBe('异常');
  });
});

describe('formatting helpers', () => {
  it.each([
    ['zh-CN', 100, 'CNY', '¥100.00'],
    ['en', 20, 'USD', '$20.00'],
    ['en', 1234.5, 'TOKENS', '1,234.5 TOKENS'],
    ['zh-CN', 3, undefined, '3'],
  ] as const)('%s %s %s -> %s', (locale, amount, currency, out) => {
    expect(formatMoney(locale, amount, currency)).toBe(out);
  });

  it('times and numbers', () => {
    expect(formatTime('en', AT, tz)).toBe('11/21/2026, 16:05');
    expect(formatTime('zh-CN', AT, { timeZone: 'UTC' })).toBe('2026/11/21 08:05');
    expect(formatNumber('en', 0.125)).toBe('0.13');
  });
});

describe('amounts as the console shows them', () => {
  const dup = (params: Record<string, string | number>) =>
    msg('check.duplicate-orders.found', {
      count: 2,
      minutes: 30,
      paidCount: 2,
      tails: '…1832, …1833',
      ...params,
    });
  it('money with the currency the console says, in both languages', () => {
    const m = dup({ amount: 146, amountCurrency: 'CNY' });
    expect(t('zh-CN', m)).toContain('相同金额（¥146.00）');
    expect(t('en', m)).toContain('same amount (CN¥146.00)');
  });
  it('without a currency, the ordered amount in the console’s top-up units; never a guessed currency', () => {
    const m = dup({ amount: 20, amountUnitKey: 'unit.topup' });
    expect(t('zh-CN', m)).toContain('相同金额（20 个充值单位）');
    expect(t('en', m)).toContain('same amount (20 top-up units)');
    expect(t('en', dup({ amount: 20 }))).not.toMatch(/[¥$]/);
  });
});
