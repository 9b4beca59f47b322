// PostgreSQL through a node-postgres pool (DATABASE_URL): several intake instances can share it.
import pg from 'pg';
import type { QueryResult, Sql, Store } from './types.js';

/** The URL as it may be printed: no password. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgres://(unparsable URL)';
  }
}

const wrap = (client: pg.Pool | pg.PoolClient): Sql => ({
  async query<R>(text: string, params: readonly unknown[] = []): Promise<QueryResult<R>> {
    const res = await client.query(text, params as unknown[]);
    return { rows: res.rows as R[], rowCount: res.rowCount ?? 0 };
  },
  async exec(text: string): Promise<void> {
    // No parameters: node-postgres sends a simple query, which may hold several statements.
    await client.query(text);
  },
});

export async function openPostgresStore(url: string, options: { max?: number } = {}): Promise<Store> {
  const pool = new pg.Pool({ connectionString: url, max: options.max ?? 10 });
  // An idle client that loses its server (a restart) emits 'error' on the pool: log it, do not crash.
  pool.on('error', (error) => console.error(`intake: PostgreSQL connection lost: ${error.message}`));
  // Fail at start-up, with the URL (redacted) in the message, rather than at the first ticket.
  try {
    await pool.query('select 1');
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw new Error(`Cannot connect to PostgreSQL at ${redactUrl(url)}: ${(error as Error).message}`);
  }
  const sql = wrap(pool);
  return {
    kind: 'postgres',
    location: redactUrl(url),
    query: sql.query,
    exec: sql.exec,
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('begin');
        const result = await fn(wrap(client));
        await client.query('commit');
        return result;
      } catch (error) {
        await client.query('rollback').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
