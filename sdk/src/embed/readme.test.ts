// The package README is the operator's reference: every attribute the loader maps, every rule key with
// its default and every event must be in it, so the docs cannot fall behind the code.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { defaultRules } from '../core/rules/defaults.js';
import { Rules } from '../core/rules/schema.js';
import { DATASET_KEYS, WidgetConfig } from './config.js';

const README = readFileSync(resolve(import.meta.dirname, '..', '..', 'README.md'), 'utf8');
const CONTRACT = readFileSync(resolve(import.meta.dirname, 'contract.ts'), 'utf8');

/** The rows of the table under a `## heading`, keyed by the first cell's code span. */
function tableRows(heading: string): Map<string, string> {
  const section = README.split(`\n## ${heading}\n`)[1]?.split('\n## ')[0] ?? '';
  const rows = new Map<string, string>();
  for (const line of section.split('\n')) {
    const key = /^\| `([^`]+)`\s*\|/.exec(line)?.[1];
    if (key) rows.set(key, line);
  }
  return rows;
}

describe('sdk/README.md', () => {
  test('lists every data attribute the loader reads', () => {
    const attributes = DATASET_KEYS.map(
      (key) => `data-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`,
    );
    const rows = tableRows('Data attributes');
    expect(attributes.length).toBeGreaterThan(10);
    for (const attribute of attributes) expect(rows.has(attribute), attribute).toBe(true);
  });

  test('lists every rule key with its default', () => {
    const rows = tableRows('Rules');
    const defaults = defaultRules() as Record<string, unknown>;
    for (const key of Object.keys(Rules.def.shape)) {
      const row = rows.get(key);
      expect(row, key).toBeDefined();
      const value = defaults[key];
      if (value !== undefined) {
        const shown =
          typeof value === 'string'
            ? `"${value}"`
            : JSON.stringify(value).replace(/:/g, ': ').replace(/[{]/g, '{ ').replace(/[}]/g, ' }');
        expect(row, `${key} default`).toContain(`\`${shown}\``);
      }
    }
  });

  test('lists every event and every top-level config key', () => {
    const events = /WidgetEventName =([^;]+);/.exec(CONTRACT)?.[1]?.match(/'([a-z_]+)'/g) ?? [];
    const rows = tableRows('Events');
    expect(events.length).toBe(5);
    for (const event of events) expect(rows.has(event.slice(1, -1)), event).toBe(true);
    for (const key of Object.keys(WidgetConfig.def.shape))
      expect(README, key).toMatch(new RegExp(`\`${key}[\`:]`));
  });
});

describe('references in the code', () => {
  const root = resolve(import.meta.dirname, '..', '..', '..');
  const files = execFileSync('git', ['ls-files', '*.ts', '*.tsx', '*.mjs', '*.json', '*.yaml', '.ci/run'], {
    cwd: root,
    encoding: 'utf8',
  })
    .split('\n')
    .filter((f) => f && !f.endsWith('pnpm-lock.yaml') && existsSync(resolve(root, f)));

  test('point inside the repository: no notes kept elsewhere, no issue numbers', () => {
    const outside = /\b(DOMAIN|ARCHITECTURE|TOOLCHAIN)\.md\b|\.\.\/shared\/|\b[Ii]ssues? #?\d+\b/;
    const found = files.filter((f) => outside.test(readFileSync(resolve(root, f), 'utf8')));
    expect(found).toEqual([]);
  });

  test('every docs/ page a comment names exists', () => {
    const missing = new Set<string>();
    for (const f of files)
      for (const m of readFileSync(resolve(root, f), 'utf8').matchAll(/\bdocs\/[\w./-]+\.md\b/g))
        if (!existsSync(resolve(root, m[0]))) missing.add(`${f}: ${m[0]}`);
    expect([...missing]).toEqual([]);
  });
});
