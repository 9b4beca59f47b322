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
// Two passes. Rolldown's own chunking still cut the second stage into 5 files (the stage, masking, the
// transports, code-mask, rolldown's runtime) and each preset into 3 (its adapter, consoles/http+parse+keys,
// consoles/shape), Preact into a file of its own beside the panel, and gzip compresses each file alone. So
// the first pass only plans: what the stage reaches statically and what every console preset reaches, less
// what the first open or a page-start entry (the config check, the outbox flush) loads, becomes one group,
// one file (codeSplitting.groups) in the second pass. What the stage shares with the panel (Preact, the
// steps' frame) then stays in topup-doctor-panel.js, which the stage imports (already loaded). Measured
// (node scripts/size.mjs after pnpm --filter ./sdk build, main a7d95cb): new-api, an order problem 56.63 ->
// 55.82 KB gzip (first open 12.03 -> 11.77 in 3 -> 2 files, second stage 30.74 -> 31.53 in 5 -> 4 with what
// every preset shared, the new-api preset 4.71 -> 3.37 in 3 -> 1), the worst case 61.57 -> 60.73, the
// outbox flush and the full config check unchanged (13.45, 12.62); pnpm bench:widget (RUNS=3, medians):
// requests on hover+click+open 12 -> 8, problem -> next step at 100 ms latency 158 -> 43 ms, problem ->
// preview 224 -> 117 ms. The price: data-debug at page start (debug.ts uses masking) loads the stage too.
//
// In the second pass the stage and the first open also carry their own copies of the few modules they
// shared with the page-start entries, and rolldown's runtime is inlined where it is imported (both below):
// the way to a ticket is then the loader, topup-doctor-panel.js, one stage file, the preset's and the words'.
//
// Then: terser over the output (squeeze) and V8's compile hint on the panel's files (hintEagerCompile), and
// dist/metafile-esm.json for scripts/preload.mjs, in esbuild's metafile shape (outputs with their imports
// and entry points).
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rolldown } from 'rolldown';
import { staticClosure } from './graph.mjs';
import { shortenKeys } from './short-keys.mjs';
import { squeeze } from './squeeze.mjs';

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

const input = {
  'topup-doctor-panel': 'src/embed/panel.tsx',
  'topup-doctor-outbox': 'src/embed/outbox-entry.ts',
  'topup-doctor-check': 'src/embed/check-entry.ts',
};
const options = {
  cwd: root,
  input,
  platform: 'browser',
  // Every browser with Shadow DOM and constructable stylesheets runs ES2022 (class fields stay native).
  // JSX as Preact's h(type, props, ...children) (the classic transform), not jsx-runtime's jsx(type,
  // { ...props, children: [...] }): no `children:` per element and no jsx-runtime module. Preact builds the
  // same vnodes from both (key and ref taken out of props alike). Measured (node scripts/size.mjs): new-api,
  // an order problem 55.35 -> 55.18 KB gzip, first open 11.77 -> 11.71. The names are ours alone, so no
  // local `h` can shadow them; `inject` imports them from preact where JSX is used.
  transform: {
    target: 'es2022',
    jsx: { runtime: 'classic', pragma: '__tdH', pragmaFrag: '__tdF' },
    inject: { __tdH: ['preact', 'h'], __tdF: ['preact', 'Fragment'] },
  },
  plugins: [oneLocale],
  logLevel: 'warn',
  // The panel's entry may export more than its own API: the stage imports what it shares with the panel
  // (Preact, the steps' frame) from topup-doctor-panel.js itself, already loaded, instead of a third file.
  preserveEntrySignatures: 'allow-extension',
};
const outputOptions = {
  format: 'esm',
  minify: true,
  // Served to pages as they are: no maps pointing at sources the package does not contain.
  sourcemap: false,
  entryFileNames: '[name].js',
  chunkFileNames: 'topup-doctor-chunk-[hash].js',
  // [a-z0-9] hashes: the names match `topup-doctor-chunk-\w+` (tests, operators' rules).
  hashCharacters: 'base36',
  comments: { legal: false },
};

const plan = await rolldown(options);
const { output: planned } = await plan.generate(outputOptions);
await plan.close();
const byFile = new Map(planned.filter((c) => c.type === 'chunk').map((c) => [c.fileName, c]));
/** Static closure of chunks by file name, in the planned output. */
const closure = (files) => staticClosure(files, (f) => byFile.get(f).imports.filter((i) => byFile.has(i)));
const fileOf = (source) => {
  const chunk = [...byFile.values()].find((c) => c.facadeModuleId === join(root, source));
  if (!chunk) throw new Error(`widget: no chunk for ${source} (renamed? update scripts/widget.mjs)`);
  return chunk.fileName;
};
const modulesOf = (files) => new Set([...files].flatMap((f) => Object.keys(byFile.get(f).modules)));
// The first open and the page-start entries keep their files: only what they never load joins the stage.
const first = closure(['topup-doctor-panel.js']);
const pageStart = closure(['topup-doctor-check.js', 'topup-doctor-outbox.js']);
const stageFiles = closure([fileOf('src/embed/stage.ts')]);
// What every console preset loads (auto and custom load it too), beside the stage that imports them.
const [presetFiles, ...others] = ['new-api', 'one-api', 'sub2api'].map((preset) =>
  closure([fileOf(`src/consoles/${preset}/adapter.ts`)]),
);
for (const f of presetFiles) if (others.some((o) => !o.has(f))) presetFiles.delete(f);
const keep = new Set([...first, ...pageStart]);
const groupFiles = [...new Set([...stageFiles, ...presetFiles])].filter((f) => !keep.has(f));
const stageModules = modulesOf(groupFiles);

// The page-start entries' files the stage (or a preset) imports too, less the first open's: the outbox's
// store and the webhook transport (with the ticket's field policy and formats, the ids), code-mask.ts.
// Each was a file of its own on the way to a ticket, compressed alone. The stage's modules (and every
// module outside the page-start files) import a copy of each (`<id>?stage`, in the stage's file); the
// page-start files keep theirs. Safe to load twice on one page: they hold no module state (constants,
// pure functions; the outbox's store coordinates through localStorage and the outbox lock, as two tabs
// do). Rolldown's runtime (the stage's namespace object) has no module id and stays a file of its own.
// Measured (node scripts/size.mjs after pnpm --filter ./sdk build): second stage 30.89 -> 29.87 KB gzip in
// 4 -> 2 files, new-api an order problem 54.34 -> 53.30, the outbox flush at page start 13.42 -> 12.39
// (its copies are its own now, tree-shaken for it), the full config check 12.62 -> 12.51; RUNS=3
// LATENCIES=0,100 pnpm bench:widget: requests on hover+click+open 8 -> 6, JS to a sent ticket 56.4 -> 54.9
// KB, problem -> preview at 100 ms 95/141 -> 149/118 ms (two runs each, a loaded machine: within noise).
// The same for the first open: the file it shares with the page-start entries (embed/constants.ts, 66 B
// gzip and a request of its own) is copied into the panel's file (`?first`) and the stage's. Measured: first
// open 11.76 -> 11.66 KB gzip in 2 -> 1 file, the loader 3.36 -> 3.34 (no chunk list to preload), new-api an
// order problem 53.30 -> 53.17; bench:widget (RUNS=3 LATENCIES=0,100): requests on hover+click+open 6 -> 5.
const firstModules = modulesOf(first);
const pageStartModules = modulesOf([...pageStart].filter((f) => !first.has(f)));
const onDisk = (files) => new Set([...modulesOf(files)].filter((id) => existsSync(id)));
const twiceFirst = onDisk([...first].filter((f) => pageStart.has(f)));
const twice = onDisk([...closure(groupFiles)].filter((f) => pageStart.has(f) && !first.has(f)));
for (const id of twiceFirst) twice.add(id);
const COPY = /\?(stage|first)$/;
const copies = {
  name: 'stage-copies',
  async resolveId(source, importer) {
    if (!importer || pageStartModules.has(importer)) return null;
    const from = importer.replace(COPY, '');
    const inFirst = firstModules.has(importer) || importer.endsWith('?first');
    const resolved = await this.resolve(source, from, { skipSelf: true });
    if (resolved && (inFirst ? twiceFirst : twice).has(resolved.id))
      return `${resolved.id}?${inFirst ? 'first' : 'stage'}`;
    return importer === from ? null : resolved;
  },
  load(id) {
    if (!COPY.test(id)) return null;
    const path = id.replace(COPY, '');
    return { code: readFileSync(path, 'utf8'), moduleType: path.endsWith('.tsx') ? 'tsx' : 'ts' };
  },
};

const bundle = await rolldown({ ...options, plugins: [...options.plugins, copies] });
const { output: written } = await bundle.write({
  ...outputOptions,
  dir: dist,
  // Not its dependencies recursively: those the first open or a page-start entry loads stay where they are.
  codeSplitting: {
    groups: [
      {
        name: 'stage',
        test: (id) => stageModules.has(id) || id.endsWith('?stage'),
        includeDependenciesRecursively: false,
      },
    ],
  },
});
await bundle.close();
// Rolldown's chunks are read-only: plain copies of the fields read below, which the runtime's inlining
// below may change.
const CHUNK_FIELDS = [
  'type',
  'fileName',
  'code',
  'imports',
  'dynamicImports',
  'isEntry',
  'isDynamicEntry',
  'facadeModuleId',
  'modules',
];
const output = written
  .filter((c) => c.type === 'chunk')
  .map((c) => Object.fromEntries(CHUNK_FIELDS.map((field) => [field, c[field]])));

/**
 * Rolldown's runtime (its helper that builds a module namespace object: the stage's, the outbox's, the
 * config check's, each a dynamic import's target inside a shared file) came as a file of its own (163 B,
 * 157 B gzip) that the stage, the outbox flush and the config check each fetched. It has no module id, so
 * the copies above cannot reach it: each file that imports it gets the helper inlined instead, as a
 * constant at the import's place (imports come first and no importer is in an import cycle, so nothing
 * calls it earlier), and the file is removed. A runtime of another shape fails the build. Measured (node
 * scripts/size.mjs): second stage 29.85 -> 29.78 KB gzip in 2 -> 1 file, new-api an order problem 53.17 ->
 * 53.09, the outbox flush at page start 12.39 -> 12.32, the full config check 12.51 -> 12.43; bench:widget
 * (RUNS=3 LATENCIES=0,100): requests on hover+click+open 5 -> 4.
 */
const runtime = output.find(
  (c) => c.type === 'chunk' && Object.keys(c.modules).every((id) => /rolldown[:/]runtime/.test(id)),
);
if (runtime) {
  const shape = /^([\s\S]*?);?\s*export\s*\{\s*([\w$]+)(?:\s+as\s+([\w$]+))?\s*\};?\s*$/.exec(runtime.code);
  if (!shape || runtime.imports.length || /\bimport\b/.test(shape[1]))
    throw new Error(
      `widget: rolldown's runtime (${runtime.fileName}) has an unexpected shape: update widget.mjs`,
    );
  const [, body, local, exported = local] = shape;
  const file = runtime.fileName.replaceAll('.', '\\.');
  const use = new RegExp(
    `import\\s*\\{\\s*${exported}(?:\\s+as\\s+([\\w$]+))?\\s*\\}\\s*from\\s*["']\\./${file}["'];?`,
  );
  for (const chunk of output) {
    if (chunk.type !== 'chunk' || !chunk.imports.includes(runtime.fileName)) continue;
    const found = use.exec(chunk.code);
    if (!found) throw new Error(`widget: ${chunk.fileName} imports ${runtime.fileName} in an unexpected way`);
    chunk.code = chunk.code.replace(
      found[0],
      `const ${found[1] ?? exported}=(()=>{${body};return ${local}})();`,
    );
    chunk.imports = chunk.imports.filter((f) => f !== runtime.fileName);
    writeFileSync(join(dist, chunk.fileName), chunk.code);
  }
  rmSync(join(dist, runtime.fileName));
  output.splice(output.indexOf(runtime), 1);
}

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

// terser over the widget's files, after rolldown minified them (scripts/squeeze.mjs says why and how).
for (const name of readdirSync(dist)) {
  if (!WIDGET.test(name)) continue;
  const path = join(dist, name);
  writeFileSync(path, await squeeze(readFileSync(path, 'utf8'), name));
}

// The catalog keys of the families that never leave the page as `$<id>` in every widget file at once
// (scripts/short-keys.mjs says which and how it proves that is safe); the loader is only checked.
const mapped = shortenKeys(
  dist,
  readdirSync(dist).filter((name) => WIDGET.test(name)),
  [join(root, 'dist/topup-doctor.js')].filter((path) => existsSync(path)),
);

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
  // Not on a file without a function (a locale's words, the schemas' data): nothing to compile eagerly,
  // and the line costs ~25 B gzip on each (words zh-CN 5.49 -> 5.46 KB, new-api an order problem 54.54 -> 54.51).
  if (!/=>|\bfunction\b/.test(text)) continue;
  if (!text.startsWith(hint)) writeFileSync(join(dist, name), hint + text);
}
console.log(`widget: ${Object.keys(outputs).length} files, ${mapped} catalog keys shortened`);
