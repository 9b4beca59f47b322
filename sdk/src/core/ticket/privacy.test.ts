// Property: whatever sensitive value is planted in the facts or the note, no rendering of any ticket (any
// audience, any locale, JSON / text / email) contains it (docs/domain.md section 3).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diagnose } from '../diagnose/diagnose.js';
import { ago, facts, NOW, order, rules } from '../diagnose/fixtures.js';
import { ProblemId } from '../facts/schema.js';
import { buildTicket } from './build.js';
import type { Audience } from './fields.js';
import { renderTicketEmail, renderTicketText } from './render.js';
import { renderTicketJson } from './schema.js';

const digits = (n: number) =>
  fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: n, maxLength: n });
const alnum = (n: number) =>
  fc.string({
    unit: fc.constantFrom(...'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789'),
    minLength: n,
    maxLength: n,
  });
const hex = (n: number) =>
  fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: n, maxLength: n });

function luhnComplete(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return body + ((10 - (sum % 10)) % 10);
}
const W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const gb = (id17: string) => id17 + '10X98765432'[W.reduce((s, w, i) => s + w * Number(id17[i]), 0) % 11];
const pad = (n: number, w: number) => String(n).padStart(w, '0');

const card = fc
  .tuple(fc.constantFrom('622202', '621700', '455612', '518888'), digits(9))
  .map(([p, d]) => luhnComplete(p + d));
const residentId = fc
  .tuple(
    fc.constantFrom('110105', '440305', '310104'),
    fc.integer({ min: 1960, max: 2005 }),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 1, max: 28 }),
    digits(3),
  )
  .map(([r, y, m, d, s]) => gb(`${r}${y}${pad(m, 2)}${pad(d, 2)}${s}`));
const phone = fc.tuple(fc.constantFrom('3', '5', '7', '8', '9'), digits(9)).map(([a, b]) => `1${a}${b}`);
const apiKey = alnum(48).map((s) => `sk-${s}`);
const redeemCode = hex(32);
const alipayTradeNo = digits(20).map((d) => `20261120${d}`);
const newApiOrder = fc
  .tuple(alnum(6), fc.integer({ min: 1_700_000_000, max: 1_800_000_000 }))
  .map(([a, t]) => `USR42NO${a}${t}`);
const jwt = fc
  .tuple(alnum(20), alnum(40), alnum(43))
  .map(([a, b, c]) => `eyJhbGciOiJIUzI1NiJ9${a}.eyJ${b}.${c}`);
const email = fc
  .tuple(
    fc.constantFrom('zhang.san', 'buyer2024', 'pay_acc'),
    fc.constantFrom('qq.com', '163.com', 'gmail.com'),
  )
  .map(([l, d]) => `${l}@${d}`);

const secret = fc.oneof(card, residentId, phone, apiKey, redeemCode, alipayTradeNo, newApiOrder, jwt, email);
const around = fc.constantFrom(
  ['', ''],
  ['我的卡号 ', ' 谢谢'],
  ['订单号：', ''],
  ['code: ', ' please'],
  ['付款账户 ', '，'],
  ['(', ')'],
);
const planted = fc.tuple(secret, around).map(([v, [a, b]]) => ({ v, text: `${a}${v}${b}` }));

const squash = (s: string) => s.replace(/[\s-]/g, '');

describe('ticket privacy (property)', () => {
  it('no rendering contains a planted sensitive value', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ProblemId.options),
        fc.array(planted, { minLength: 7, maxLength: 7 }),
        fc.constantFrom<Audience>('support', 'public'),
        fc.constantFrom('zh-CN' as const, 'en' as const),
        (problem, p, audience, locale) => {
          const f = facts({
            account: { id: '42', displayName: p[0]!.text, email: 'lin.wei@example.com' },
            orders: [order({ tradeNo: p[1]!.v, createdAt: ago(5) })],
            redeem: { outcome: 'used', at: ago(2), codeMasked: p[2]!.v, message: p[3]!.text },
            observations: {
              accountsSeen: [
                { id: '42', firstSeen: ago(100), lastSeen: ago(0) },
                { id: '7', label: p[4]!.text, firstSeen: ago(100), lastSeen: ago(1) },
              ],
              ordersCreatedHere: [{ accountId: '7', createdAt: ago(5) }],
            },
            answers: {
              problem,
              pageMessage: p[5]!.text,
              payingAccountHint: p[0]!.v,
              paidAt: ago(4),
              paidAmount: 50,
            },
          });
          const d = diagnose(f, { now: NOW, rules: rules() });
          const tk = buildTicket(f, d, `补充：${p[6]!.text}`, {
            audience,
            locale,
            now: NOW,
            id: 'tk_prop01',
            origin: 'https://gw.example',
          });
          const mail = renderTicketEmail(tk);
          const out = [renderTicketJson(tk), renderTicketText(tk), mail.subject, mail.body].join('\n');
          for (const { v } of p) {
            expect(out).not.toContain(v);
            expect(squash(out)).not.toContain(squash(v));
          }
        },
      ),
      { numRuns: 300, seed: 20261121 },
    );
    // 300 tickets in every rendering: a few seconds alone, more on a shared 2-core machine.
  }, 60_000);
});
