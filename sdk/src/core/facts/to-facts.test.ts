import { describe, expect, it } from 'vitest';
import type { ConsoleReading } from './reading.js';
import { toFacts } from './to-facts.js';
import { readTradeNo } from './trade-no.js';

const NOW = Date.UTC(2026, 10, 21, 8, 0);
const read: ConsoleReading = {
  console: { kind: 'new-api', generation: 'A' },
  account: { id: '42' },
  orders: [],
  ledger: [],
  errors: [],
  redeems: [
    { outcome: 'used', at: NOW - 60_000, codeMasked: 'ab…9f3e', message: '该兑换码已被使用' },
    { outcome: 'invalid', at: NOW - 30_000, codeMasked: 'cd…0000', message: '无效的兑换码' },
  ],
};

describe('toFacts', () => {
  it('copies the reading and the answers; nothing is invented', () => {
    const f = toFacts({
      read: { ...read, redeems: [] },
      answers: { problem: 'paid_not_credited', tradeNoTail: '8400' },
    });
    expect(f.console.kind).toBe('new-api');
    expect(f.account?.id).toBe('42');
    expect(f.answers).toEqual({ problem: 'paid_not_credited', tradeNoTail: '8400' });
    expect(f.redeem).toBeUndefined();
  });

  it('without a reading the console is "custom" and nothing else is known', () => {
    expect(toFacts({ answers: {} })).toEqual({ console: { kind: 'custom' }, answers: {} });
  });

  it('picks the console-observed redeem answer for the code the user typed', () => {
    const f = toFacts({ read, answers: { problem: 'redeem_not_credited', redeemCode: 'ab…9f3e' } });
    expect(f.redeem).toMatchObject({ outcome: 'used', codeMasked: 'ab…9f3e', source: 'console' });
  });

  it('without a code: the latest answer this page saw', () => {
    const f = toFacts({ read, answers: { problem: 'redeem_not_credited' } });
    expect(f.redeem).toMatchObject({ outcome: 'invalid', source: 'console' });
  });

  it('the page’s answer stays the attempt in question when the user gives when they first redeemed it', () => {
    // "used" is refused now; the time the user gives is of the first redemption, hours before.
    const f = toFacts({
      read,
      answers: { problem: 'redeem_not_credited', redeemedAt: NOW - 20 * 3_600_000 },
    });
    expect(f.redeem).toMatchObject({ outcome: 'invalid', source: 'console', at: NOW - 30_000 });
  });
  it('a code accepted on this page and then refused as "used" on a second try: the accepted one is in question', () => {
    const redeems = [
      { outcome: 'success' as const, at: NOW - 120_000, codeMasked: 'ab…9f3e' },
      { outcome: 'used' as const, at: NOW - 60_000, codeMasked: 'ab…9f3e', message: '该兑换码已被使用' },
    ];
    const typed = toFacts({
      read: { ...read, redeems },
      answers: { problem: 'redeem_not_credited', redeemCode: 'ab…9f3e' },
    });
    expect(typed.redeem).toMatchObject({ outcome: 'success', at: NOW - 120_000 });
    const seen = toFacts({ read: { ...read, redeems }, answers: { problem: 'redeem_not_credited' } });
    expect(seen.redeem).toMatchObject({ outcome: 'success', at: NOW - 120_000 });
  });
  it('a typed code whose shape cannot exist on this console is a typo, whatever message (none, or the generic one)', () => {
    for (const pageMessage of [undefined, '兑换失败，请稍后重试']) {
      const f = toFacts({
        read: { ...read, redeems: [] },
        answers: {
          problem: 'redeem_not_credited',
          redeemCode: '5f…1a3c',
          redeemCodeShape: 'lookalike',
          ...(pageMessage ? { pageMessage } : {}),
        },
      });
      expect(f.redeem).toMatchObject({ outcome: 'invalid', source: 'user' });
    }
    // A message that names the reason wins: "已被使用" is not a typo.
    const used = toFacts({
      read: { ...read, redeems: [] },
      answers: {
        problem: 'redeem_not_credited',
        redeemCodeShape: 'lookalike',
        pageMessage: '该兑换码已被使用',
      },
    });
    expect(used.redeem?.outcome).toBe('used');
  });
  it('the extension tells which account redeemed the code', () => {
    const f = toFacts({
      read: { ...read, redeems: [] },
      answers: { problem: 'redeem_not_credited', redeemCode: 'ZZ…ABCD' },
      observations: {
        accountsSeen: [],
        ordersCreatedHere: [],
        redeemsHere: [{ accountId: '7', codeMasked: 'zz…abcd', outcome: 'success', at: NOW - 86_400_000 }],
      },
    });
    expect(f.redeem).toMatchObject({ outcome: 'success', accountId: '7', source: 'extension' });
  });

  it('classifies the message the user typed when the console said nothing', () => {
    const f = toFacts({
      read: { ...read, redeems: [] },
      answers: {
        problem: 'redeem_not_credited',
        pageMessage: '请 30 分钟后再试，尝试次数过多',
        redeemedAt: NOW,
      },
    });
    expect(f.redeem).toEqual({
      outcome: 'rate_limited',
      source: 'user',
      at: NOW,
      message: '请 30 分钟后再试，尝试次数过多',
      waitMinutes: 30,
    });
  });

  it('an order problem never becomes a redeem problem', () => {
    const f = toFacts({ read, answers: { problem: 'order_processing', pageMessage: '无效的兑换码' } });
    expect(f.redeem).toBeUndefined();
  });
});

describe('readTradeNo', () => {
  it('reads the account id before masking; keeps only the mask and the tail', () => {
    expect(readTradeNo(' USR7NOq7Ld2x1767398400 ')).toEqual({ masked: '…8400', tail: '8400', userId: '7' });
    expect(readTradeNo('ref_5f2c0e9a1b7d4c3e')).toEqual({ masked: '…4c3e', tail: '4c3e' });
    expect(readTradeNo('12')).toBeUndefined();
  });
});
