// A fresh store of either kind for one test: PGlite in a temp directory, or a new PostgreSQL database.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, type Store } from '../store/index.js';
import { createTestDatabase } from './postgres.js';

export const STORE_KINDS = ['pglite', 'postgres'] as const;
export type TestStoreKind = (typeof STORE_KINDS)[number];

export interface TestStore {
  kind: TestStoreKind;
  /** Opens (or re-opens, after close) the same database, migrated. */
  open(): Promise<Store>;
  /** Deletes the data directory or drops the database. */
  destroy(): Promise<void>;
}

export async function testStore(kind: TestStoreKind): Promise<TestStore> {
  if (kind === 'pglite') {
    const dataDir = mkdtempSync(join(tmpdir(), 'td-intake-test-'));
    return {
      kind,
      open: () => openStore({ dataDir }),
      destroy: async () => rmSync(dataDir, { recursive: true, force: true }),
    };
  }
  const db = await createTestDatabase();
  return { kind, open: () => openStore({ databaseUrl: db.url }), destroy: () => db.drop() };
}
