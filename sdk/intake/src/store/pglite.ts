// Embedded PostgreSQL (PGlite, WASM) under a data directory: the default, nothing to install. One process
// per directory (./lock.ts); the database serializes queries on its single connection.
import { PGlite, type Transaction } from '@electric-sql/pglite';
import { lockDataDir } from './lock.js';
import type { QueryResult, Sql, Store } from './types.js';

const wrap = (db: PGlite | Transaction): Sql => ({
  async query<R>(text: string, params: readonly unknown[] = []): Promise<QueryResult<R>> {
    const res = await db.query<R>(text, params as unknown[]);
    return { rows: res.rows, rowCount: res.affectedRows ?? 0 };
  },
  async exec(text: string): Promise<void> {
    await db.exec(text);
  },
});

export async function openPgliteStore(dataDir: string): Promise<Store> {
  const release = lockDataDir(dataDir);
  let db: PGlite;
  try {
    db = await PGlite.create(dataDir, {
      // PostgreSQL's default 128 MB of shared buffers lives in the WASM heap: an intake's working set (the
      // recent tickets and their indexes) fits in 16 MB, and the process then idles at ~170 MB resident
      // instead of ~300 MB (bench/throughput.mjs prints both).
      startParams: [...PGlite.defaultStartParams, '-c', 'shared_buffers=16MB'],
    });
  } catch (error) {
    release();
    throw error;
  }
  const sql = wrap(db);
  return {
    kind: 'pglite',
    location: dataDir,
    query: sql.query,
    exec: sql.exec,
    transaction: (fn) => db.transaction((tx) => fn(wrap(tx))),
    close: async () => {
      try {
        await db.close();
      } finally {
        release();
      }
    },
  };
}
