#!/usr/bin/env node
// Intake throughput: the real intake (the CLI's `serve`, started as `pnpm intake` starts it: the sources
// bundled by scripts/from-sources.mjs; `--dist` for the built bin) in a child process pinned to one core,
// driven from this process, pinned to another core, by N concurrent keep-alive clients posting valid tickets
// made by the sdk's buildTicket (diagnose -> buildTicket, support audience), each with its own id and
// idempotency key. Prints tickets/s, latency p50/p99, the server's CPU per ticket (from /proc) and the share
// of its core it got, and its resident memory idle after start, right after the load and once idle again;
// for the embedded store (PGlite) and PostgreSQL (BENCH_DATABASE_URL, else TEST_DATABASE_URL, else a
// throwaway local cluster).
//
//   node --conditions=source --import tsx bench/throughput.mjs [--store pglite|postgres|both]
//        [--concurrency 32] [--duration 5] [--rounds 3] [--warmup 2] [--settle 60] [--dist] [--profile DIR]
//        [--json]
// On a shared machine: the server gets the core that was idlest just before (taskset), this process the
// other; the load runs in rounds and the median round is reported beside the range, with the load average
// and the share of its core the server had (under ~90% other processes took part of it: tickets/s and
// latency then understate the intake, CPU per ticket is the steadier figure).
// From the repository root: `pnpm bench:intake`. Targets: >= 1000 tickets/s, p99 < 50 ms, idle RSS < 250 MB;
// a missed target is the exit code.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildTicket, defaultRules, diagnose } from '@topup-doctor/sdk/core';
import pg from 'pg';
import { createTestDatabase } from '../src/testing/postgres.ts';

const HERE = dirname(new URL(import.meta.url).pathname);
const PKG = resolve(HERE, '..');
const TARGET = { rate: 1000, p99: 50, idleRssMb: 250 };
/** Earlier figures, 32 concurrent, intake on one core: before grouped ingest and the smaller PGlite buffers;
 *  then with them, the sources still run through tsx (one 10 s run, load average 1.8). */
const PREVIOUS = [
  'before grouped ingest: pglite ~380 tickets/s, p99 193 ms, ~2.5 ms CPU/ticket, ~0.9 GB resident after start',
  'sources through tsx:   pglite 2030 tickets/s, p99 45.8 ms, 0.463 ms CPU/ticket, RSS idle 278 MB, after 388 MB;',
  '                       postgres 2960 tickets/s, p99 17.8 ms, 0.252 ms CPU/ticket, RSS idle 165 MB, after 213 MB',
];
/** The targets a result misses, by name (none: it meets them all). */
const misses = (r) =>
  [
    r.ticketsPerSecond >= TARGET.rate ? '' : 'tickets/s',
    r.p99Ms < TARGET.p99 ? '' : 'p99',
    r.rssIdleMb < TARGET.idleRssMb ? '' : 'idle RSS',
  ].filter(Boolean);
const load = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');

const { values: opts } = parseArgs({
  // `pnpm bench:intake -- --duration 5` passes the `--` on.
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: {
    store: { type: 'string', default: 'both' },
    concurrency: { type: 'string', default: '32' },
    /** Seconds per round; the median of the rounds (by tickets/s) is reported. */
    duration: { type: 'string', default: '5' },
    rounds: { type: 'string', default: '3' },
    warmup: { type: 'string', default: '2' },
    /** Seconds at most to watch the resident memory fall back after the load (V8 gives memory back lazily:
     *  PGlite's intake stayed ~50 MB over its idle figure for 30-50 s, then returned to it). */
    settle: { type: 'string', default: '60' },
    json: { type: 'boolean', default: false },
    /** Run the built package (bin/topup-doctor-intake.js over dist/, as published) instead of the sources. */
    dist: { type: 'boolean', default: false },
    /** Write the server's CPU profile (node --cpu-prof) into this directory. */
    profile: { type: 'string' },
  },
});
const CONCURRENCY = Number(opts.concurrency);
const DURATION_MS = Number(opts.duration) * 1000;
const WARMUP_MS = Number(opts.warmup) * 1000;
const ROUNDS = Math.max(1, Number(opts.rounds));
const SETTLE_MS = Number(opts.settle) * 1000;

// ---- tickets: what the widget sends (diagnose -> buildTicket), one template, a fresh id per post ----
const NOW = Date.UTC(2026, 10, 21, 8, 0);
const MINUTE = 60_000;
const facts = {
  console: { kind: 'new-api', generation: 'A', historyWindowDays: 30 },
  account: {
    id: '42',
    username: 'lin',
    displayName: 'Lin',
    email: 'lin.wei@example.com',
    group: 'default',
    balance: { raw: 25_000_000, quotaPerUnit: 500_000, displayUnit: 'USD' },
  },
  orders: [
    {
      ref: '1042',
      tradeNo: 'USR…9F3K',
      tradeNoTail: '9F3K',
      tradeNoUserId: '42',
      amount: 50,
      money: 50,
      currency: 'CNY',
      method: 'alipay',
      provider: 'epay',
      status: 'pending',
      rawStatus: 'pending',
      createdAt: NOW - 30 * MINUTE,
    },
  ],
  ledger: [],
  keys: [{ masked: 'sk-Ab**********x9Q2', last4: 'x9Q2', status: 'enabled' }],
  answers: {
    problem: 'paid_not_credited',
    pageMessage: '支付成功',
    paidAt: NOW - 29 * MINUTE,
    paidAmount: 50,
  },
};
const diagnosis = diagnose(facts, { now: NOW, rules: defaultRules() });
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'; // the widget's ids (core TICKET_ID): Crockford base32
const RUN = Array.from({ length: 4 }, () => ALPHABET[Math.floor(Math.random() * 32)]).join('');
const TEMPLATE_ID = `TD-${RUN}-0000-0000`;
const template = JSON.stringify(
  buildTicket(facts, diagnosis, '支付宝已扣款 ¥50.00，余额没变', {
    audience: 'support',
    locale: 'zh-CN',
    now: NOW,
    id: TEMPLATE_ID,
    origin: 'http://127.0.0.1',
  }),
);
// buildTicket puts the id in `id` and `idempotencyKey` only: swapping it gives the ticket buildTicket makes
// for that id, without paying the client's masking for every post (the client must not be the bottleneck).
if (template.split(TEMPLATE_ID).length !== 3)
  throw new Error('bench: the ticket id appears outside id/idempotencyKey');
let serial = 0;
/** A ticket with a fresh id in the widget's format, unique across runs on one database (TD-RUN-XXXX-XXXX). */
function nextTicket() {
  serial += 1;
  const n = String(serial).padStart(8, '0');
  const id = `TD-${RUN}-${n.slice(0, 4)}-${n.slice(4)}`;
  return { key: `topup-doctor:${id}`, body: template.replaceAll(TEMPLATE_ID, id) };
}

// ---- the server process ----
const clk = 100; // USER_HZ on Linux
function cpuMs(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / clk;
  } catch {
    return Number.NaN;
  }
}
function rssMb(pid) {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : Number.NaN;
  } catch {
    return Number.NaN;
  }
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Idle and total jiffies per core (/proc/stat cpuN lines). */
function coreTimes() {
  const cores = new Map();
  for (const line of readFileSync('/proc/stat', 'utf8').split('\n')) {
    const m = /^cpu(\d+) (.*)$/.exec(line);
    if (!m) continue;
    const t = m[2].trim().split(/\s+/).map(Number);
    cores.set(Number(m[1]), { idle: t[3] + t[4], total: t.reduce((a, b) => a + b, 0) });
  }
  return cores;
}
/** The server's core and the load's: the idlest core over a second goes to the server, the next to this
 *  process (with all its threads), so the two do not share one; undefined without taskset or one core. */
async function pickCores() {
  if (availableParallelism() < 2 || spawnSync('taskset', ['-c', '0', 'true']).status !== 0) return undefined;
  const a = coreTimes();
  await sleep(1000);
  const b = coreTimes();
  const idle = [...b]
    .map(([core, t]) => {
      const before = a.get(core) ?? t;
      return { core, share: (t.idle - before.idle) / Math.max(1, t.total - before.total) };
    })
    .sort((x, y) => y.share - x.share);
  const [server, client] = idle;
  if (!server || !client) return undefined;
  const pinned = spawnSync('taskset', ['-a', '-p', '-c', String(client.core), String(process.pid)]);
  if (pinned.status !== 0) return undefined;
  return { server: server.core, client: client.core, serverIdle: server.share };
}
const cores = await pickCores();

// `pnpm intake` runs scripts/from-sources.mjs (package.json "start"); the published bin runs dist/.
const CLI = opts.dist ? ['bin/topup-doctor-intake.js'] : ['scripts/from-sources.mjs'];
const childEnv = (env) => ({
  ...process.env,
  // Node options for the server alone, to try a setting (say --max-semi-space-size=8) without touching this process.
  ...(process.env.BENCH_SERVER_NODE_OPTIONS ? { NODE_OPTIONS: process.env.BENCH_SERVER_NODE_OPTIONS } : {}),
  ...env,
  PORT: '0',
  HOST: '127.0.0.1',
  // One client address posts everything here: lift the per-client allowance for the measurement.
  TICKETS_PER_WINDOW: '1000000000',
  FORWARD_CHANNELS: '',
  FORWARD_CHANNELS_FILE: '',
});

/** The database as an operator has it when the intake serves: created and migrated by an earlier command
 *  (`create-admin` / `migrate`), so the idle figure is the serving process's, not initdb's. */
function migrateFirst(env) {
  const r = spawnSync(process.execPath, [...CLI, 'migrate'], {
    cwd: PKG,
    env: childEnv(env),
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`migrate failed:\n${r.stdout}${r.stderr}`);
}

async function startIntake(env) {
  const prof = opts.profile ? ['--cpu-prof', '--cpu-prof-dir', resolve(opts.profile)] : [];
  const node = [process.execPath, ...prof, ...CLI, 'serve'];
  const [cmd, ...args] = cores ? ['taskset', '-c', String(cores.server), ...node] : node;
  const child = spawn(cmd, args, {
    cwd: PKG,
    env: childEnv(env),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stderr.on('data', (d) => {
    if (process.env.BENCH_DEBUG) process.stderr.write(d);
    err += d;
  });
  const origin = await new Promise((done, fail) => {
    child.stdout.on('data', (d) => {
      out += d;
      const m = /intake: (http:\/\/[^/\s]+)\/inbox/.exec(out);
      if (m) done(m[1]);
    });
    child.once('exit', (code) => fail(new Error(`intake exited (${code}) before listening:\n${out}${err}`)));
  });
  return {
    origin,
    pid: child.pid, // taskset execs node in place: the same pid
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await Promise.race([exited, sleep(5000)]);
      if (child.exitCode === null) child.kill('SIGKILL');
    },
  };
}

// ---- the load: N keep-alive connections, each posting the next ticket as soon as the last answered ----
function post(agent, url, ticket) {
  return new Promise((done) => {
    const started = process.hrtime.bigint();
    const req = http.request(
      url,
      {
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          'idempotency-key': ticket.key,
          'content-length': Buffer.byteLength(ticket.body),
        },
      },
      (res) => {
        res.resume();
        res.on('end', () =>
          done({ status: res.statusCode, ms: Number(process.hrtime.bigint() - started) / 1e6 }),
        );
      },
    );
    req.on('error', () => done({ status: 0, ms: Number(process.hrtime.bigint() - started) / 1e6 }));
    req.end(ticket.body);
  });
}

async function drive(origin, ms, record) {
  const url = `${origin}/api/tickets`;
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const end = Date.now() + ms;
  const statuses = new Map();
  const latencies = [];
  // Tickets are made ahead, so building them costs the client, not the measured window.
  const pool = Array.from({ length: 256 }, nextTicket);
  let next = 0;
  const take = () => {
    const t = pool[next];
    pool[next] = nextTicket();
    next = (next + 1) % pool.length;
    return t;
  };
  const worker = async () => {
    while (Date.now() < end) {
      const r = await post(agent, url, take());
      statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
      if (record) latencies.push(r.ms);
    }
  };
  const t0 = process.hrtime.bigint();
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const elapsed = Number(process.hrtime.bigint() - t0) / 1e9;
  agent.destroy();
  return { statuses, latencies, elapsed };
}

const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** One round of load: tickets/s, latency, the server's CPU per ticket and the share of its core it had. */
/**
 * PostgreSQL's own CPU for the intake's queries: its backends serving this database, read from /proc (a
 * server on this machine; undefined otherwise). PGlite's runs inside the intake's process, on its one core;
 * PostgreSQL's runs in these processes, on whatever core is free: the intake's figures leave it out.
 */
async function databaseCpu(url) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const own = (await client.query('select pg_backend_pid() as pid')).rows[0].pid;
  return {
    /** CPU ms so far of each backend of the database now. */
    async sample() {
      const { rows } = await client.query(
        'select pid from pg_stat_activity where datname = current_database() and pid <> $1',
        [own],
      );
      return new Map(rows.map((r) => [r.pid, cpuMs(r.pid)]));
    },
    close: () => client.end(),
  };
}
const dbCpuBetween = (before, after) => {
  let ms = 0;
  // A backend started during the round counts from zero; one gone before its end is not counted.
  for (const [pid, cpu] of after) ms += cpu - (before.get(pid) ?? 0);
  return ms;
};

async function round(intake, db) {
  const db0 = await db?.sample();
  const core0 = cores ? coreTimes().get(cores.server) : undefined;
  const cpu0 = cpuMs(intake.pid);
  const run = await drive(intake.origin, DURATION_MS, true);
  const cpu1 = cpuMs(intake.pid);
  const core1 = cores ? coreTimes().get(cores.server) : undefined;
  // What other processes ran on the server's core meanwhile: its busy time less the server's (jiffies: 10 ms).
  const othersMs =
    core0 && core1
      ? ((core1.total - core1.idle - (core0.total - core0.idle)) * 1000) / clk - (cpu1 - cpu0)
      : Number.NaN;
  const db1 = await db?.sample();
  const dbMs = db0 && db1 ? dbCpuBetween(db0, db1) : Number.NaN;
  const created = run.statuses.get(201) ?? 0;
  const sorted = run.latencies.sort((a, b) => a - b);
  return {
    ticketsPerSecond: Math.round(created / run.elapsed),
    p50Ms: Number(pct(sorted, 50).toFixed(1)),
    p99Ms: Number(pct(sorted, 99).toFixed(1)),
    cpuMsPerTicket: Number(((cpu1 - cpu0) / Math.max(1, created)).toFixed(3)),
    coreShare: Number(((cpu1 - cpu0) / (run.elapsed * 1000)).toFixed(2)),
    othersShare: Number.isFinite(othersMs)
      ? Number(Math.max(0, othersMs / (run.elapsed * 1000)).toFixed(2))
      : undefined,
    ...(Number.isFinite(dbMs) ? { dbCpuMsPerTicket: Number((dbMs / Math.max(1, created)).toFixed(3)) } : {}),
    refused: Object.fromEntries([...run.statuses].filter(([s]) => s !== 201)),
  };
}

async function measure(label, env, cleanup) {
  migrateFirst(env);
  const loadBefore = load();
  const intake = await startIntake(env);
  try {
    await sleep(2000);
    const idle = rssMb(intake.pid);
    await drive(intake.origin, WARMUP_MS, false);
    const rounds = [];
    const db = env.DATABASE_URL ? await databaseCpu(env.DATABASE_URL).catch(() => undefined) : undefined;
    for (let i = 0; i < ROUNDS; i++) rounds.push(await round(intake, db));
    await db?.close();
    // The median round by tickets/s, whole: its latency and CPU figures belong to the same seconds.
    const mid = [...rounds].sort((a, b) => a.ticketsPerSecond - b.ticketsPerSecond)[Math.floor(ROUNDS / 2)];
    await sleep(2000);
    const after = rssMb(intake.pid);
    // Once idle again: V8 shrinks its heap only after a while without allocation (its memory reducer), and
    // PGlite's WASM memory never shrinks; watch it for SETTLE_MS at most (until it is back within 10% of
    // the idle figure) and keep the last figure and when it was read.
    let settled = after;
    let waited = 0;
    while (waited < SETTLE_MS && settled > idle * 1.1) {
      await sleep(1000);
      waited += 1000;
      settled = rssMb(intake.pid);
    }
    const result = {
      store: label,
      concurrency: CONCURRENCY,
      pinned: cores ? { server: cores.server, load: cores.client } : false,
      ...mid,
      rounds,
      rssIdleMb: Math.round(idle),
      rssAfterMb: Math.round(after),
      rssSettledMb: Math.round(settled),
      settleSeconds: waited / 1000,
      loadBefore,
      loadAfter: load(),
    };
    const refused = rounds.flatMap((r) => Object.entries(r.refused));
    if (refused.length) console.error(`${label}: non-201 answers ${JSON.stringify(refused)}`);
    result.missed = [...misses(result), ...(refused.length ? ['refused tickets'] : [])];
    return result;
  } finally {
    await intake.stop();
    await cleanup?.();
  }
}

/** A fresh database in the given server (dropped afterwards), so every run starts from the same schema. */
async function freshPostgres(url) {
  const name = `td_bench_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const u = new URL(url);
  u.pathname = `/${name}`;
  return {
    url: u.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

const results = [];
const which = opts.store;
if (which === 'pglite' || which === 'both') {
  const dir = mkdtempSync(join(tmpdir(), 'td-bench-pglite-'));
  results.push(
    await measure('pglite', { DATA_DIR: dir, DATABASE_URL: '' }, () =>
      rmSync(dir, { recursive: true, force: true }),
    ),
  );
}
if (which === 'postgres' || which === 'both') {
  // BENCH_DATABASE_URL names a server to measure; else the tests' PostgreSQL: TEST_DATABASE_URL, or a
  // throwaway cluster from the installed binaries, stopped afterwards (src/testing/postgres.ts).
  const given = process.env.BENCH_DATABASE_URL;
  const db = given ? await freshPostgres(given) : await createTestDatabase();
  results.push(await measure('postgres', { DATABASE_URL: db.url }, () => db.drop()));
}

if (opts.json) console.log(JSON.stringify(results));
else {
  console.log(
    `intake throughput (${opts.dist ? 'built package, bin/topup-doctor-intake.js' : 'sources, as `pnpm intake` starts'}): ` +
      `${CONCURRENCY} concurrent, ${ROUNDS} x ${DURATION_MS / 1000} s after ${WARMUP_MS / 1000} s warm-up, ` +
      (cores
        ? `server on core ${cores.server} (${Math.round(cores.serverIdle * 100)}% idle before), load on core ${cores.client}`
        : 'not pinned (no taskset or one core)'),
  );
  for (const r of results) {
    const range = (key) => {
      const xs = r.rounds.map((x) => x[key]);
      return `${Math.min(...xs)}-${Math.max(...xs)}`;
    };
    console.log(
      `  ${r.store.padEnd(9)} ${String(r.ticketsPerSecond).padStart(5)} tickets/s  p50 ${r.p50Ms} ms  p99 ${r.p99Ms} ms  ` +
        `CPU ${r.cpuMsPerTicket} ms/ticket  RSS idle ${r.rssIdleMb} MB, after ${r.rssAfterMb} MB, ` +
        `${r.rssSettledMb} MB after ${r.settleSeconds} s idle  ${r.missed.length ? `BELOW TARGET (${r.missed.join(', ')})` : 'ok'}`,
    );
    console.log(
      `            rounds: ${range('ticketsPerSecond')} tickets/s, p99 ${range('p99Ms')} ms; ` +
        `the server used ${Math.round(median(r.rounds.map((x) => x.coreShare)) * 100)}% of its core` +
        (r.othersShare !== undefined ? ` and other processes ${Math.round(r.othersShare * 100)}% ` : ' ') +
        `(${Math.round(1000 / r.cpuMsPerTicket)} tickets/s at its CPU per ticket)` +
        (r.dbCpuMsPerTicket !== undefined
          ? `; PostgreSQL's own processes ${r.dbCpuMsPerTicket} ms CPU/ticket more, outside that core`
          : '') +
        `; load average ${r.loadBefore} -> ${r.loadAfter}`,
    );
  }
  for (const line of PREVIOUS) console.log(`  ${line}`);
  console.log(
    `  targets: >= ${TARGET.rate} tickets/s, p99 < ${TARGET.p99} ms, idle RSS < ${TARGET.idleRssMb} MB (median round)`,
  );
  if (results.some((r) => (r.othersShare ?? 0) > 0.1))
    console.log(
      "  other processes took over 10% of the server's core: tickets/s and latency understate the intake",
    );
  if (results.some((r) => r.dbCpuMsPerTicket !== undefined))
    console.log(
      "  PostgreSQL's processes are not pinned: they share the load generator's core (a 2-core machine)",
    );
  // For `pnpm bench` (scripts/bench.mjs): one line per figure.
  for (const r of results) {
    const figure = (name, value, unit) => console.log(`BENCH\tintake ${r.store}: ${name}\t${value}\t${unit}`);
    figure('tickets/s', r.ticketsPerSecond, 'tickets/s');
    figure('p50', r.p50Ms, 'ms');
    figure('p99', r.p99Ms, 'ms');
    figure('CPU per ticket', r.cpuMsPerTicket, 'ms');
    figure('RSS idle', r.rssIdleMb, 'MB');
    figure('RSS right after load', r.rssAfterMb, 'MB');
    figure('RSS idle again after load', r.rssSettledMb, 'MB');
  }
}
// A missed goal is the benchmark's exit code (scripts/bench.mjs lists it).
if (results.some((r) => r.missed.length)) process.exitCode = 1;
