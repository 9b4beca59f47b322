// Versioned migrations: `schema_migrations` records each applied version. Several instances may start
// together on one PostgreSQL: a transaction-scoped advisory lock lets one migrate while the others wait,
// and then find nothing left to do. A database newer than this code (a version we do not know) is refused.
import { MIGRATIONS } from './migrations/index.js';
import type { Migration, Store } from './types.js';

/** pg_advisory_xact_lock key: "tdintake" as a 64-bit number, unlikely to meet another application's. */
const LOCK_KEY = '7675301145413593445';

export interface MigrateResult {
  applied: Migration[];
  version: number;
}

export async function migrate(
  store: Store,
  migrations: readonly Migration[] = MIGRATIONS,
  now: () => number = Date.now,
): Promise<MigrateResult> {
  const sorted = [...migrations].sort((a, b) => a.version - b.version);
  sorted.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`Migration versions must be 1..n without gaps (at ${m.name})`);
  });
  return store.transaction(async (tx) => {
    if (store.kind === 'postgres') await tx.query(`select pg_advisory_xact_lock(${LOCK_KEY})`);
    await tx.query(`create table if not exists schema_migrations (
      version int primary key,
      name text not null,
      applied_at bigint not null
    )`);
    const done = await tx.query<{ version: number }>(
      'select version from schema_migrations order by version',
    );
    const have = new Set(done.rows.map((r) => Number(r.version)));
    const newest = Math.max(0, ...have);
    if (newest > sorted.length) {
      throw new Error(
        `The database is at schema version ${newest}, newer than this intake knows (${sorted.length}): ` +
          'upgrade the intake before starting it on this database.',
      );
    }
    const applied: Migration[] = [];
    for (const m of sorted) {
      if (have.has(m.version)) continue;
      await tx.exec(m.sql);
      await tx.query('insert into schema_migrations (version, name, applied_at) values ($1, $2, $3)', [
        m.version,
        m.name,
        now(),
      ]);
      applied.push(m);
    }
    return { applied, version: sorted.length };
  });
}
