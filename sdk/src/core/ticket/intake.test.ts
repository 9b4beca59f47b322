// checkTicket, the intake's strict check. Properties: a generated sensitive value planted in any string
// of a valid ticket (made by buildTicket), in any field and any position, written plainly, grouped,
// full-width or "looking masked" (`…*`, `[…]`), is never stored; must-keep text in the free-text places
// is still accepted; text a database cannot store is refused naming the field.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MUST_STAY } from '../../../bench/corpus.js';
import { leaks } from '../../../bench/leaks.js';
import { mulberry32 } from '../../../bench/rng.js';
import { KINDS, type Sensitive, sensitive } from '../../../bench/sensitive.js';
import { diagnose } from '../diagnose/diagnose.js';
import { ago, facts, NOW, order, rules } from '../diagnose/fixtures.js';
import { buildTicket } from './build.js';
import { TicketFieldName } from './fields.js';
import { checkTicket } from './intake.js';
import type { Ticket } from './schema.js';

const ID = 'TD-7K2M-9QXD-4HNB';

function validTicket(audience: 'support' | 'public' = 'support'): Ticket {
  const f = facts({
    account: { id: '42', displayName: 'lin', email: 'lin.wei@example.com' },
    orders: [order({ tradeNo: '…9F3K', createdAt: ago(30) })],
    answers: { problem: 'paid_not_credited', pageMessage: '支付成功', paidAt: ago(29), paidAmount: 50 },
  });
  const d = diagnose(f, { now: NOW, rules: rules() });
  return buildTicket(f, d, '支付宝已扣款 ¥50.00，余额没变', {
    audience,
    locale: 'zh-CN',
    now: NOW,
    id: ID,
    origin: 'https://gw.example',
  });
}

type Path = (string | number)[];

/** Every string in the ticket, plus every ticket field (present or not): the places a value can be planted. */
function stringPaths(t: Ticket): Path[] {
  const out: Path[] = [];
  const walk = (v: unknown, path: Path) => {
    if (typeof v === 'string') out.push(path);
    else if (Array.isArray(v)) for (const [i, x] of v.entries()) walk(x, [...path, i]);
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, [...path, k]);
  };
  walk(t, []);
  for (const name of TicketFieldName.options)
    if (!out.some((p) => p[0] === 'fields' && p[1] === name)) out.push(['fields', name]);
  if (!out.some((p) => p[0] === 'reason')) out.push(['reason']);
  return out;
}

function plant(t: Ticket, path: Path, put: (old: string) => string): unknown {
  const copy = structuredClone(t) as unknown as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  node[last] = put(typeof node[last] === 'string' ? (node[last] as string) : '');
  return copy;
}

const fullWidth = (s: string) =>
  [...s]
    .map((ch) => (ch > ' ' && ch < '\x7f' ? String.fromCharCode(ch.charCodeAt(0) + 0xfee0) : ch))
    .join('');
/** Digit groups the way people type them, for the kinds that have groups (as the bench's formatted tier). */
const grouped = (v: string, s: Sensitive) =>
  s.format === 'card'
    ? v.replace(/(\d{4})(?=\d)/g, '$1 ')
    : s.format === 'phone'
      ? v.replace(/^(\d{3})(\d{4})/, '$1 $2 ')
      : s.format === 'id'
        ? v.replace(/^(\d{6})(\d{8})/, '$1 $2 ')
        : v;

const WRITTEN: ((v: string, s: Sensitive) => string)[] = [
  (v: string) => v,
  grouped,
  fullWidth,
  (v: string) => `${v}*`,
  (v: string) => `[${v}]`,
  (v: string) => `…${v}`,
  (v: string) => v.split('').join('\u200b'),
];
const POSITIONS = [
  (_old: string, v: string) => v,
  (old: string, v: string) => `${old} ${v}`,
  (old: string, v: string) => `${v} ${old}`,
  // Between two words of the old text (a value glued inside a word, `l6222…in`, reads as one token).
  (old: string, v: string) => `${old.slice(0, old.length >> 1)} ${v}，${old.slice(old.length >> 1)}`,
];

describe('checkTicket', () => {
  const base = validTicket();
  const paths = stringPaths(base);

  it('accepts the tickets buildTicket makes, for both audiences', () => {
    expect(checkTicket(base)).toMatchObject({ ok: true });
    expect(checkTicket(validTicket('public'))).toMatchObject({ ok: true });
    expect(paths.length).toBeGreaterThan(25);
  });

  it('stores no planted sensitive value, in any field and position, however it is written', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...KINDS),
        fc.integer(),
        fc.constantFrom(...paths),
        fc.integer({ min: 0, max: WRITTEN.length - 1 }),
        fc.integer({ min: 0, max: POSITIONS.length - 1 }),
        (kind, seed, path, w, p) => {
          const s = sensitive(mulberry32(seed), kind);
          // With the words that label it, as in the corpus (a bare `A123456789` is a plausible order id).
          const ctx = s.ctx ? `${s.ctx[seed & 1]} ` : '';
          const written = WRITTEN[w]!(s.written, s);
          const body = plant(base, path, (old) => POSITIONS[p]!(old, ctx + written));
          const verdict = checkTicket(body);
          if (verdict.ok) expect(leaks(JSON.stringify(verdict.ticket), s, written)).toBe(false);
          else expect(verdict.message).not.toContain(s.written);
        },
      ),
      { numRuns: 3000, seed: 20261202 },
    );
  }, 60_000);

  it('still accepts must-keep text (amounts, times, model names, statuses) in the free-text places', () => {
    const refused: string[] = [];
    for (const { zh, en } of Object.values(MUST_STAY))
      for (const text of [...zh, ...en])
        for (const path of [['note'], ['checks', 0, 'evidence'], ['fields', 'pageMessage']] as Path[]) {
          const verdict = checkTicket(plant(base, path, (old) => `${old} ${text}`));
          if (!verdict.ok) refused.push(`${path.join('.')}: ${text} (${verdict.kind})`);
        }
    expect(refused).toEqual([]);
  });

  it('refuses NUL and lone surrogates anywhere, naming the field (a database cannot store them)', () => {
    for (const [path, bad] of [
      [['note'], 'a\u0000b'],
      [['checks', 0, 'evidence'], 'x\ud800'],
      [['fields', 'username'], '\udc00y'],
      [['id'], 'TD-7K2M-9QXD-4HN\u0000'],
    ] as [Path, string][]) {
      expect(checkTicket(plant(base, path, () => bad))).toMatchObject({
        ok: false,
        error: 'unstorable',
        field: path
          .map((k) => (typeof k === 'number' ? `[${k}]` : k))
          .join('.')
          .replace(/\.\[/g, '['),
      });
    }
    expect(checkTicket({ ...base, ['k\ud800']: 1 })).toMatchObject({ ok: false, error: 'unstorable' });
    // A proper pair (an emoji) is fine.
    expect(checkTicket(plant(base, ['note'], (old) => `${old} 👍`))).toMatchObject({ ok: true });
  });

  it('structured fields only in their exact format', () => {
    for (const [path, value] of [
      [['id'], 'tk_6222021234567890128'],
      [['idempotencyKey'], 'topup-doctor:TD-0000-0000-0000'],
      [['fields', 'accountId'], '13812345678'],
      [['fields', 'orderRef'], '2025092922001416001234561832'],
      [['fields', 'tradeNo'], '6222021234567890128*'],
      [['fields', 'redeemCode'], '[ab12cd34ef56ab78cd90ef12ab349f3e]'],
      [['masked', 0, 'kind'], 'sk-abcdefghijklmnopqrstuvwx'],
      [['masked', 0, 'field'], '13812345678'],
      [['console', 'origin'], 'https://user:pw@gw.example'],
    ] as [Path, string][]) {
      const withNotice = { ...base, masked: [{ field: 'note', kind: 'phone' }] };
      const verdict = checkTicket(plant(withNotice, path, () => value));
      expect(verdict.ok, `${path.join('.')} = ${value}`).toBe(false);
    }
  });
});

describe('checkTicket: schema v2 check keys', () => {
  it('every catalog key has the shape the intake accepts', async () => {
    const { CATALOGS } = await import('../i18n/catalogs.js');
    const t = validTicket();
    for (const key of Object.keys(CATALOGS['zh-CN'])) {
      const checks = t.checks.map((c) => ({ ...c, key }));
      expect([key, checkTicket({ ...t, checks }).ok]).toEqual([key, true]);
    }
  });
});
