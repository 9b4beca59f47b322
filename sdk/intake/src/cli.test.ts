// The command operators run (`pnpm intake`: scripts/from-sources.mjs bundling the sources, then the CLI):
// `serve` on a fresh data directory has a child `migrate` create the database before it opens it, and
// serves the inbox's static files from the bundle.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const PKG = resolve(import.meta.dirname, '..');

describe('pnpm intake serve', () => {
  const dir = mkdtempSync(join(tmpdir(), 'td-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('creates a fresh database in a child process, then serves', { timeout: 180_000 }, async () => {
    const dataDir = join(dir, 'data');
    const child = spawn(process.execPath, ['scripts/from-sources.mjs', 'serve'], {
      cwd: PKG,
      env: {
        ...process.env,
        DATA_DIR: dataDir,
        DATABASE_URL: '',
        PORT: '0',
        HOST: '127.0.0.1',
        FORWARD_CHANNELS: '',
        FORWARD_CHANNELS_FILE: '',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stderr.on('data', (d) => {
      out += d;
    });
    const exited = new Promise((done) => child.once('exit', done));
    try {
      const origin = await new Promise<string>((done, fail) => {
        child.stdout.on('data', (d) => {
          out += d;
          const m = /intake: (http:\/\/[^/\s]+)\/inbox/.exec(out);
          if (m?.[1]) done(m[1]);
        });
        child.once('exit', (code) => fail(new Error(`serve exited (${code}):\n${out}`)));
      });
      // The child's line comes first: the server opened a database the child had created and migrated.
      expect(out.indexOf(`Database at schema version`)).toBeGreaterThanOrEqual(0);
      expect(out.indexOf('Database at schema version')).toBeLessThan(out.indexOf('Topup Doctor intake:'));
      const css = await fetch(`${origin}/inbox/static/inbox.css`);
      expect(css.status).toBe(200);
      expect(css.headers.get('content-type')).toMatch(/^text\/css/);
    } finally {
      child.kill('SIGTERM');
      await exited;
    }
  });
});
