// After `tsup`: writes the script-tag widget's load plan into its two lazy entry points, from esbuild's
// metafile of that build, so no stage waits on an import chain (each `import` found only after its parent
// arrived is one more round trip):
// - topup-doctor.js (the loader) has no plan: the first open must be topup-doctor-panel.js alone (one
//   round trip on the user's intent; scripts/widget.mjs copies what it shared with the page-start files
//   into it), and the build fails if the panel imports a file;
// - topup-doctor-panel.js: the second stage (the files the panel imports when a problem is chosen, with
//   their whole static closure) and, per console preset and per locale (the core catalog), the files
//   each adds; the panel adds
//   <link rel="modulepreload"> for them when it opens, so choosing a problem waits for no chunk.
// The plan replaces a placeholder JSON text (`JSON.parse('"__TD_STAGE__"')`: parsed at run time, so no
// minifier folds the checks on it away); in source (tests, the ESM package) it parses to the placeholder
// string and nothing is preloaded. The metafile is removed (it is not published).
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { staticClosure } from './graph.mjs';

const dist = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const metaPath = resolve(dist, 'metafile-esm.json');
if (!existsSync(metaPath)) {
  console.error('preload: dist/metafile-esm.json missing (tsup browser build with metafile: true)');
  process.exit(1);
}
const { outputs } = JSON.parse(readFileSync(metaPath, 'utf8'));
rmSync(metaPath);

const name = (path) => basename(path);
const byName = new Map(Object.entries(outputs).map(([path, out]) => [name(path), out]));
const entryOf = (source) =>
  [...byName].find(([, out]) => out.entryPoint === source)?.[0] ??
  fail(`no output for ${source} (renamed? update scripts/preload.mjs)`);
function fail(message) {
  console.error(`preload: ${message}`);
  process.exit(1);
}

/** Static closure of `files` (the files themselves included). */
const closure = (files) =>
  staticClosure(files, (file) =>
    (byName.get(file)?.imports ?? [])
      .filter((i) => i.kind === 'import-statement' && !i.external)
      .map((i) => name(i.path)),
  );
const dynamicOf = (files) =>
  [...files].flatMap((f) =>
    (byName.get(f)?.imports ?? []).filter((i) => i.kind === 'dynamic-import').map((i) => name(i.path)),
  );

const PANEL = 'topup-doctor-panel.js';
const first = closure([PANEL]);
const second = closure(dynamicOf(first));
for (const f of first) second.delete(f);
const presets = {
  'new-api': 'src/consoles/new-api/adapter.ts',
  'one-api': 'src/consoles/one-api/adapter.ts',
  sub2api: 'src/consoles/sub2api/adapter.ts',
  custom: 'src/consoles/custom/adapter.ts',
  auto: 'src/consoles/registry.ts',
};
const perPreset = Object.fromEntries(
  Object.entries(presets).map(([preset, source]) => [
    preset,
    [...closure([entryOf(source)])].filter((f) => !first.has(f) && !second.has(f)),
  ]),
);

function fill(file, placeholder, value) {
  const path = resolve(dist, file);
  const text = readFileSync(path, 'utf8');
  // The literal '"__X__"' as the minifier printed it: in single quotes, or in double quotes with escapes.
  const pattern = new RegExp(`'"${placeholder}"'|"\\\\"${placeholder}\\\\""`);
  if (!pattern.test(text)) fail(`${file} has no "${placeholder}" placeholder`);
  writeFileSync(
    path,
    text.replace(pattern, () => JSON.stringify(JSON.stringify(value))),
  );
}
// The loader fetches the panel alone (src/embed/loader.ts): a file the panel imports would be a second
// round trip before the first open.
if (first.size !== 1)
  fail(
    `${PANEL} imports ${[...first].filter((f) => f !== PANEL).join(', ')}: the first open must be one file`,
  );
// The words of each locale, the core's and the flow steps' (embed/catalogs-lazy.ts loads the user's only).
const perLocale = Object.fromEntries(
  Object.entries({ 'zh-CN': 'src/embed/words.zh-CN.ts', en: 'src/embed/words.en.ts' }).map(
    ([locale, source]) => [
      locale,
      [...closure([entryOf(source)])].filter((f) => !first.has(f) && !second.has(f)),
    ],
  ),
);
fill(PANEL, '__TD_STAGE__', { s: [...second], p: perPreset, l: perLocale });
// A problem's own words per locale (embed/catalogs-lazy.ts loadProblemWords: the redeem problem's), which the
// panel fetches when that problem is chosen: not preloaded, so not in the panel's plan. With them, for the
// redeem problem, what maps the page's own redeem answers (consoles/redeem-answer.ts, fetched when the page
// saw one: a user who redeemed here). Written beside the build for scripts/size.mjs, which counts them on
// that problem's way to a ticket (not published).
const added = (sources) => [...closure(sources.map(entryOf))].filter((f) => !first.has(f) && !second.has(f));
const perProblemWords = {
  redeem_not_credited: Object.fromEntries(
    Object.entries({ 'zh-CN': 'src/core/i18n/zh-CN.redeem.ts', en: 'src/core/i18n/en.redeem.ts' }).map(
      ([locale, source]) => [locale, added([source, 'src/consoles/redeem-answer.ts'])],
    ),
  ),
};
writeFileSync(resolve(dist, '.problem-words.json'), `${JSON.stringify(perProblemWords)}\n`);
console.log(
  `preload: first open ${first.size} files, second stage ${second.size}, presets ${Object.values(perPreset)
    .map((f) => f.length)
    .join('/')}`,
);
