// PostgreSQL for the intake's tests, never skipped:
// - TEST_DATABASE_URL (set by .ci/run, which starts Debian's postgresql on 127.0.0.1): each test file gets a
//   fresh database created in that server and dropped afterwards;
// - CI=true without it: a loud error (the suite must run against both stores in CI);
// - locally without it: a throwaway cluster from the installed binaries (initdb + pg_ctl into a temp dir,
//   as the postgres user when we are root), stopped and deleted afterwards.
import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

const PG_ROOT = '/usr/lib/postgresql';

function pgBin(): string {
  const versions = existsSync(PG_ROOT)
    ? readdirSync(PG_ROOT)
        .filter((v) => existsSync(join(PG_ROOT, v, 'bin', 'initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  const version = versions[0];
  if (!version) {
    throw new Error(
      'PostgreSQL tests need a server: set TEST_DATABASE_URL, or install Debian postgresql ' +
        '(apt-get install -y postgresql) so a throwaway cluster can be started. They are never skipped.',
    );
  }
  return join(PG_ROOT, version, 'bin');
}

interface Cluster {
  url: string;
  stop(): void;
}

/** A throwaway cluster on 127.0.0.1 (ports 5433-5436 tried in turn), trust auth, data in a temp dir. */
function startCluster(): Cluster {
  const bin = pgBin();
  const dir = mkdtempSync(join(tmpdir(), 'td-intake-pg-'));
  const asRoot = process.getuid?.() === 0;
  const run = (cmd: string, args: string[]) =>
    asRoot
      ? execFileSync('runuser', ['-u', 'postgres', '--', join(bin, cmd), ...args], { stdio: 'pipe' })
      : execFileSync(join(bin, cmd), args, { stdio: 'pipe' });
  if (asRoot) chownSync(dir, Number(execFileSync('id', ['-u', 'postgres']).toString().trim()), -1);
  const data = join(dir, 'data');
  run('initdb', ['-D', data, '-U', 'postgres', '-A', 'trust', '--no-sync', '-E', 'UTF8']);
  const ports = [5433, 5434, 5435, 5436].sort(() => Math.random() - 0.5);
  for (const port of ports) {
    try {
      run('pg_ctl', [
        '-D',
        data,
        '-l',
        join(dir, 'log'),
        '-w',
        '-t',
        '30',
        '-o',
        `-h 127.0.0.1 -p ${port} -k ${dir} -c fsync=off -c max_connections=50`,
        'start',
      ]);
      return {
        url: `postgres://postgres@127.0.0.1:${port}/postgres`,
        stop: () => {
          try {
            run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
          } finally {
            rmSync(dir, { recursive: true, force: true });
          }
        },
      };
    } catch {
      // port taken (another test file's cluster): try the next one
    }
  }
  rmSync(dir, { recursive: true, force: true });
  throw new Error('Could not start a throwaway PostgreSQL on 127.0.0.1 ports 5433-5436');
}

let cluster: Cluster | undefined;
let users = 0;

function serverUrl(): string {
  const given = process.env.TEST_DATABASE_URL;
  if (given) return given;
  if (process.env.CI === 'true') {
    throw new Error(
      'CI=true but TEST_DATABASE_URL is not set: the intake tests must run against PostgreSQL in CI ' +
        '(.ci/run starts one). Refusing to skip them.',
    );
  }
  cluster ??= startCluster();
  return cluster.url;
}

/** A fresh, empty database for one test file. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const base = serverUrl();
  users++;
  const name = `td_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: base });
      await c.connect();
      try {
        await c.query(`drop database if exists ${name} with (force)`);
      } finally {
        await c.end();
      }
      users--;
      if (users === 0 && cluster) {
        cluster.stop();
        cluster = undefined;
      }
    },
  };
}

/** Writes nothing secret: the test cluster trusts local connections and lives in a temp dir. */
export function describeTestDatabase(): string {
  return process.env.TEST_DATABASE_URL ? 'TEST_DATABASE_URL' : 'a throwaway local cluster';
}
