// refined-github's habit: every problem and check file is registered, named after its id, and tested. What the
// compiler already says (a problem listing a check id, reason or message that does not exist) is not tested here.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECKS } from '../checks/registry.js';
import { PROBLEMS } from '../problems/registry.js';

const CORE = join(import.meta.dirname, '..');
const NOT_FEATURES = new Set(['registry.ts', 'types.ts']);
const features = (dir: string) =>
  readdirSync(join(CORE, dir)).filter(
    (f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !NOT_FEATURES.has(f),
  );

describe.each([
  { dir: 'checks', registered: CHECKS as readonly { id: string }[], idOf: (base: string) => base },
  {
    dir: 'problems',
    registered: PROBLEMS as readonly { id: string }[],
    idOf: (base: string) => base.replace(/-/g, '_'),
  },
])('$dir/', ({ dir, registered, idOf }) => {
  const files = features(dir);

  it.each(files)('%s is registered under its file name and has a test', async (file) => {
    const base = file.slice(0, -3);
    const mod: Record<string, unknown> = await import(/* @vite-ignore */ join(CORE, dir, file));
    const exported = Object.values(mod).filter((v) => registered.includes(v as { id: string }));
    expect(exported.map((v) => (v as { id: string }).id)).toEqual([idOf(base)]);
    expect(existsSync(join(CORE, dir, `${base}.test.ts`))).toBe(true);
  });

  it('registers nothing that has no file', () => {
    expect(registered.map((r) => r.id).sort()).toEqual(files.map((f) => idOf(f.slice(0, -3))).sort());
  });
});

describe('wiring', () => {
  it('every check is used by some problem', () => {
    const used = new Set<string>(PROBLEMS.flatMap((p) => p.checks));
    expect(CHECKS.filter((c) => !used.has(c.id)).map((c) => c.id)).toEqual([]);
  });

  it('the core stays pure: no clock, randomness, network or DOM in these folders', () => {
    const impure =
      /Date\.now|Math\.random|(?<![\w-])(?:fetch\(|window\.\w|document\.\w)|localStorage\.|crypto\.random/;
    for (const dir of ['checks', 'problems', 'diagnose', 'ticket', 'i18n'])
      for (const f of readdirSync(join(CORE, dir)).filter(
        (x) => x.endsWith('.ts') && !x.endsWith('.test.ts'),
      ))
        expect([f, impure.test(readFileSync(join(CORE, dir, f), 'utf8'))]).toEqual([f, false]);
  });
});
