// Evidence in the agent's language: version 2 tickets are worded by the inbox from their keys and masked
// params; version 1 tickets keep the user's words (and say so).
import { CHECKS } from '@topup-doctor/sdk/core';
import { describe, expect, it } from 'vitest';
import { ticketFixture } from '../testing/fixture.js';
import { evidenceOf } from './pages.js';
import { words } from './words.js';

const v2 = ticketFixture(1, {
  schemaVersion: 2,
  locale: 'zh-CN',
  checks: [
    {
      id: 'callback-time',
      status: 'fail',
      evidence: '已等待 45 分钟，超过运营方设定的回调时间 10 分钟：支付回调可能没有到达。',
      key: 'check.callback-time.late',
      params: { waited: 45, expected: 10 },
    },
  ],
});

describe('evidenceOf', () => {
  it('words a v2 check in the agent’s language from its key and params', () => {
    const check = v2.checks[0];
    if (!check) throw new Error('fixture has a check');
    const en = evidenceOf(words('en', 'UTC'), check);
    expect(en.own).toBe(true);
    expect(en.text).toContain('Waited 45 min');
    expect(en.text).toContain('10 min');
    expect(en.text).not.toMatch(/[\u4e00-\u9fff]/);
    const zh = evidenceOf(words('zh-CN', 'Asia/Shanghai'), check);
    expect(zh.own).toBe(true);
    expect(zh.text).toMatch(/45/);
  });

  it('keeps the stored words of a v1 check, or of a key this build does not know', () => {
    const check = ticketFixture(2).checks[1];
    if (!check) throw new Error('fixture has two checks');
    // A version 1 ticket's check carries the user's words only, no key or params.
    const v1 = { id: check.id, status: check.status, evidence: check.evidence };
    expect(evidenceOf(words('en', 'UTC'), v1)).toEqual({ text: v1.evidence, own: false });
    const unknown = { ...v1, key: 'check.no-such.key' };
    expect(evidenceOf(words('en', 'UTC'), unknown)).toEqual({ text: v1.evidence, own: false });
  });
});

describe('check names', () => {
  it('every registered check has its name in both inbox languages (no "other check" for our own)', () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      const w = words(locale, 'UTC');
      for (const check of CHECKS) expect(w.has(`checkName.${check.id}`), `${locale} ${check.id}`).toBe(true);
    }
  });
});
