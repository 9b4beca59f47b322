// Queue throughput and exactly-once claiming, measured: N accepted tickets, K forwarders on one database
// (PostgreSQL: K pools, as K intake instances; PGlite: K workers sharing the one process), a local signed
// webhook receiver that counts deliveries by id. Prints deliveries per second and any duplicate.
//   pnpm --filter ./sdk/intake run bench:forward   (TEST_DATABASE_URL for PostgreSQL; a throwaway cluster otherwise)
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Store } from '../store/types.js';
import { ticketFixture } from '../testing/fixture.js';
import { testStore } from '../testing/index.js';
import { parseChannels } from './config.js';
import { enqueue } from './queue.js';
import { createForwarder } from './worker.js';

const N = Number(process.env.BENCH_TICKETS ?? 500);
const K = Number(process.env.BENCH_WORKERS ?? 3);
const SECRET = 'bench-secret-0123456789abcdef0123456789';

async function run(kind: 'pglite' | 'postgres') {
  const seen = new Map<string, number>();
  const server = createServer((req, res) => {
    const id = String(req.headers['x-topupdoctor-delivery']);
    seen.set(id, (seen.get(id) ?? 0) + 1);
    req.resume();
    req.on('end', () => res.end('ok'));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  const ts = await testStore(kind);
  const stores: Store[] = [await ts.open()];
  for (let i = 1; i < K && kind === 'postgres'; i++) stores.push(await ts.open());
  const db = stores[0]!;
  try {
    const config = {
      channels: parseChannels([{ type: 'webhook', url, secret: SECRET }]),
      ticketUrl: 'https://support.example.com/inbox/tickets/{id}',
      locale: 'zh-CN' as const,
      maxAttempts: 3,
    };
    for (let i = 0; i < N; i++) {
      const t = ticketFixture(i);
      await db.query(
        `insert into tickets (id, idempotency_key, received_at, updated_at, schema_version, problem, console_kind, locale, body)
         values ($1, $2, 0, 0, 1, $3, $4, $5, $6)`,
        [t.id, t.idempotencyKey, t.problem, t.console.kind, t.locale, JSON.stringify(t)],
      );
      await enqueue(db, t.id, ['webhook'], Date.now());
    }
    const workers = Array.from({ length: K }, (_, i) =>
      createForwarder({ db: stores[i % stores.length]!, config, batch: 20 }),
    );
    const started = performance.now();
    let sent = 0;
    while (sent < N) {
      const counts = await Promise.all(workers.map((w) => w.runOnce()));
      const round = counts.reduce((n, c) => n + c.sent, 0);
      if (round === 0) break;
      sent += round;
    }
    const ms = performance.now() - started;
    const duplicates = [...seen.values()].filter((n) => n > 1).length;
    console.log(
      `${kind.padEnd(8)} ${N} deliveries, ${K} workers${kind === 'postgres' ? ` on ${stores.length} pools` : ' in one process'}: ` +
        `${sent} sent in ${(ms / 1000).toFixed(2)} s = ${Math.round((sent / ms) * 1000)}/s; received ${seen.size} distinct, ${duplicates} duplicates`,
    );
    if (sent !== N || seen.size !== N || duplicates > 0) process.exitCode = 1;
  } finally {
    for (const s of stores) await s.close();
    await ts.destroy();
    server.close();
  }
}

await run('pglite');
await run('postgres');
