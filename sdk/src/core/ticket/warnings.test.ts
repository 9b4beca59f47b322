import { describe, expect, it } from 'vitest';
import type { BridgeWarning } from '../bridge/protocol.js';
import { diagnose } from '../diagnose/diagnose.js';
import { ago, facts, NOW, order, rules } from '../diagnose/fixtures.js';
import type { Locale } from '../i18n/message.js';
import { buildTicket } from './build.js';
import type { Audience } from './fields.js';
import { renderTicketText } from './render.js';
import { Ticket } from './schema.js';

/** The ticket built with the extension's warnings as an input. */
const withWarnings = (ws: readonly BridgeWarning[], locale: Locale, audience: Audience) =>
  buildTicket(f, d, '', { ...opts, locale, audience, warnings: ws });

const f = facts({
  orders: [order({ createdAt: ago(200) })],
  answers: { problem: 'paid_not_credited', paidAt: ago(198), paidAmount: 50 },
});
const d = diagnose(f, { now: NOW, rules: rules() });
const opts = { now: NOW, id: 'tk_0001abcd', locale: 'zh-CN' as const, rules: rules() };
const warnings: BridgeWarning[] = [
  {
    id: 'other-account-order',
    key: 'ext.warn.otherAccountOrderPaid',
    params: { order: '…k3x9', creator: '爱丽丝 (#1)', current: '鲍勃 (#2)' },
  },
  // A note-like param with a card number: masked like any evidence.
  { id: 'stale-tab', key: 'ext.warn.staleTab', params: { stored: '6222021234567890123', server: '#2' } },
  { id: 'x', key: 'ticket.title' }, // not an extension warning: never worded into a ticket
  { id: 'y', key: 'ext.warn.fromANewerExtension' }, // unknown key: left out, not sent raw
];

describe('buildTicket: the extension’s warnings', () => {
  it('adds the worded, masked warnings as warn checks (support)', () => {
    const base = buildTicket(f, d, '', { ...opts, audience: 'support' });
    const tk = withWarnings(warnings, 'zh-CN', 'support');
    expect(Ticket.parse(tk)).toEqual(tk);
    const added = tk.checks.slice(base.checks.length);
    expect(added.map((c) => [c.id, c.status])).toEqual([
      ['extension.other-account-order', 'warn'],
      ['extension.stale-tab', 'warn'],
    ]);
    expect(added[0]?.evidence).toContain('订单 …k3x9 已支付，是在本浏览器中由 爱丽丝 (#1) 创建的');
    expect(added[1]?.evidence).not.toContain('6222021234567890123');
    expect(tk.masked.some((m) => m.field === 'check:extension.stale-tab')).toBe(true);
    expect(renderTicketText(tk)).toContain('爱丽丝 (#1)');
  });

  it('hides account ids in public pastes and words in the ticket locale', () => {
    const tk = withWarnings(warnings, 'en', 'public');
    const evidence = tk.checks.find((c) => c.id === 'extension.other-account-order')?.evidence;
    expect(evidence).toMatch(/^Order …k3x9 is paid and was created in this browser by 爱丽丝 \(#\*\*\*\)/);
    expect(evidence).not.toMatch(/#[12]\b/);
  });

  it('leaves the ticket as is without warnings and stays within the schema limit', () => {
    const base = buildTicket(f, d, '', { ...opts, audience: 'support' });
    expect(withWarnings([], 'zh-CN', 'support')).toEqual(base);
    const params = { count: 2, accounts: '#1, #2' };
    const many = Array.from({ length: 80 }, (_, i) => ({
      id: `w${i}`,
      key: 'ext.warn.severalAccounts',
      params,
    }));
    expect(withWarnings(many, 'zh-CN', 'support').checks).toHaveLength(50);
  });

  it('drops a warning whose params did not arrive rather than sending "{count}" to support', () => {
    const base = buildTicket(f, d, '', { ...opts, audience: 'support' });
    const bare = [{ id: 'bare', key: 'ext.warn.severalAccounts' }];
    expect(withWarnings(bare, 'zh-CN', 'support').checks).toEqual(base.checks);
  });

  it('keeps a ticket within the schema whatever a page posing as the extension sends', () => {
    // Any page script can answer the widget's hello: long ids, long param names, a `...Key` param that
    // is no catalog key, secrets in long values. buildTicket validates nothing after the fact (no zod on
    // the widget's path), so what it builds must already be a valid ticket.
    const long = 'x'.repeat(60);
    const hostile: BridgeWarning[] = [
      {
        id: long,
        key: 'ext.warn.staleTab',
        params: { stored: `6222021234567890123 ${'长'.repeat(900)}`, server: long },
      },
      { id: 'name', key: 'ext.warn.staleTab', params: { [long]: 1, stored: 'a', server: 'b' } },
      { id: 'key', key: 'ext.warn.staleTab', params: { stored: 'a', server: 'b', whatKey: long } },
    ];
    for (const audience of ['support', 'public'] as const) {
      const tk = withWarnings(hostile, 'en', audience);
      expect(Ticket.safeParse(tk).success).toBe(true);
      expect(tk.checks.filter((c) => c.id.startsWith('extension.'))).toHaveLength(1);
      expect(JSON.stringify(tk)).not.toContain('6222021234567890123');
    }
  });

  it('refuses an id or a rules version the ticket cannot hold, as the schema did', () => {
    expect(() => buildTicket(f, d, '', { ...opts, id: 'x'.repeat(65), audience: 'support' })).toThrow(
      RangeError,
    );
    const versioned = { ...d, rulesVersion: 'v'.repeat(65) };
    expect(() => buildTicket(f, versioned, '', { ...opts, audience: 'support' })).toThrow(RangeError);
  });
});
