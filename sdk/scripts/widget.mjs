// The script-tag widget's lazily loaded files, built after `tsup` (which builds the ESM package and the IIFE
// loader): topup-doctor-panel.js (Preact + panel + the core it uses, fetched on the user's intent),
// topup-doctor-check.js (the config check, fetched before the launcher shows only when the loader's
// precheck cannot vouch for the attributes) and topup-doctor-outbox.js (flushes a waiting ticket), sharing
// topup-doctor-chunk-*.js. Plain ESM files on the page's origin, so `script-src 'self'` is enough.
//
// Rolldown, not esbuild (tsup): esbuild gives every set of entry points that reach a module a chunk of its
// own, dynamic imports included, so modules the second stage shares with what only it imports (the console
// presets, debug) or with the page-start entries came in chunks of their own, and each file is compressed
// on its own. Rolldown chunks them with fewer, larger files. Measured with terser over both (node
// scripts/size.mjs): the loader to a sent ticket with new-api (an order problem) 58.02 -> 57.14 KB gzip
// (first open 12.24 -> 12.03 in 4 -> 3 files, second stage 31.57 -> 31.18 in 6 -> 5, the preset 4.94 ->
// 4.71 in 4 -> 3, words 5.81 -> 5.78), the outbox flush at page start 14.74 -> 13.45, the full config check
// 12.89 -> 12.87.
//
// Then: terser over the output (squeeze) and V8's compile hint on the panel's files (hintEagerCompile), and
// dist/metafile-esm.json for scripts/preload.mjs, in esbuild's metafile shape (outputs with their imports
// and entry points).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rolldown } from 'rolldown';
import { minify } from 'terser';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = process.env.TD_WIDGET_OUT ?? join(root, 'dist');

/** The script-tag widget ships one locale's words: core/i18n/catalogs.ts (both) is replaced by
 *  embed/catalogs-lazy.ts, which the panel fills with the user's locale (about 5 KB gzip saved), and
 *  ui/i18n/flow.ts (both locales' flow steps) by embed/flow-lazy.ts, filled in the same load (about 2 KB). */
const swaps = {
  [join(root, 'src/core/i18n/catalogs.js')]: join(root, 'src/embed/catalogs-lazy.ts'),
  [join(root, 'src/ui/i18n/flow.js')]: join(root, 'src/embed/flow-lazy.ts'),
};
const oneLocale = {
  name: 'one-locale-catalog',
  resolveId(source, importer) {
    if (!importer || !/\/(catalogs|flow)\.js$/.test(source)) return null;
    return swaps[resolve(dirname(importer), source)] ?? null;
  },
};

const bundle = await rolldown({
  cwd: root,
  input: {
    'topup-doctor-panel': 'src/embed/panel.tsx',
    'topup-doctor-outbox': 'src/embed/outbox-entry.ts',
    'topup-doctor-check': 'src/embed/check-entry.ts',
  },
  platform: 'browser',
  // Every browser with Shadow DOM and constructable stylesheets runs ES2022 (class fields stay native).
  transform: { target: 'es2022' },
  plugins: [oneLocale],
  logLevel: 'warn',
});
const { output } = await bundle.write({
  dir: dist,
  format: 'esm',
  minify: true,
  // Served to pages as they are: no maps pointing at sources the package does not contain.
  sourcemap: false,
  entryFileNames: '[name].js',
  chunkFileNames: 'topup-doctor-chunk-[hash].js',
  // [a-z0-9] hashes: the names match `topup-doctor-chunk-\w+` (tests, operators' rules).
  hashCharacters: 'base36',
  comments: { legal: false },
});
await bundle.close();

// esbuild's metafile shape, which scripts/preload.mjs reads (and removes).
const src = (id) => (id ? relative(root, id) : undefined);
const outputs = {};
for (const chunk of output) {
  if (chunk.type !== 'chunk') continue;
  outputs[`dist/${chunk.fileName}`] = {
    ...(chunk.isEntry || chunk.isDynamicEntry ? { entryPoint: src(chunk.facadeModuleId) } : {}),
    imports: [
      ...chunk.imports.map((f) => ({ path: `dist/${f}`, kind: 'import-statement' })),
      ...chunk.dynamicImports.map((f) => ({ path: `dist/${f}`, kind: 'dynamic-import' })),
    ],
    inputs: Object.fromEntries(
      Object.entries(chunk.modules).map(([id, m]) => [src(id), { bytesInOutput: m.renderedLength }]),
    ),
    bytes: chunk.code.length,
  };
}
writeFileSync(join(dist, 'metafile-esm.json'), JSON.stringify({ outputs }));

const WIDGET = /^topup-doctor-(panel|outbox|check|chunk-[a-z0-9]+)\.js$/;

/**
 * terser over the widget's files, after rolldown minified them: the minifier alone leaves ~1.5 KB gzip of
 * the total flow on the table (measured with esbuild's: 63.08 -> 61.62 KB with passes: 3). No `unsafe_*`
 * option: unsafe_arrows saved 10 bytes here. ES2022 output (the build's target) saved 0.05 KB against 2020.
 */
for (const name of readdirSync(dist)) {
  if (!WIDGET.test(name)) continue;
  const path = join(dist, name);
  const { code } = await minify(readFileSync(path, 'utf8'), {
    module: true,
    ecma: 2022,
    compress: { passes: 3 },
    format: { comments: false },
  });
  if (!code) throw new Error(`terser returned nothing for ${name}`);
  writeFileSync(path, code);
}

/**
 * V8's explicit compile hint (Chromium 136+; a plain comment elsewhere) on top of the panel's files: every
 * function of a file is compiled with it, on the background thread that compiles the file as it arrives
 * (the open panel modulepreloads the second stage), instead of one by one on the main thread at first call.
 * Problem -> preview compiled ~450 functions lazily, 8-12 ms of the main thread's ~60 ms of CPU
 * (test/bench/widget-profile.ts COMPILE=1); with the hint ~1 ms, and the main thread's CPU while the panel
 * opens does not grow. Not on the config check's files (topup-doctor-check.js and what it imports): they
 * run before the launcher shows, and their size budget has no room for the line.
 */
const hint = '//# allFunctionsCalledOnLoad\n';
const read = (name) => readFileSync(join(dist, name), 'utf8');
const check = new Set();
const walk = (name) => {
  if (check.has(name)) return;
  check.add(name);
  for (const [, dep] of read(name).matchAll(/(?:from|import)\s*['"]\.\/([\w-]+\.js)['"]/g)) walk(dep);
};
walk('topup-doctor-check.js');
for (const name of readdirSync(dist)) {
  if (!WIDGET.test(name) || name === 'topup-doctor-check.js' || check.has(name)) continue;
  const text = read(name);
  if (!text.startsWith(hint)) writeFileSync(join(dist, name), hint + text);
}
console.log(`widget: ${Object.keys(outputs).length} files`);
