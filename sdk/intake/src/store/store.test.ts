// Both stores: migrations applied once and recorded, transactions roll back, a newer database is refused,
// and (PGlite) one process per data directory: a second opener is refused with a clear message.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { STORE_KINDS, testStore } from '../testing/index.js';
import { DataDirLockedError, MIGRATIONS, migrate, openStore } from './index.js';

describe.each(STORE_KINDS)('%s store', (kind) => {
  const cleanup: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const fn of cleanup.reverse()) await fn();
  });

  test('migrates to the newest version once, commits and rolls back transactions', async () => {
    const ts = await testStore(kind);
    cleanup.push(() => ts.destroy());
    const store = await ts.open();
    try {
      const versions = await store.query<{ version: number }>('select version from schema_migrations');
      expect(versions.rows.map((r) => Number(r.version))).toEqual(MIGRATIONS.map((m) => m.version));
      expect((await migrate(store)).applied).toEqual([]);
      await store.transaction(async (tx) => {
        await tx.query(`insert into widget_events (type, at) values ('opened', 1)`);
      });
      await expect(
        store.transaction(async (tx) => {
          await tx.query(`insert into widget_events (type, at) values ('opened', 2)`);
          throw new Error('boom');
        }),
      ).rejects.toThrow('boom');
      const n = await store.query<{ n: number }>('select count(*)::int as n from widget_events');
      expect(n.rows[0]?.n).toBe(1);
      await store.query(
        `insert into schema_migrations (version, name, applied_at) values (999, 'future', 0)`,
      );
    } finally {
      await store.close();
    }
    await expect(ts.open()).rejects.toThrow(/schema version 999, newer than this intake knows/);
  }, 90_000);
});

describe('PGlite data directory lock', () => {
  test('a second opener of the same directory is refused while the first runs; free again after close', async () => {
    const ts = await testStore('pglite');
    const first = await ts.open();
    try {
      const dataDir = first.location;
      await expect(openStore({ dataDir })).rejects.toBeInstanceOf(DataDirLockedError);
      await expect(openStore({ dataDir })).rejects.toThrow(/in use by another intake \(process \d+/);
      // Another process: the same refusal, with the hint to use PostgreSQL for several instances.
      let stderr = '';
      try {
        execFileSync(
          process.execPath,
          [
            '--conditions=source',
            '--import',
            'tsx',
            '-e',
            `import('${import.meta.dirname}/index.ts').then((s) => s.openStore({ dataDir: ${JSON.stringify(dataDir)} })).catch((e) => { console.error(e.message); process.exit(3); })`,
          ],
          { stdio: 'pipe', cwd: join(import.meta.dirname, '..', '..') },
        );
      } catch (error) {
        const e = error as { status: number; stderr: Buffer };
        expect(e.status).toBe(3);
        stderr = e.stderr.toString();
      }
      expect(stderr).toContain(`The data directory ${dataDir} is in use by another intake`);
      expect(stderr).toContain('DATABASE_URL');
    } finally {
      await first.close();
    }
    const again = await ts.open();
    await again.close();
    await ts.destroy();
  }, 60_000);
});
