import { lintCatalog } from '@topup-doctor/sdk/core';
import { describe, expect, it } from 'vitest';
import { ticketFixture } from '../testing/fixture.js';
import { forwardEn, forwardZhCN } from './catalog.js';
import {
  buildMessage,
  FORWARDED_FIELDS,
  inert,
  messageMarkdown,
  messageText,
  ticketLink,
} from './message.js';

const URL_T = 'https://support.example.com/inbox/tickets/{id}';

describe('the forwarded message', () => {
  it('is short, worded in the configured language and links to the ticket', () => {
    // Bob paid his ¥10 Alipay order and names the key he topped up for (the problem that asks for it).
    const t = ticketFixture(1, {}, { problem: 'paid_not_credited', keyLast4: 'wxyz' });
    const zh = messageText(buildMessage(t, { locale: 'zh-CN', ticketUrl: URL_T }));
    expect(zh).toBe(
      [
        '新工单：已付款，余额没到账',
        '初步判断: 可能不是同一个账号',
        '控制台: new-api · http://127.0.0.1:5173',
        '订单号（脱敏）: …0113',
        'API 密钥尾号: wxyz',
        '金额: ¥10.00',
        '工单编号: TD-0000-0000-0001',
        '在收件箱中查看: https://support.example.com/inbox/tickets/TD-0000-0000-0001',
      ].join('\n'),
    );
    const en = buildMessage(t, { locale: 'en', ticketUrl: URL_T });
    expect(en.title).toBe('New ticket: I paid, but my balance did not change');
    expect(en.lines.map((l) => l.label)).toContain('Key ending');
  });

  it('carries only the masked references and the amount: no username, email, account id, note or checks', () => {
    const t = ticketFixture(2);
    const m = buildMessage(t, { locale: 'zh-CN', ticketUrl: URL_T });
    const text = messageText(m);
    // The account, the note (支付宝已扣款…), the method and the checks' evidence stay in the inbox.
    for (const secretish of ['bob', 'bob@example.com', '支付宝', '余额流水', '待支付'])
      expect(text).not.toContain(secretish);
    for (const id of [t.fields.orderRef, t.fields.accountId])
      expect(m.lines.map((l) => l.value)).not.toContain(id);
    expect(t.fields).toMatchObject({ accountId: '2', orderRef: '17', paymentMethod: '支付宝' });
    expect(FORWARDED_FIELDS).toEqual(['tradeNo', 'redeemCode', 'keyLast4', 'amount']);
  });

  it('words an unknown reason from a newer widget as itself, not as a raw catalog key', () => {
    const m = buildMessage(ticketFixture(3, { reason: 'brand_new' }), { locale: 'en', ticketUrl: URL_T });
    expect(m.lines[0]).toEqual({ label: 'First finding', value: 'brand_new' });
  });

  it('keeps markdown channels free of injected links and emphasis', () => {
    const t = ticketFixture(4, {
      console: { kind: 'custom', origin: '[click](https://evil.example)**x**' },
    });
    const md = messageMarkdown(buildMessage(t, { locale: 'en', ticketUrl: URL_T }));
    expect(md).not.toContain('](https://evil');
    expect(md).toContain('［click］（https://evil.example）＊＊x＊＊');
    expect(md.split('\n').at(-1)).toBe(
      '[Open in the inbox](https://support.example.com/inbox/tickets/TD-0000-0000-0004)',
    );
    expect(inert('a_b`c')).toBe('a＿b｀c');
  });

  it('encodes the ticket id in the link, parentheses included', () => {
    expect(ticketLink('https://s.example/t/{id}', 'a b)(')).toBe('https://s.example/t/a%20b%29%28');
  });
});

describe('the forward catalog layer', () => {
  it('passes the core’s one lint (no empty copy, the same params, no promise wording)', () => {
    expect(lintCatalog(forwardZhCN, forwardEn)).toEqual([]);
  });
});
