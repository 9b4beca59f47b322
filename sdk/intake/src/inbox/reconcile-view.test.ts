// The gateway's record in words: every flag and state has both languages (English without Chinese), money
// flags are formatted with their currency, audit rows of gateway actions read as sentences.
import { describe, expect, it } from 'vitest';
import type { Session } from '../auth/sessions.js';
import { FLAG_KEYS, type OrderView, type Reconciliation } from '../reconcile/match.js';
import { codeValue, providerText, reconAuditText, reconcileBody, reconWords } from './reconcile-view.js';
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

  it('gives a redeem code’s value in dollars, with the raw quota beside them where the gateway counts quota', () => {
    const zh = reconWords(words('zh-CN', 'Asia/Shanghai'));
    const en = reconWords(words('en', 'UTC'));
    // new-api / one-api: 10000000 quota at 500000 per dollar.
    expect(codeValue(zh, 10_000_000, 20)).toBe('US$20.00（原始额度 10000000）');
    expect(codeValue(en, 10_000_000, 20)).toBe('$20.00 (raw quota 10000000)');
    // sub2api counts the code's value in dollars already; a gateway that gives no dollars shows its number.
    expect(codeValue(en, 72, 72)).toBe('$72.00');
    expect(codeValue(en, 300, undefined)).toBe('300');
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

  it('says "no record at the platform", "another platform", "not in the latest N" and "too short" in words', () => {
    const zh = words('zh-CN', 'Asia/Shanghai');
    const en = words('en', 'UTC');
    const order = (provider: OrderView['provider']): OrderView => ({
      tradeNo: '…0113',
      userId: '2',
      amount: 10,
      status: 'pending',
      createdAt: 0,
      provider,
      flags: [],
    });
    const none = order({ state: 'ok', status: 'unpaid', known: false });
    expect(providerText(zh, reconWords(zh), none)).toContain('没有这笔订单的记录');
    expect(providerText(en, reconWords(en), none)).toContain('has no record of this order');
    const other = order({ state: 'not_supported', otherPlatform: 'stripe' });
    expect(providerText(zh, reconWords(zh), other)).toContain('不是通过配置的支付平台付款的');
    expect(reconWords(en).flag({ key: 'providerNoRecord' })).toContain('not the same as unpaid');
    const session = { csrf: 'c', user: { role: 'admin' } } as unknown as Session;
    const record: Reconciliation = {
      version: 1,
      checkedAt: 0,
      subject: 'order',
      gateway: 'ok',
      outcome: 'not_found',
      search: { tail: '…0113', from: 0, to: 1, truncatedAfter: 500 },
      orders: [],
      codes: [],
    };
    const body = (w: typeof zh, rec: Reconciliation) =>
      reconcileBody(w, { ticketId: 'T', record: rec, configured: true, session, timeoutMs: 4000, now: 0 })
        .value;
    expect(body(zh, record)).toContain('在网关最近的 500 条记录里没有找到');
    expect(body(en, record)).toContain('latest 500 records');
    expect(body(en, { ...record, search: { from: 0, to: 1 } })).toContain('No matching record found');
    const short = { ...record, outcome: undefined, tooShort: true } as Reconciliation;
    delete short.outcome;
    expect(body(zh, short)).toContain('data-state="too_short"');
    expect(body(en, short)).toContain('too short a part');
    expect(body(en, short)).not.toContain('could not be read');
  });
});
