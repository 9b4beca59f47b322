#!/usr/bin/env node
// Size budgets of what runs on page loads of a granted site. On EVERY page: the content script's stub
// (page-watch.js) and the main-world tap (tap.js), at most 6 KB gzip together, each with its own
// budget. On pages the background knows as a console it injects the content script proper
// (console-watch.js, at most 11 KB gzip) and the console observer (console-observer.js, with the masking
// engine: outside these budgets, like the reader, banner and panel it injects on demand).
// Prints every built script's size for the record; fails when one is over.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

/** gzip -9 bytes per file; EVERY_PAGE caps the files that run on every page load together. */
const BUDGETS = { 'page-watch.js': 1024, 'tap.js': 2048, 'console-watch.js': 11 * 1024 };
const EVERY_PAGE = { files: ['page-watch.js', 'tap.js'], budget: 6 * 1024 };
const dir = resolve(import.meta.dirname, '..', process.argv[2] ?? '.output/chrome-mv3');

function* scripts(folder) {
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) yield* scripts(path);
    else if (name.endsWith('.js')) yield path;
  }
}

const sizes = {};
const rows = [];
for (const file of scripts(dir)) {
  const raw = readFileSync(file);
  const gz = gzipSync(raw, { level: 9 }).length;
  const name = relative(dir, file);
  rows.push({ name, raw: raw.length, gz });
  sizes[name] = gz;
}
rows.sort((a, b) => b.gz - a.gz);
for (const r of rows)
  console.log(`${r.name.padEnd(44)} ${String(r.raw).padStart(8)} B  ${String(r.gz).padStart(7)} B gzip`);
let over = false;
for (const [name, budget] of Object.entries(BUDGETS)) {
  if (sizes[name] === undefined) {
    console.error(`size: no ${name} in ${dir}: build first (pnpm --filter ./extension build)`);
    process.exit(1);
  }
  const ok = sizes[name] <= budget;
  over ||= !ok;
  console.log(`${name}: ${sizes[name]} B gzip (budget ${budget} B): ${ok ? 'ok' : 'OVER BUDGET'}`);
}
const every = EVERY_PAGE.files.reduce((sum, name) => sum + sizes[name], 0);
const everyOk = every <= EVERY_PAGE.budget;
over ||= !everyOk;
console.log(
  `every page of a granted site (${EVERY_PAGE.files.join(' + ')}): ${every} B gzip (budget ${EVERY_PAGE.budget} B): ${everyOk ? 'ok' : 'OVER BUDGET'}`,
);
// For `pnpm bench` (scripts/bench.mjs): one line per figure.
const kb = (n) => (n / 1024).toFixed(2);
console.log(`BENCH\textension: every page (${EVERY_PAGE.files.join(' + ')})\t${kb(every)}\tKB gzip`);
for (const name of [...EVERY_PAGE.files, 'console-watch.js', 'console-observer.js'])
  if (sizes[name] !== undefined) console.log(`BENCH\textension: ${name}\t${kb(sizes[name])}\tKB gzip`);
if (over) process.exit(1);
