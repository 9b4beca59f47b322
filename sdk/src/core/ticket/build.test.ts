import { describe, expect, it } from 'vitest';
import { diagnose } from '../diagnose/diagnose.js';
import { ago, facts, NOW, order, rules } from '../diagnose/fixtures.js';
import type { Facts } from '../facts/schema.js';
import { buildTicket, cleanOrigin, idempotencyKey } from './build.js';
import { Ticket } from './schema.js';

const f: Facts = facts({
  orders: [order({ createdAt: ago(200), tradeNo: 'USR…9F3K' })],
  answers: { problem: 'paid_not_credited', paidAt: ago(198), paidAmount: 50, keyLast4: 'x9Q2' },
  session: { storedUserId: '7', serverUserId: '42' },
});
const d = diagnose(f, { now: NOW, rules: rules() });
const opts = { now: NOW, id: 'tk_0001abcd', locale: 'zh-CN' as const, timeZone: 'Asia/Shanghai' };

describe('buildTicket', () => {
  it('is valid against the shared Ticket schema', () => {
    const tk = buildTicket(f, d, '', { ...opts, audience: 'support' });
    expect(Ticket.parse(tk)).toEqual(tk);
    expect(tk.createdAt).toBe('2026-11-21T08:00:00.000Z');
    expect(tk.rulesVersion).toBe('default-1');
  });

  it('derives the idempotency key from the id only', () => {
    const a = buildTicket(f, d, 'first try', { ...opts, audience: 'support' });
    const b = buildTicket(f, d, 'retry', { ...opts, audience: 'support', now: NOW + 5000 });
    expect(a.idempotencyKey).toBe(b.idempotencyKey);
    expect(a.idempotencyKey).toBe(idempotencyKey('tk_0001abcd'));
    expect(
      buildTicket(f, d, '', { ...opts, id: 'tk_0002abcd', audience: 'support' }).idempotencyKey,
    ).not.toBe(a.idempotencyKey);
  });

  it('carries only the problem’s minimal fields', () => {
    const tk = buildTicket(f, d, '', { ...opts, audience: 'support' });
    for (const k of Object.keys(tk.fields)) expect(d.ticketFields).toContain(k);
    expect(tk.fields).toMatchObject({
      accountId: '42',
      accountEmail: 'lin.wei@example.com',
      orderRef: '1042',
    });
    // Only the engine's exact mask travels: anything else (a prefix kept before the ellipsis) is masked again.
    expect(tk.fields.tradeNo).toBe('…9F3K');
    expect(tk.fields).not.toHaveProperty('redeemCode');
  });

  it('public: no account id, no console order ref, no email, ids hidden in evidence', () => {
    const tk = buildTicket(f, d, '', { ...opts, audience: 'public' });
    expect(tk.fields).not.toHaveProperty('accountId');
    expect(tk.fields).not.toHaveProperty('orderRef');
    expect(tk.fields).not.toHaveProperty('accountEmail');
    const session = tk.checks.find((c) => c.id === 'session-user');
    expect(session?.evidence).not.toMatch(/#42|#7\b/);
    expect(session?.evidence).toContain('ID ***');
  });

  it('masks the note and lists what was masked', () => {
    const tk = buildTicket(f, d, '我的手机 13812345678，卡号 6222 0212 3456 7890 123', {
      ...opts,
      audience: 'support',
    });
    expect(tk.note).not.toContain('13812345678');
    expect(tk.note).not.toContain('7890 123');
    expect(tk.masked.filter((m) => m.field === 'note').length).toBeGreaterThanOrEqual(2);
  });

  it('reseller routing: the ticket names the console in use, origin only', () => {
    const tk = buildTicket(f, d, '', {
      ...opts,
      audience: 'support',
      origin: 'https://admin:pw@gw.reseller.example:8443/console/topup?x=1',
    });
    expect(tk.console).toEqual({ kind: 'new-api', origin: 'https://gw.reseller.example:8443' });
    expect(cleanOrigin('not a url')).toBeUndefined();
  });

  it('renders check evidence in the ticket locale', () => {
    const en = buildTicket(f, d, '', { ...opts, locale: 'en', audience: 'support' });
    expect(en.checks.find((c) => c.id === 'callback-time')?.evidence).toMatch(/^Waited 198 min/);
  });

  it('rejects an id the schema does not accept', () => {
    expect(() => buildTicket(f, d, '', { ...opts, id: 'x', audience: 'support' })).toThrow();
  });
});
