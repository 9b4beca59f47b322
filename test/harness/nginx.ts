// Debian's nginx in the foreground for the proxy recipe's test: `nginx -c <conf> -g 'daemon off;'` on
// 127.0.0.1 with a free port, pid, logs and temp files in a fresh directory. A missing nginx is an
// error, never a skip (.ci/run installs it; NGINX_PATH overrides the binary).
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function nginxPath(): string {
  const candidates = [process.env.NGINX_PATH, '/usr/sbin/nginx', '/usr/bin/nginx'];
  const found = candidates.find((path): path is string => !!path && existsSync(path));
  if (!found) {
    throw new Error(
      'nginx not found: install Debian nginx (apt-get install -y nginx) or set NGINX_PATH. ' +
        'The proxy recipe test is never skipped.',
    );
  }
  return found;
}

const freePort = (): Promise<number> =>
  new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? done(address.port) : fail(new Error('no port')),
      );
    });
  });

export interface RunningNginx {
  origin: string;
  /** The whole config nginx runs (for failure messages). */
  config: string;
  errorLog(): string;
  /** The access log so far (request lines), to show what went through the proxy. */
  accessLog(): string;
  stop(): Promise<void>;
}

/**
 * Runs nginx with `http` holding `serverBlocks` (a documented recipe); `listen` lines in it are rewritten
 * to the free port. Resolves once nginx answers on that port.
 */
export async function startNginx(serverBlocks: (port: number) => string): Promise<RunningNginx> {
  const binary = nginxPath();
  const dir = mkdtempSync(join(tmpdir(), 'topup-doctor-nginx-'));
  const mime = existsSync('/etc/nginx/mime.types')
    ? 'include /etc/nginx/mime.types;'
    : 'types { text/html html; text/javascript js; application/json json; text/css css; }';
  for (let attempt = 0; ; attempt++) {
    const port = await freePort();
    const config = [
      // As root the workers would drop to `nobody`, who may not read the test's folders.
      process.getuid?.() === 0 ? 'user root;' : '',
      'worker_processes 1;',
      `pid ${dir}/nginx.pid;`,
      `error_log ${dir}/error.log;`,
      'events { worker_connections 256; }',
      'http {',
      `  ${mime}`,
      '  default_type application/octet-stream;',
      `  access_log ${dir}/access.log;`,
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((k) => `  ${k}_temp_path ${dir}/${k};`),
      serverBlocks(port),
      '}',
    ].join('\n');
    const file = join(dir, 'nginx.conf');
    writeFileSync(file, config);
    const child: ChildProcess = spawn(binary, ['-e', `${dir}/error.log`, '-c', file, '-g', 'daemon off;'], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr?.on('data', (chunk) => {
      stderr += String(chunk);
    });
    const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
    const origin = `http://127.0.0.1:${port}`;
    const errorLog = () => {
      try {
        return readFileSync(`${dir}/error.log`, 'utf8') + stderr;
      } catch {
        return stderr;
      }
    };
    const up = await Promise.race([
      (async () => {
        for (let i = 0; i < 100; i++) {
          try {
            await fetch(`${origin}/`, { redirect: 'manual' });
            return true;
          } catch {
            await new Promise((r) => setTimeout(r, 100));
          }
        }
        return false;
      })(),
      exited.then(() => false),
    ]);
    if (up) {
      return {
        origin,
        config,
        errorLog,
        accessLog: () => (existsSync(`${dir}/access.log`) ? readFileSync(`${dir}/access.log`, 'utf8') : ''),
        stop: async () => {
          child.kill('SIGQUIT');
          await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
          if (child.exitCode === null) child.kill('SIGKILL');
          rmSync(dir, { recursive: true, force: true });
        },
      };
    }
    child.kill('SIGKILL');
    const log = errorLog();
    // Another process took the port between our probe and nginx's bind: try another one.
    if (attempt < 2 && /Address already in use/.test(log)) continue;
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`nginx did not start:\n${log}\n--- config ---\n${config}`);
  }
}
