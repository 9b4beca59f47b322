import { describe, expect, it } from 'vitest';
import { diagnose } from '../diagnose/diagnose.js';
import { ago, facts, NOW, rules } from '../diagnose/fixtures.js';
import { buildTicket } from './build.js';
import { renderTicketEmail, renderTicketText } from './render.js';
import { renderTicketJson, Ticket } from './schema.js';

const f = facts({
  redeem: { outcome: 'used', at: ago(3), codeMasked: 'a1…9f3e', message: '该兑换码已被使用' },
  answers: { problem: 'redeem_not_credited' },
});
const d = diagnose(f, { now: NOW, rules: rules() });
const tz = { timeZone: 'Asia/Shanghai' };

describe('renderers', () => {
  it('JSON round-trips through the Ticket schema', () => {
    const tk = buildTicket(f, d, '', { audience: 'support', now: NOW, id: 'tk_render1', locale: 'zh-CN' });
    expect(Ticket.parse(JSON.parse(renderTicketJson(tk)))).toEqual(tk);
  });

  it('public text in zh-CN', () => {
    const tk = buildTicket(f, d, '昨天在群里买的码', {
      audience: 'public',
      now: NOW,
      id: 'tk_render1',
      locale: 'zh-CN',
    });
    const text = renderTicketText(tk, tz);
    expect(text).toContain('【充值自查工单】');
    expect(text).toContain('以下内容已脱敏');
    expect(text).toContain('问题: 兑换码没到账');
    expect(text).toContain('兑换码（脱敏）: a1…9f3e');
    expect(text).toContain('兑换时间: 2026/11/21 15:57');
    expect(text).toContain('[异常]');
    expect(text).not.toContain('账号 ID');
  });

  it('email in en: subject names the problem and the id', () => {
    const tk = buildTicket(f, d, '', { audience: 'support', now: NOW, id: 'tk_render2', locale: 'en' });
    const mail = renderTicketEmail(tk, tz);
    expect(mail.subject).toBe('[Top-up check] A redeem code did not credit · tk_render2');
    expect(mail.body).toContain('Account ID: 42');
    expect(mail.body).toContain('Redeem code (masked): a1…9f3e');
  });

  it('formats money with the currency', () => {
    const pf = facts({
      answers: { problem: 'payment_failed', paidAmount: 50, currency: 'CNY', paidAt: ago(5) },
    });
    const tk = buildTicket(pf, diagnose(pf, { now: NOW, rules: rules() }), '', {
      audience: 'public',
      now: NOW,
      id: 'tk_render3',
      locale: 'zh-CN',
    });
    expect(renderTicketText(tk, tz)).toContain('金额: ¥50.00');
  });
});
