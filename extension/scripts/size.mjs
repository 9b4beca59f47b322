#!/usr/bin/env node
// Size budget of what runs on every console page load: the content script, at most 10 KB gzip.
// Prints every built script's size for the record; fails when the content script is over.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET = 10 * 1024;
const dir = resolve(import.meta.dirname, '..', process.argv[2] ?? '.output/chrome-mv3');

function* scripts(folder) {
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) yield* scripts(path);
    else if (name.endsWith('.js')) yield path;
  }
}

let content;
const rows = [];
for (const file of scripts(dir)) {
  const raw = readFileSync(file);
  const gz = gzipSync(raw, { level: 9 }).length;
  const name = relative(dir, file);
  rows.push({ name, raw: raw.length, gz });
  if (name === 'page-watch.js') content = gz;
}
rows.sort((a, b) => b.gz - a.gz);
for (const r of rows)
  console.log(`${r.name.padEnd(44)} ${String(r.raw).padStart(8)} B  ${String(r.gz).padStart(7)} B gzip`);
if (content === undefined) {
  console.error(
    `size: no page-watch.js (the content script) in ${dir}: build first (pnpm --filter ./extension build)`,
  );
  process.exit(1);
}
const verdict = content <= BUDGET ? 'ok' : 'OVER BUDGET';
console.log(`content script: ${content} B gzip (budget ${BUDGET} B): ${verdict}`);
if (content > BUDGET) process.exit(1);
