import { describe, expect, it } from 'vitest';
import { SnapRedeem } from '../snapshot.js';
import { REDEEM_PATH, redeemAnswer } from './redeem.js';

const T = Date.UTC(2026, 10, 21, 8, 0);
const CODE = '3f2a9c1e7b4d4e0f8a6b5c4d3e2f9f3e';

describe('redeem answers the page got', () => {
  it('are recognised on the redeem routes of new-api and sub2api only', () => {
    expect(REDEEM_PATH.test('/api/user/topup')).toBe(true);
    expect(REDEEM_PATH.test('/api/v1/redeem')).toBe(true);
    expect(REDEEM_PATH.test('/api/user/topup/self')).toBe(false);
    expect(REDEEM_PATH.test('/api/user/pay')).toBe(false);
  });

  it('new-api: success and each failure text, the code masked (first 2 + last 4)', () => {
    const ok = redeemAnswer(JSON.stringify({ key: CODE }), { success: true, message: '', data: 500000 }, T);
    expect(ok).toEqual({ outcome: 'success', at: T, codeMasked: '3f…9f3e' });
    for (const [message, outcome] of [
      ['该兑换码已被使用', 'used'],
      ['该兑换码已过期', 'expired'],
      ['无效的兑换码', 'invalid'],
      ['兑换失败，请稍后重试', 'generic_failure'],
    ] as const) {
      const r = redeemAnswer({ key: CODE }, JSON.stringify({ success: false, message }), T);
      expect(r).toEqual({ outcome, at: T, codeMasked: '3f…9f3e', message });
    }
  });

  it('sub2api: code 0 is success, a failure is named by its reason', () => {
    const code = 'ABCD1234-EFGH5678-IJKL9012-MNOP3456';
    expect(redeemAnswer({ code }, { code: 0, message: 'success', data: { value: 5 } }, T)).toEqual({
      outcome: 'success',
      at: T,
      codeMasked: 'AB…3456',
    });
    expect(
      redeemAnswer(
        { code },
        {
          code: 429,
          message: 'too many failed attempts, please try again later',
          reason: 'REDEEM_RATE_LIMITED',
        },
        T,
      )?.outcome,
    ).toBe('rate_limited');
    expect(redeemAnswer({ code }, { code: 409, message: 'x', reason: 'REDEEM_CODE_USED' }, T)?.outcome).toBe(
      'used',
    );
  });

  it('never keeps the full code, even when the console echoes it in its message', () => {
    const r = redeemAnswer({ key: CODE }, { success: false, message: `兑换码 ${CODE} 无效` }, T);
    expect(JSON.stringify(r)).not.toContain(CODE);
    expect(SnapRedeem.safeParse(r).success).toBe(true);
  });

  it('ignores answers of other shapes', () => {
    expect(redeemAnswer({ key: CODE }, 'not json', T)).toBeUndefined();
    expect(redeemAnswer({ key: CODE }, { ok: true }, T)).toBeUndefined();
    expect(redeemAnswer({ key: CODE }, null, T)).toBeUndefined();
  });
});
