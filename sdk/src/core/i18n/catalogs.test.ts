// The catalogs: what the compiler cannot say. A key the code uses that the catalog lacks, or a locale missing
// a key, does not compile (msg() takes a MessageKey, `...Key` params too, en is a Record<MessageKey, string>);
// here: no empty copy, no dead copy shipped in the panel, the same params in both locales, no promise wording.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CheckStatus, Resolution } from '../diagnose/types.js';
import { OrderStatus, ProblemId, RedeemOutcome } from '../facts/schema.js';
import { PROBLEMS } from '../problems/registry.js';
import { TicketFieldName } from '../ticket/fields.js';
import { PAYMENT_METHODS } from '../ticket/values.js';
import { en } from './en.js';
import { PROMISE_EN, PROMISE_ZH } from './promise.js';
import { zhCN } from './zh-CN.js';

const CORE = join(import.meta.dirname, '..');
const CODE_DIRS = ['checks', 'problems', 'diagnose', 'ticket', 'i18n'];
const LITERAL =
  /['`]((?:check|step|avoid|problem|reason|resolution|mark|status|field|ticket|unit)\.[\w.-]+)['`]/g;

function sourceKeys(): Set<string> {
  const keys = new Set<string>();
  for (const dir of CODE_DIRS) {
    for (const file of readdirSync(join(CORE, dir))) {
      if (!file.endsWith('.ts') || file.endsWith('.test.ts') || file === 'zh-CN.ts' || file === 'en.ts')
        continue;
      for (const m of readFileSync(join(CORE, dir, file), 'utf8').matchAll(LITERAL)) keys.add(m[1]!);
    }
  }
  return keys;
}

/** Keys the code builds from enums: `status.${order.status}`, `check.redeem-outcome.${outcome}`, ... */
function generatedKeys(): Set<string> {
  const keys = [
    ...OrderStatus.options.map((s) => `status.${s}`),
    ...RedeemOutcome.options.map((o) => `check.redeem-outcome.${o}`),
    ...ProblemId.options.map((p) => `problem.${p}`),
    ...PROBLEMS.flatMap((p) => p.reasons.map((r) => `reason.${r}`)),
    ...Resolution.options.map((r) => `resolution.${r}`),
    ...CheckStatus.options.map((s) => `mark.${s}`),
    ...TicketFieldName.options.map((f) => `field.${f}`),
    ...PAYMENT_METHODS.map((m) => `method.${m}`),
  ];
  return new Set(keys);
}

describe('catalogs', () => {
  it('no empty string', () => {
    for (const v of [...Object.values(en), ...Object.values(zhCN)]) expect(v.trim()).not.toBe('');
  });

  it('every catalog key is used (no dead copy in the panel bundle)', () => {
    const used = new Set([...sourceKeys(), ...generatedKeys()]);
    // The scan sees the code: a scan that broke would find nothing and pass nothing here.
    expect(used.size).toBeGreaterThan(100);
    // `ext.warn.*` is the companion extension's copy (worded by the widget too): the extension's own test
    // checks it is used, so this package does not read the extension's sources.
    expect(Object.keys(zhCN).filter((k) => !used.has(k) && !k.startsWith('ext.warn.'))).toEqual([]);
  });

  it('both locales use the same params per key', () => {
    const params = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [k, v] of Object.entries(zhCN))
      expect([k, params(en[k as keyof typeof en])]).toEqual([k, params(v)]);
  });
});

describe('no promise wording', () => {
  it.each(Object.entries(zhCN))('zh-CN %s', (_k, v) => {
    expect(v).not.toMatch(PROMISE_ZH);
  });
  it.each(Object.entries(en))('en %s', (_k, v) => {
    expect(v).not.toMatch(PROMISE_EN);
  });
  it('no literal number in copy: times come only from the operator’s rules via {params}', () => {
    // A quoted single character ("the digit “0”") names a look-alike, not an amount or a time.
    for (const v of [...Object.values(zhCN), ...Object.values(en)])
      expect(
        v
          .replace(/\{\w+\}/g, '')
          .replace(/“\w”/g, '')
          .replace(/New-Api-User/g, ''),
      ).not.toMatch(/\d/);
  });
  it('the scan catches promise wording', () => {
    for (const bad of ['保证24小时内到账', '一定会退款', '全额退款', '30分钟内到账'])
      expect(bad).toMatch(PROMISE_ZH);
    for (const bad of ['Refund guaranteed', 'It will be refunded', 'We will credit you', 'within 24 hours'])
      expect(bad).toMatch(PROMISE_EN);
  });
});
