// Meta-test (docs/architecture.md, refined-github's habit): every console folder is registered, tested and has
// recorded fixtures; detection picks the right preset from storage alone.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createCustomAdapter } from './custom/adapter.js';
import { factories } from './factories.js';
import { fakeEnv, recorded } from './fake-env.js';
import { adapters, detectConsole } from './registry.js';
import type { ConsoleAdapter } from './types.js';

const here = new URL('./', import.meta.url);
const folders = readdirSync(here).filter((f) => statSync(new URL(f, here)).isDirectory());

describe('console registry', () => {
  it('registers exactly one preset per console folder', () => {
    const registered = [...adapters.map((a) => a.kind), ...Object.keys(factories)].sort();
    expect(registered).toEqual([...folders].sort());
    expect(new Set(registered).size).toBe(registered.length);
  });

  it.each(folders)('%s has adapter.ts, adapter.test.ts and recorded JSON fixtures', (folder) => {
    expect(existsSync(new URL(`${folder}/adapter.ts`, here))).toBe(true);
    expect(existsSync(new URL(`${folder}/adapter.test.ts`, here))).toBe(true);
    const fixtures = readdirSync(new URL(`${folder}/fixtures/`, here)).filter((f) => f.endsWith('.json'));
    expect(fixtures.length).toBeGreaterThan(0);
    for (const f of fixtures) JSON.parse(readFileSync(new URL(`${folder}/fixtures/${f}`, here), 'utf8'));
  });

  it('detects each console from its stored state, without a request', () => {
    const cases: Array<[Record<string, string>, string | undefined]> = [
      [recorded('sub2api', 'storage'), 'sub2api'],
      [recorded('new-api', 'storage-a'), 'new-api'],
      [recorded('new-api', 'storage-b'), 'new-api'],
      [recorded('one-api', 'storage'), 'one-api'],
      [{}, undefined],
    ];
    for (const [storage, kind] of cases) {
      const env = fakeEnv({ storage });
      expect(detectConsole(env)?.kind).toBe(kind);
      expect(env.requests).toEqual([]);
    }
  });

  it('tries operator adapters first and survives a detector that throws', () => {
    const env = fakeEnv({ storage: recorded('sub2api', 'storage') });
    const broken: ConsoleAdapter = {
      kind: 'custom',
      detect: () => {
        throw new Error('x');
      },
      read: async () => ({ console: { kind: 'custom' }, errors: [] }),
    };
    expect(detectConsole(env, [broken])?.kind).toBe('sub2api');
    expect(detectConsole(env, [createCustomAdapter({})])?.kind).toBe('custom');
  });
});
