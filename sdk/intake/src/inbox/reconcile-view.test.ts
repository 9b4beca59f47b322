// The gateway's record in words: every flag and state has both languages (English without Chinese), money
// flags are formatted with their currency, audit rows of gateway actions read as sentences.
import { describe, expect, it } from 'vitest';
import { FLAG_KEYS } from '../reconcile/match.js';
import { reconAuditText, reconWords } from './reconcile-view.js';
import { reconEn, reconZh } from './text-reconcile.js';
import { words } from './words.js';

describe('reconciliation words', () => {
  it('both catalogs have every key, filled; English has no Chinese', () => {
    expect(Object.keys(reconEn).sort()).toEqual(Object.keys(reconZh).sort());
    for (const [key, text] of Object.entries(reconEn)) {
      expect(text, key).not.toBe('');
      expect(text, key).not.toMatch(/[\u4e00-\u9fff]/);
    }
    for (const key of FLAG_KEYS) {
      expect(reconZh).toHaveProperty(`recon.flag.${key}`);
    }
  });

  it('words money flags with their currency in the agent’s language', () => {
    const flag = {
      key: 'amountDiffers' as const,
      params: { ticketMoney: 50, ticketMoneyCurrency: 'CNY', gatewayMoney: 73, gatewayMoneyCurrency: 'CNY' },
    };
    expect(reconWords(words('zh-CN', 'Asia/Shanghai')).flag(flag)).toBe(
      '金额对不上：工单 ¥50.00，网关 ¥73.00',
    );
    expect(reconWords(words('en', 'UTC')).flag(flag)).toBe(
      'Amount differs: the ticket says CN¥50.00, the gateway CN¥73.00',
    );
    expect(reconWords(words('en', 'UTC')).state('timeout', 4000)).toBe(
      'The gateway did not answer within 4 s: look it up again later.',
    );
  });

  it('reads gateway actions in the history', () => {
    const zh = words('zh-CN', 'Asia/Shanghai');
    expect(reconAuditText(zh, { action: 'gateway_complete', before: '…0113', after: 'ok: 补单成功' })).toBe(
      '在网关补单 …0113：成功（补单成功）',
    );
    expect(
      reconAuditText(words('en', 'UTC'), { action: 'gateway_complete', before: '…0113', after: 'timeout' }),
    ).toBe('Asked the gateway to complete order …0113: no answer in time; the result is unknown');
    expect(reconAuditText(zh, { action: 'gateway_verify', before: '…0113', after: 'ok: success' })).toBe(
      '向支付平台核实 …0113：成功（已完成）',
    );
    expect(reconAuditText(zh, { action: 'status' })).toBeUndefined();
  });
});
