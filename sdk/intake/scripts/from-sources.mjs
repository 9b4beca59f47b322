#!/usr/bin/env node
// `pnpm intake`: the CLI from the workspace's TypeScript sources (this package's and @topup-doctor/sdk's),
// bundled by esbuild into one file and imported in this process. Running the sources through tsx's loader
// instead keeps its hooks thread and transform state alive for the life of the server: ~70 MB more resident
// memory for an intake that idles at ~200 MB (bench/throughput.mjs measures this start). Dependencies
// (PGlite, pg, hono, zod...) stay external, loaded from node_modules as the built package loads them.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const PKG = resolve(dirname(new URL(import.meta.url).pathname), '..');
// Under node_modules, so the bundle's bare imports resolve from this package as the sources' do.
const OUT_DIR = join(PKG, 'node_modules', '.cache', 'topup-doctor-intake');

const result = await build({
  entryPoints: [join(PKG, 'src', 'cli.ts')],
  bundle: true,
  write: false,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // The workspace's sources (package.json "source" export condition), as vitest and tsx resolve them.
  conditions: ['source'],
  logLevel: 'error',
  plugins: [
    {
      name: 'workspace-sources-only',
      setup(b) {
        // Bare imports other than the workspace's own packages are left to Node at run time.
        b.onResolve({ filter: /^[^./]/ }, (args) =>
          args.path.startsWith('@topup-doctor/') ? undefined : { path: args.path, external: true },
        );
      },
    },
  ],
});
mkdirSync(OUT_DIR, { recursive: true });
const alive = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
};
// Bundles left by processes that were killed outright.
for (const name of readdirSync(OUT_DIR)) {
  const pid = /^cli-(\d+)\.mjs$/.exec(name)?.[1];
  if (pid && !alive(Number(pid))) rmSync(join(OUT_DIR, name), { force: true });
}
// One file per process: two commands started together (serve and create-admin on PostgreSQL) never read
// each other's half-written bundle. The file goes once its modules are loaded, or when the process exits
// first (the CLI ends with process.exit).
const file = join(OUT_DIR, `cli-${process.pid}.mjs`);
writeFileSync(file, result.outputFiles[0].contents);
const remove = () => rmSync(file, { force: true });
process.once('exit', remove);
try {
  // process.argv is left as node gave it: the CLI reads its command from argv[2] on.
  await import(pathToFileURL(file).href);
} finally {
  remove();
}
