// The intake's one database interface, met by embedded PGlite (one process, a data directory) and by
// PostgreSQL (node-postgres pool, several instances). Everything above it speaks plain SQL that both
// run (PGlite is PostgreSQL compiled to WASM), with $1-style parameters.

export interface QueryResult<R> {
  rows: R[];
  /** Rows inserted, updated or deleted (0 for a select). */
  rowCount: number;
}

/** A connection (or a transaction on one): what repositories and forwarders receive. */
export interface Sql {
  query<R = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<QueryResult<R>>;
  /** Runs several statements without parameters (migrations). */
  exec(text: string): Promise<void>;
}

export type StoreKind = 'pglite' | 'postgres';

export interface Store extends Sql {
  readonly kind: StoreKind;
  /** Where the data lives, for the start-up line: the data directory, or the URL without its password. */
  readonly location: string;
  /** Runs `fn` in one transaction on one connection: COMMIT when it resolves, ROLLBACK when it throws. */
  transaction<T>(fn: (tx: Sql) => Promise<T>): Promise<T>;
  /** Closes the pool (or the embedded database) and releases the data directory's lock. */
  close(): Promise<void>;
}

/** One versioned schema step. Versions run in order, each once; a start-up applies all pending ones in one transaction. */
export interface Migration {
  version: number;
  /** A short name in snake_case, shown in `schema_migrations` and the CLI's `migrate` output. */
  name: string;
  sql: string;
}

/** bigint columns arrive as string (node-postgres) or bigint/number (PGlite): one reader for both. */
export const num = (value: unknown): number => (value === null || value === undefined ? 0 : Number(value));
