// One process per PGlite data directory. PGlite is an in-process database: a second process that opens
// the same directory would keep its own copy in memory and overwrite the first one's files (two intakes
// on one DATA_DIR each saw only their own writes, and after a restart a ticket id was listed twice).
// A lock file created with O_EXCL names the owner; a lock left by a process that no longer runs is taken over.
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

export const LOCK_FILE = 'topup-doctor-intake.lock';

interface LockOwner {
  pid: number;
  host: string;
  startedAt: string;
}

export class DataDirLockedError extends Error {
  readonly code = 'data_dir_locked';
  constructor(
    readonly dataDir: string,
    readonly owner: LockOwner | undefined,
  ) {
    super(
      `The data directory ${dataDir} is in use by another intake` +
        (owner ? ` (process ${owner.pid} on ${owner.host}, started ${owner.startedAt})` : '') +
        '. Stop that process, or give this one another DATA_DIR. ' +
        'To run several instances on one database, use PostgreSQL: set DATABASE_URL.',
    );
    this.name = 'DataDirLockedError';
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readOwner(path: string): LockOwner | undefined {
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockOwner>;
    if (typeof parsed.pid === 'number' && typeof parsed.host === 'string') {
      return { pid: parsed.pid, host: parsed.host, startedAt: String(parsed.startedAt ?? '?') };
    }
  } catch {
    // Unreadable or half-written: treated as held (a writer may be between open and write).
  }
  return undefined;
}

/** Takes the directory's lock or throws DataDirLockedError; returns the release function. */
export function lockDataDir(dataDir: string, now: () => number = Date.now): () => void {
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, LOCK_FILE);
  const owner: LockOwner = { pid: process.pid, host: hostname(), startedAt: new Date(now()).toISOString() };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx', 0o600);
      writeSync(fd, JSON.stringify(owner));
      closeSync(fd);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        const current = readOwner(path);
        if (current?.pid === owner.pid && current.host === owner.host) rmSync(path, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const held = readOwner(path);
      // Another host's lock (a shared network directory) is never taken over: we cannot see its processes.
      const stale = held !== undefined && held.host === owner.host && !alive(held.pid);
      if (!stale || attempt > 0) throw new DataDirLockedError(dataDir, held);
      rmSync(path, { force: true });
    }
  }
  throw new DataDirLockedError(dataDir, undefined);
}
