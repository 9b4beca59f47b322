import { describe, expect, it } from 'vitest';
import { classifyRedeemMessage, redeemCodeShape, waitMinutesIn } from './redeem.js';
import type { RedeemOutcome } from './schema.js';

describe('classifyRedeemMessage', () => {
  it.each<[string, RedeemOutcome]>([
    // new-api before 2025 and 2026 (zh and en i18n)
    ['无效的兑换码', 'invalid'],
    ['该兑换码已被使用', 'used'],
    ['该兑换码已过期', 'expired'],
    ['Invalid redemption code', 'invalid'],
    ['This redemption code has been used', 'used'],
    ['This redemption code has expired', 'expired'],
    // new-api 2025: one text for every failure
    ['兑换失败，请稍后重试', 'generic_failure'],
    ['Redemption failed, please try again later', 'generic_failure'],
    // sub2api messages
    ['redeem code not found', 'invalid'],
    ['redeem code already used', 'used'],
    ['too many failed attempts, please try again later', 'rate_limited'],
    ['redeem code is being processed, please try again', 'locked'],
    ['兑换成功', 'success'],
    ['页面一直在转圈', 'unknown'],
    ['', 'unknown'],
  ])('%s -> %s', (text, outcome) => expect(classifyRedeemMessage(text)).toBe(outcome));

  it.each<[string, RedeemOutcome]>([
    ['REDEEM_CODE_NOT_FOUND', 'invalid'],
    ['REDEEM_CODE_USED', 'used'],
    ['REDEEM_CODE_LOCKED', 'locked'],
    ['REDEEM_RATE_LIMITED', 'rate_limited'],
  ])('sub2api code %s -> %s', (code, outcome) => expect(classifyRedeemMessage('', code)).toBe(outcome));
});

describe('waitMinutesIn', () => {
  it.each<[string, number | undefined]>([
    ['请 30 分钟后再试', 30],
    ['locked, try again in 1 hour', 60],
    ['请 10 秒后重试', 1],
    ['too many failed attempts, please try again later', undefined],
  ])('%s -> %s', (text, minutes) => expect(waitMinutesIn(text)).toBe(minutes));
});

describe('redeemCodeShape', () => {
  const hex = '5f0c2a9e7b1d4e3f8a6c0b2d9e7f1a3c';
  it.each([
    ['new-api', hex, undefined],
    ['new-api', hex.replace('0', 'O'), 'lookalike'],
    ['one-api', hex.replace('1', 'l'), 'lookalike'],
    ['new-api', 'not-a-code', undefined],
    ['sub2api', '7C1D9A2E-4B6F8A0C-2E9D7B5A-3F1C8E6D', undefined],
    ['sub2api', '7c1d9a2e-4b6f8a0c-2e9d7b5a-3f1c8e6d', 'case'],
    ['sub2api', '7C1D9A2E-4B6F8AOC-2E9D7B5A-3F1C8E6D', 'lookalike'],
    ['custom', hex.replace('0', 'O'), undefined],
  ] as const)('%s %s -> %s', (kind, code, shape) => {
    expect(redeemCodeShape(kind, code)).toBe(shape);
  });
});
