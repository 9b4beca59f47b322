// `pnpm bench`: runs every benchmark, shows its own output, then one table of all figures beside the
// previous ones (scripts/bench-previous.json, the figures recorded last with `pnpm bench --save`).
// A benchmark reports a figure by printing one line `BENCH<TAB>name<TAB>value<TAB>unit`; to add one,
// add a line to BENCHES below. `pnpm bench --only widget,size` runs some of them.
// Not a test: the gates are the benchmarks' own exit codes (a missed goal) and `pnpm size`'s budgets.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const PREVIOUS = resolve(root, 'scripts', 'bench-previous.json');
const pnpm = ['npx', '-y', 'pnpm@12.21.0'];

/** [name, command]: each runs from the repository root. */
const BENCHES = [
  ['mask', [...pnpm, 'bench:mask']],
  ['size', [...pnpm, 'bench:size']],
  ['widget', [...pnpm, 'bench:widget']],
  ['delivery', [...pnpm, 'bench:delivery']],
  ['long-string', [...pnpm, 'bench:long-string']],
  ['intake', [...pnpm, 'bench:intake']],
];

const args = process.argv.slice(2);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1]?.split(',') : undefined;
const save = args.includes('--save');

const figures = [];
const failed = [];
for (const [name, command] of BENCHES) {
  if (only && !only.includes(name)) continue;
  console.log(`\n=== bench ${name}: ${command.slice(3).join(' ')}`);
  const run = spawnSync(command[0], command.slice(1), { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 });
  process.stdout.write(run.stdout.replace(/^BENCH\t.*\n/gm, ''));
  process.stderr.write(run.stderr);
  if (run.status !== 0) failed.push(name);
  for (const line of run.stdout.split('\n')) {
    const [tag, figure, value, unit] = line.split('\t');
    if (tag === 'BENCH' && figure) figures.push({ figure, value, unit: unit ?? '' });
  }
}

const previous = existsSync(PREVIOUS) ? JSON.parse(readFileSync(PREVIOUS, 'utf8')) : { figures: {} };
const width = Math.max(6, ...figures.map((f) => f.figure.length));
console.log(`\n=== all figures (previous: ${previous.label ?? 'none recorded'})`);
console.log(`${'figure'.padEnd(width)}  ${'now'.padStart(9)}  ${'previous'.padStart(9)}  unit`);
for (const { figure, value, unit } of figures) {
  const before = previous.figures[figure]?.value ?? '-';
  console.log(
    `${figure.padEnd(width)}  ${String(value).padStart(9)}  ${String(before).padStart(9)}  ${unit}`,
  );
}
if (save) {
  const label = args.includes('--label') ? args[args.indexOf('--label') + 1] : new Date().toISOString();
  const kept = { ...previous.figures };
  for (const { figure, value, unit } of figures) kept[figure] = { value, unit };
  writeFileSync(PREVIOUS, `${JSON.stringify({ label, figures: kept }, null, 2)}\n`);
  console.log(`saved as the previous figures (${label}): scripts/bench-previous.json`);
}
if (failed.length) {
  console.error(`bench: ${failed.join(', ')} missed a goal or failed`);
  process.exit(1);
}
