// The catalogs: what the compiler cannot say. A key the code uses that the catalog lacks, or a locale missing
// a key, does not compile (msg() takes a MessageKey, `...Key` params too, en is a Record<MessageKey, string>);
// here: no dead copy shipped in the panel, and the one lint (lint.ts: no empty copy, the same params in both
// locales, no promise wording, no literal number).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CheckStatus, Resolution } from '../diagnose/types.js';
import { OrderStatus, ProblemId, RedeemOutcome } from '../facts/schema.js';
import { PROBLEMS } from '../problems/registry.js';
import { TicketFieldName } from '../ticket/fields.js';
import { PAYMENT_METHODS } from '../ticket/values.js';
import { CATALOGS } from './catalogs.js';
import { lintCatalog } from './lint.js';

const CORE = join(import.meta.dirname, '..');
const CODE_DIRS = ['checks', 'problems', 'diagnose', 'ticket', 'i18n'];
const LITERAL =
  /['`]((?:check|step|avoid|problem|reason|resolution|mark|status|field|ticket|unit)\.[\w.-]+)['`]/g;

const SAY = /\bsay\([^,()]+(?:\([^)]*\))?[^,()]*, '([\w]*)'/g;

function sourceKeys(): Set<string> {
  const keys = new Set<string>();
  for (const dir of CODE_DIRS) {
    for (const file of readdirSync(join(CORE, dir))) {
      // The catalogs themselves (zh-CN.ts, en.ts and the redeem problem's *.redeem.ts) are not code using keys.
      if (!file.endsWith('.ts') || file.endsWith('.test.ts') || /^(zh-CN|en)(\.redeem)?\.ts$/.test(file))
        continue;
      const code = readFileSync(join(CORE, dir, file), 'utf8');
      for (const m of code.matchAll(LITERAL)) keys.add(m[1]!);
      // A check names its outcomes only: `say('ok', 'found')` in the check `order-in-list` words
      // 'check.order-in-list.found' ('' words 'check.<id>').
      const id = /defineCheck\(\{\s*id: '([\w-]+)'/.exec(code)?.[1];
      if (id) for (const m of code.matchAll(SAY)) keys.add(m[1] ? `check.${id}.${m[1]}` : `check.${id}`);
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
  it('the lint finds nothing (no empty copy, same params, no promise wording, no literal number)', () => {
    expect(lintCatalog(CATALOGS['zh-CN'], CATALOGS.en, { noDigits: true })).toEqual([]);
  });

  it('every catalog key is used (no dead copy in the panel bundle)', () => {
    const used = new Set([...sourceKeys(), ...generatedKeys()]);
    // The scan sees the code: a scan that broke would find nothing and pass nothing here.
    expect(used.size).toBeGreaterThan(100);
    // `ext.warn.*` is the companion extension's copy (worded by the widget too): the extension's own test
    // checks it is used, so this package does not read the extension's sources.
    expect(Object.keys(CATALOGS['zh-CN']).filter((k) => !used.has(k) && !k.startsWith('ext.warn.'))).toEqual(
      [],
    );
  });
});
