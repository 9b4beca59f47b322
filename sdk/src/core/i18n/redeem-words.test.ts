// The redeem problem's own words (zh-CN.redeem.ts, en.redeem.ts) load apart in the script-tag widget, only
// when the user picks that problem (embed/catalogs-lazy.ts loadProblemWords): a key there that another
// problem could show would reach that problem's user as a bare key. Every key there must be the redeem
// problem's only: a reason, a ticket field or an avoid line no other problem lists, a check no other problem
// runs, or a literal that only the redeem problem's own files (its problem and those checks) use.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROBLEMS } from '../problems/registry.js';
import { CATALOGS } from './catalogs.js';
import { enRedeem } from './en.redeem.js';
import { zhCNRedeem } from './zh-CN.redeem.js';

const SRC = join(import.meta.dirname, '..', '..');
const redeem = PROBLEMS.find((p) => p.id === 'redeem_not_credited')!;
const others = PROBLEMS.filter((p) => p !== redeem);
const otherChecks = new Set<string>(others.flatMap((p) => p.checks));
const ownChecks = redeem.checks.filter((c) => !otherChecks.has(c));
/** Files only the redeem problem runs, relative to src/core. */
const OWN_FILES = new Set(['problems/redeem-not-credited.ts', ...ownChecks.map((c) => `checks/${c}.ts`)]);

/** Every shipped source file (no tests, no catalogs), relative to src/. */
function sources(dir = SRC, out: [string, string][] = []): [string, string][] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) sources(path, out);
    else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name))
      out.push([path.slice(SRC.length + 1), readFileSync(path, 'utf8')]);
  }
  return out;
}
const CATALOG_FILES = /^core\/i18n\/(zh-CN|en)(\.redeem|\.ext)?\.ts$/;

describe('the redeem problem’s own words', () => {
  const keys = Object.keys(zhCNRedeem);
  const code = sources().filter(([path]) => !CATALOG_FILES.test(path));

  it('are in both locales and in the full catalogs', () => {
    expect(Object.keys(enRedeem).sort()).toEqual([...keys].sort());
    expect(keys.length).toBeGreaterThan(20);
    for (const key of keys)
      expect(CATALOGS['zh-CN'][key as keyof typeof zhCNRedeem]).toBe(
        zhCNRedeem[key as keyof typeof zhCNRedeem],
      );
  });

  it('no other problem can show them', () => {
    expect(ownChecks.length).toBeGreaterThan(0);
    const shared = keys.filter((key) => {
      const dot = key.indexOf('.');
      const [space, rest] = [key.slice(0, dot), key.slice(dot + 1)];
      if (space === 'reason') return others.some((p) => (p.reasons as readonly string[]).includes(rest));
      if (space === 'field') return others.some((p) => (p.fields as readonly string[]).includes(rest));
      if (space === 'avoid') return others.some((p) => (p.avoid as readonly string[]).includes(key));
      if (space === 'check') return !ownChecks.some((c) => rest.startsWith(`${c}.`));
      return false;
    });
    expect(shared).toEqual([]);
  });

  it('only the redeem problem’s own files name them', () => {
    // The scan sees the code: a broken walk would find no file and pass.
    expect(code.length).toBeGreaterThan(100);
    const named = keys.flatMap((key) =>
      code
        .filter(([path, text]) => text.includes(`'${key}'`) && !OWN_FILES.has(path.replace(/^core\//, '')))
        .map(([path]) => `${key} in ${path}`),
    );
    expect(named).toEqual([]);
  });
});
