// `pnpm bench:mask`: leaks per tier and kind on the labelled corpus, must-stay intact rate,
// re-mask findings, MB/s on message-sized inputs and scaling ratios on pathological inputs.
// Exits non-zero when a target is missed.
import os from 'node:os';
import { maskText } from '../src/core/mask/index.js';
import { generateCorpus, TIERS } from './corpus.js';
import { leaks } from './leaks.js';
import { PATHOLOGICAL } from './pathological.js';

const TARGET = {
  leakPlain: 0,
  leakFormatted: 0,
  leakObfuscated: 0.01,
  mustStay: 0.99,
  mbps: 20,
  scaling: 12,
};
const failures: string[] = [];

const corpus = generateCorpus();
const pct = (x: number) => `${(x * 100).toFixed(2)}%`;

// Leaks and must-stay.
const perTier = new Map<string, { values: number; leaks: number }>();
const perKind = new Map<string, { values: number; leaks: number }>();
const stayKind = new Map<string, { items: number; intact: number }>();
let remaskFindings = 0;
const examples: string[] = [];
for (const m of corpus) {
  const out = maskText(m.text);
  if (maskText(out.text).findings.length > 0) remaskFindings++;
  m.sensitive.forEach((s, i) => {
    const leaked = leaks(out.text, s, m.shown[i]);
    const t = perTier.get(m.tier) ?? { values: 0, leaks: 0 };
    const k = perKind.get(`${m.tier}/${s.kind}`) ?? { values: 0, leaks: 0 };
    t.values++;
    k.values++;
    if (leaked) {
      t.leaks++;
      k.leaks++;
      if (examples.length < 8) examples.push(`  [${m.tier}/${s.kind}] ${JSON.stringify(out.text)}`);
    }
    perTier.set(m.tier, t);
    perKind.set(`${m.tier}/${s.kind}`, k);
  });
  for (const item of m.mustStay) {
    const k = stayKind.get(item.kind) ?? { items: 0, intact: 0 };
    k.items++;
    if (out.text.includes(item.text)) k.intact++;
    else if (examples.length < 16)
      examples.push(`  [must-stay ${item.kind}] ${item.text} in ${JSON.stringify(out.text)}`);
    stayKind.set(item.kind, k);
  }
}

console.log(`corpus: ${corpus.length} messages (seed 20250929), ${TIERS.length} tiers, zh + en`);
console.log('\nleaks per tier');
for (const tier of TIERS) {
  const t = perTier.get(tier)!;
  const rate = t.leaks / t.values;
  console.log(`  ${tier.padEnd(11)} ${String(t.leaks).padStart(4)} / ${t.values} values  ${pct(rate)}`);
  const target = tier === 'obfuscated' ? TARGET.leakObfuscated : 0;
  if (rate > target) failures.push(`leaks in ${tier}: ${pct(rate)} > ${pct(target)}`);
}
console.log('\nleaks per tier and kind (leaks/values)');
const kinds = [...new Set([...perKind.keys()].map((k) => k.split('/')[1]!))].sort();
console.log(`  ${'kind'.padEnd(15)}${TIERS.map((t) => t.padStart(12)).join('')}`);
for (const kind of kinds) {
  const cells = TIERS.map((t) => {
    const c = perKind.get(`${t}/${kind}`);
    return (c ? `${c.leaks}/${c.values}` : '-').padStart(12);
  });
  console.log(`  ${kind.padEnd(15)}${cells.join('')}`);
}

let items = 0;
let intact = 0;
console.log('\nmust-stay intact');
for (const [kind, k] of [...stayKind].sort()) {
  items += k.items;
  intact += k.intact;
  console.log(`  ${kind.padEnd(12)} ${k.intact}/${k.items}`);
}
const stayRate = intact / items;
console.log(`  total        ${intact}/${items}  ${pct(stayRate)}`);
if (stayRate < TARGET.mustStay) failures.push(`must-stay intact ${pct(stayRate)} < ${pct(TARGET.mustStay)}`);
console.log(`\nre-masking masked output: ${remaskFindings} messages with findings`);
if (remaskFindings > 0) failures.push(`re-masking found something in ${remaskFindings} messages`);
if (examples.length > 0) console.log(`\nexamples:\n${examples.join('\n')}`);

// Throughput on message-sized inputs, in process CPU time (user + system from process.cpuUsage, which
// also counts V8's GC helper threads), not wall time: the build machines are shared (load ~6 on 2 cores).
// CPU time still runs slower while a neighbour keeps the other hyperthread of the core busy (the same
// corpus measured 20-39 MB/s within minutes here), and neighbours only ever slow a run down, so the target
// is judged on the fastest of 11 runs (each at least 150 ms of CPU); the median is printed next to it.
const cpuMs = (c: NodeJS.CpuUsage) => (c.user + c.system) / 1000;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
const texts = corpus.map((m) => m.text);
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0);
for (let w = 0; w < 5; w++) for (const t of texts) maskText(t);
const cpuRates: number[] = [];
const wallRates: number[] = [];
for (let k = 0; k < 11; k++) {
  let rounds = 0;
  const w0 = performance.now();
  const c0 = process.cpuUsage();
  do {
    for (const t of texts) maskText(t);
    rounds++;
  } while (cpuMs(process.cpuUsage(c0)) < 150);
  const cpu = cpuMs(process.cpuUsage(c0)) / 1000;
  cpuRates.push((bytes * rounds) / 1e6 / cpu);
  wallRates.push((bytes * rounds) / 1e6 / ((performance.now() - w0) / 1000));
}
const mbps = Math.max(...cpuRates);
console.log(
  `\nthroughput (MB/s of process CPU time, UTF-8, ${texts.length} messages, avg ${Math.round(bytes / texts.length)} bytes): fastest of 11 runs ${mbps.toFixed(1)} MB/s, median ${median(cpuRates).toFixed(1)} MB/s; wall clock median ${median(wallRates).toFixed(1)} MB/s (load ${os.loadavg()[0]!.toFixed(1)}, ${os.availableParallelism()} cores)`,
);
if (mbps < TARGET.mbps) failures.push(`throughput ${mbps.toFixed(1)} MB/s < ${TARGET.mbps}`);

// Scaling: time(10n) / time(n) on pathological inputs. Small and large inputs are timed in alternation,
// 31 short runs each (at least 10 ms of CPU), and each side keeps its fastest run: on a shared machine the
// neighbours only ever slow a run down (the same 20k input varies 2x between consecutive runs here), and
// short runs are likelier to fall into a quiet moment.
/** ms of process CPU time per call, over at least 10 ms. */
function time(s: string): number {
  let reps = 0;
  const c0 = process.cpuUsage();
  let used = 0;
  do {
    maskText(s);
    reps++;
    used = cpuMs(process.cpuUsage(c0));
  } while (used < 10);
  return used / reps;
}
console.log(
  '\nscaling (n = 20k -> 200k chars): CPU ms per call, fastest of 31 alternating runs each, and the ratio',
);
let worst = 0;
for (const [name, gen] of Object.entries(PATHOLOGICAL)) {
  const a = gen(20_000);
  const b = gen(200_000);
  time(a);
  time(b);
  let small = Number.POSITIVE_INFINITY;
  let big = Number.POSITIVE_INFINITY;
  for (let k = 0; k < 31; k++) {
    small = Math.min(small, time(a));
    big = Math.min(big, time(b));
  }
  const ratio = big / small;
  worst = Math.max(worst, ratio);
  console.log(
    `  ${name.padEnd(24)} ${small.toFixed(2).padStart(8)} ms -> ${big.toFixed(2).padStart(8)} ms  x${ratio.toFixed(1)}`,
  );
  if (ratio > TARGET.scaling) failures.push(`scaling ${name}: x${ratio.toFixed(1)} > ${TARGET.scaling}`);
}
console.log(`  worst ratio x${worst.toFixed(1)}`);

if (failures.length > 0) {
  console.log(`\nFAILED targets:\n  ${failures.join('\n  ')}`);
  process.exitCode = 1;
} else {
  console.log(
    '\nall targets met: 0 leaks plain/formatted, <=1% obfuscated, >=99% must-stay, >=20 MB/s, scaling <=12',
  );
}
