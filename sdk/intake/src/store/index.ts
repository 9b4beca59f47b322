// Opening the intake's database: PostgreSQL when a URL is given, else PGlite under the data directory;
// either way migrated to the current schema before anything else runs.
import { migrate } from './migrate.js';
import { openPgliteStore } from './pglite.js';
import { openPostgresStore } from './postgres.js';
import type { Store } from './types.js';

export { DataDirLockedError, LOCK_FILE, lockDataDir } from './lock.js';
export { type MigrateResult, migrate } from './migrate.js';
export { MIGRATIONS } from './migrations/index.js';
export { openPgliteStore } from './pglite.js';
export { openPostgresStore, redactUrl } from './postgres.js';
export { type Migration, num, type QueryResult, type Sql, type Store, type StoreKind } from './types.js';

export type StoreOptions = { databaseUrl: string } | { dataDir: string };

export async function openStore(options: StoreOptions): Promise<Store> {
  const store =
    'databaseUrl' in options
      ? await openPostgresStore(options.databaseUrl)
      : await openPgliteStore(options.dataDir);
  try {
    await migrate(store);
  } catch (error) {
    await store.close().catch(() => undefined);
    throw error;
  }
  return store;
}
