import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { minify } from 'terser';
import { defineConfig } from 'tsup';

/** The script-tag widget ships one locale's words: core/i18n/catalogs.ts (both) is replaced by
 *  embed/catalogs-lazy.ts, which the panel fills with the user's locale (about 5 KB gzip saved), and
 *  ui/i18n/flow.ts (both locales' flow steps) by embed/flow-lazy.ts, filled in the same load (about 2 KB). */
const oneLocale = {
  name: 'one-locale-catalog',
  setup(build: {
    onResolve(o: { filter: RegExp }, f: (a: { path: string; resolveDir: string }) => unknown): void;
  }) {
    const swaps: Record<string, string> = {
      [resolve('src/core/i18n/catalogs.js')]: resolve('src/embed/catalogs-lazy.ts'),
      [resolve('src/ui/i18n/flow.js')]: resolve('src/embed/flow-lazy.ts'),
    };
    build.onResolve({ filter: /\/(catalogs|flow)\.js$/ }, (args) => {
      const to = swaps[resolve(args.resolveDir, args.path)];
      return to ? { path: to } : undefined;
    });
  },
};

/**
 * V8's explicit compile hint (Chromium 136+; a plain comment elsewhere) on top of the panel's files: every
 * function of a file is compiled with it, on the background thread that compiles the file as it arrives
 * (the open panel modulepreloads the second stage), instead of one by one on the main thread at first call.
 * Problem -> preview compiled ~450 functions lazily, 8-12 ms of the main thread's ~60 ms of CPU
 * (test/bench/widget-profile.ts COMPILE=1); with the hint ~1 ms, and the main thread's CPU while the panel
 * opens does not grow. Not on the config check's files (topup-doctor-check.js and what it imports): they
 * run before the launcher shows, and their size budget has no room for the line. Prepended after the
 * build: tsup's banner lands below the imports its tree-shaking pass hoists, and misses some chunks.
 */
async function hintEagerCompile(): Promise<void> {
  const hint = '//# allFunctionsCalledOnLoad\n';
  const read = (name: string) => readFileSync(join('dist', name), 'utf8');
  const check = new Set<string>();
  const walk = (name: string) => {
    if (check.has(name)) return;
    check.add(name);
    for (const [, dep] of read(name).matchAll(/(?:from|import)\s*['"]\.\/([\w-]+\.js)['"]/g)) walk(dep!);
  };
  walk('topup-doctor-check.js');
  for (const name of readdirSync('dist')) {
    if (!/^topup-doctor-(panel|outbox|chunk-[A-Z0-9]+)\.js$/.test(name) || check.has(name)) continue;
    const text = read(name);
    if (!text.startsWith(hint)) writeFileSync(join('dist', name), hint + text);
  }
}

/**
 * terser over the script-tag widget's files, after esbuild minified them: esbuild alone leaves ~1.5 KB gzip
 * of the total flow on the table (63.08 -> 61.62 KB with passes: 3; 61.73 with one pass). esbuild still
 * minifies first: it renames the names chunks import from each other, which terser (module: true) must
 * keep; terser alone measured 63.79 KB. No `unsafe_*` option: unsafe_arrows saved 10 bytes here. ES2022
 * output (the build's target) saved 0.05 KB against 2020.
 */
async function squeeze(): Promise<void> {
  for (const name of readdirSync('dist')) {
    if (!/^topup-doctor-(panel|outbox|check|chunk-[A-Z0-9]+)\.js$/.test(name)) continue;
    const path = join('dist', name);
    const { code } = await minify(readFileSync(path, 'utf8'), {
      module: true,
      ecma: 2022,
      compress: { passes: 3 },
      format: { comments: false },
    });
    if (!code) throw new Error(`terser returned nothing for ${name}`);
    writeFileSync(path, code);
  }
}

// 1) ESM entry points for bundler consumers (types come from `tsc -b`, which emits into dist/types:
//    TypeScript 7 is native and has no JS API for tsup's dts step).
// 2) The script-tag loader dist/topup-doctor.js: IIFE, framework-free, size-budgeted (scripts/size.mjs).
// 3) What the loader fetches on first open, next to it: topup-doctor-panel.js (Preact + panel + the core
//    it uses), topup-doctor-check.js (the config check, fetched before the launcher shows) and
//    topup-doctor-outbox.js (flushes a waiting ticket), sharing topup-doctor-chunk-*.js.
//    Plain ESM files on the page's origin, so `script-src 'self'` is enough.
const browser = {
  target: 'es2020',
  platform: 'browser',
  treeshake: true,
  clean: false,
  outDir: 'dist',
} as const;

export default defineConfig([
  {
    ...browser,
    entry: {
      index: 'src/index.ts',
      'core/index': 'src/core/index.ts',
      mask: 'src/mask.ts',
      'consoles/index': 'src/consoles/index.ts',
      'ui/index': 'src/ui/index.ts',
    },
    format: ['esm'],
    splitting: true,
    // No source maps in the package: they would point at src/, which is not published (and weighed
    // 1.6 MB). Bundlers map to these readable, unminified files.
    sourcemap: false,
  },
  {
    ...browser,
    entry: { 'topup-doctor': 'src/embed/loader.ts' },
    format: ['iife'],
    // Class fields stay native (no defineProperty helper): every browser with Shadow DOM and
    // constructable stylesheets runs ES2022.
    target: 'es2022',
    outExtension: () => ({ js: '.js' }),
    // terser squeezes ~3% more than esbuild here, which the loader's budget (scripts/size.mjs) needs.
    minify: 'terser',
    // unsafe_arrows: function expressions that use no `this` become arrows (none is called with `new`).
    terserOptions: {
      ecma: 2020,
      compress: { passes: 3, unsafe_arrows: true },
      format: { comments: false, ascii_only: true },
    },
    noExternal: [/.*/],
    // No source map comment: every byte of this file counts (it is 100 lines of readable source).
    sourcemap: false,
  },
  {
    ...browser,
    entry: {
      'topup-doctor-panel': 'src/embed/panel.tsx',
      'topup-doctor-outbox': 'src/embed/outbox-entry.ts',
      'topup-doctor-check': 'src/embed/check-entry.ts',
    },
    format: ['esm'],
    splitting: true,
    minify: true,
    // dist/metafile-esm.json: read (and removed) by scripts/preload.mjs, which writes the load plan into
    // topup-doctor.js and topup-doctor-panel.js.
    metafile: true,
    esbuildPlugins: [oneLocale],
    // Served to pages as they are: no maps pointing at sources the package does not contain.
    sourcemap: false,
    // Served as plain files to pages: bundle Preact and zod/mini in (tsup externalizes dependencies by default).
    noExternal: [/.*/],
    target: 'es2022',
    onSuccess: async () => {
      await squeeze();
      await hintEagerCompile();
    },
    esbuildOptions(options) {
      options.chunkNames = 'topup-doctor-chunk-[hash]';
      // Modules are always decoded as UTF-8: keep Chinese copy as bytes, not \uXXXX escapes.
      options.charset = 'utf8';
    },
  },
]);
