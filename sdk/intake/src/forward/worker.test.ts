// The queue and the forwarder on both stores (PGlite and PostgreSQL), against the vendor fakes on a controlled
// clock. On PostgreSQL, two instances (two pools) share the queue and each delivery goes out once.
import type { Ticket } from '@topup-doctor/sdk/core';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Sql, Store } from '../store/types.js';
import { ticketFixture } from '../testing/fixture.js';
import { STORE_KINDS, type TestStore, testStore } from '../testing/index.js';
import type { Channel, SendResult } from './channels/types.js';
import { type ForwardConfig, parseChannels } from './config.js';
import { type FakeVendors, startFakeVendors } from './fakes/vendors.js';
import { claim, deliveriesOf, enqueue, markSent, queueStats, retryDead } from './queue.js';
import { backoffMs, createForwarder } from './worker.js';

// Real sockets and databases on a shared CI machine: give each test room, the assertions stay exact.
vi.setConfig({ testTimeout: 30_000 });

const WH_SECRET = 'whsec_test_0123456789abcdef0123456789';
let clock = Date.parse('2026-12-01T10:00:00Z');
const now = () => clock;
const sleep = async (ms: number) => {
  clock += ms; // pacing advances the fake clock instead of waiting
};
let fake: FakeVendors;

beforeAll(async () => {
  fake = await startFakeVendors({
    now,
    dingtalk: { token: 'dt-token', secret: 'SECdt' },
    slack: { path: '/services/T0/B0/XXXX' },
    webhook: { path: '/hooks/tickets', secret: WH_SECRET },
  });
});
afterAll(() => fake.close());

function config(channels: unknown[], maxAttempts = 5): ForwardConfig {
  return {
    channels: parseChannels(channels),
    ticketUrl: 'https://support.example.com/inbox/tickets/{id}',
    locale: 'zh-CN',
    maxAttempts,
  };
}
const slack = () => ({ type: 'slack', url: `${fake.base}/services/T0/B0/XXXX` });
const webhook = () => ({ type: 'webhook', url: `${fake.base}/hooks/tickets`, secret: WH_SECRET });
const dingtalk = () => ({
  type: 'dingtalk',
  url: `${fake.base}/robot/send?access_token=dt-token`,
  secret: 'SECdt',
});

describe.each(STORE_KINDS)('forwarding on %s', (kind) => {
  let ts: TestStore;
  let db: Store;
  const logs: string[] = [];

  beforeAll(async () => {
    ts = await testStore(kind);
    db = await ts.open();
  }, 90_000); // PGlite boots a WASM Postgres; PostgreSQL may start a throwaway cluster
  afterAll(async () => {
    await db?.close();
    await ts?.destroy();
  });
  beforeEach(async () => {
    await db.exec('delete from forward_deliveries; delete from tickets');
    clock += 60 * 60_000;
    fake.reset();
    logs.length = 0;
  });

  /** Stores an accepted ticket as the intake does (the columns of migration 1) and returns its id. */
  async function accept(n: number, sql: Sql = db): Promise<string> {
    const t: Ticket = ticketFixture(n);
    await sql.query(
      `insert into tickets (id, idempotency_key, received_at, updated_at, schema_version, problem, reason,
         console_kind, console_origin, username, locale, body)
       values ($1, $2, $3, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [
        t.id,
        t.idempotencyKey,
        now(),
        t.schemaVersion,
        t.problem,
        t.reason ?? null,
        t.console.kind,
        t.console.origin ?? null,
        null,
        t.locale,
        JSON.stringify(t),
      ],
    );
    return t.id;
  }

  describe('delivery queue', () => {
    it('queues a ticket once per channel, however often it is accepted again', async () => {
      const id = await accept(1);
      expect(await enqueue(db, id, ['slack', 'webhook'], now())).toBe(2);
      expect(await enqueue(db, id, ['slack', 'webhook'], now())).toBe(0);
      expect((await deliveriesOf(db, id)).map((d) => [d.channel, d.status, d.attempts])).toEqual([
        ['slack', 'pending', 0],
        ['webhook', 'pending', 0],
      ]);
    });

    it('claims a due row once; a lease that ran out is claimed again, and the stale claim cannot complete', async () => {
      await enqueue(db, await accept(2), ['slack'], now());
      const opts = { now: now(), limit: 10, leaseMs: 60_000, channels: ['slack'] };
      const [first] = await claim(db, opts);
      expect(first).toMatchObject({ status: 'sending', attempts: 1 });
      expect(await claim(db, opts)).toEqual([]);
      const [second] = await claim(db, { ...opts, now: now() + 60_000 });
      expect(second).toMatchObject({ attempts: 2 });
      expect(await markSent(db, first!, now())).toBe(false); // the worker that lost its lease
      expect(await markSent(db, second!, now())).toBe(true);
      expect(await claim(db, { ...opts, now: now() + 10 * 60_000 })).toEqual([]);
    });

    it('claims only the channels this instance has configured', async () => {
      await enqueue(db, await accept(3), ['slack', 'feishu'], now());
      const rows = await claim(db, { now: now(), limit: 10, leaseMs: 60_000, channels: ['slack'] });
      expect(rows.map((r) => r.channel)).toEqual(['slack']);
    });
  });

  describe('forwarder', () => {
    it('delivers an accepted ticket to every channel and records it', async () => {
      const f = createForwarder({
        db,
        config: config([slack(), webhook(), dingtalk()]),
        now,
        sleep,
        log: (l) => logs.push(l),
      });
      const id = await accept(1);
      await f.enqueue(id);
      expect(await f.runOnce()).toEqual({ sent: 3, retried: 0, dead: 0, released: 0 });
      expect(fake.received.map((r) => r.vendor).sort()).toEqual(['dingtalk', 'slack', 'webhook']);
      expect((await deliveriesOf(db, id)).every((d) => d.status === 'sent' && d.sentAt !== null)).toBe(true);
      expect(logs).toContain(`forward: sent ${id} → slack (attempt 1)`);
      expect(await f.runOnce()).toEqual({ sent: 0, retried: 0, dead: 0, released: 0 });
    });

    it('retries an outage with growing backoff, keeps the delivery id, and the receiver processes it once', async () => {
      const f = createForwarder({ db, config: config([webhook()]), now, sleep, random: () => 1 });
      const id = await accept(2);
      await f.enqueue(id);
      fake.force('webhook', { status: 503, body: 'down' }, 'drop', { status: 502, body: 'bad gateway' });
      const waits: number[] = [];
      for (let i = 0; i < 3; i++) {
        expect(await f.runOnce()).toMatchObject({ retried: 1 });
        const [row] = await deliveriesOf(db, id);
        waits.push(row!.nextAttemptAt - now());
        expect(await f.runOnce()).toMatchObject({ retried: 0, sent: 0 }); // not due yet
        clock = row!.nextAttemptAt;
      }
      expect(waits).toEqual([30_000, 60_000, 120_000]);
      expect(await f.runOnce()).toMatchObject({ sent: 1 });
      const [row] = await deliveriesOf(db, id);
      expect(row).toMatchObject({ status: 'sent', attempts: 4, lastError: null });
      expect(fake.received).toHaveLength(1);
      expect(fake.received[0]!.headers['x-topupdoctor-delivery']).toBe(`${id}:webhook`);
    });

    it('gives up after the configured attempts and a final answer at once; an admin can retry', async () => {
      const f = createForwarder({ db, config: config([slack(), webhook()], 2), now, sleep });
      const id = await accept(3);
      await f.enqueue(id);
      fake.force('webhook', { status: 500, body: 'oops' }, { status: 500, body: 'oops' });
      fake.force('slack', { status: 404, body: 'no_service', headers: { 'content-type': 'text/plain' } });
      await f.runOnce();
      clock += 60 * 60_000;
      await f.runOnce();
      const rows = await deliveriesOf(db, id);
      expect(rows.map((r) => [r.channel, r.status, r.attempts, r.lastError])).toEqual([
        ['slack', 'dead', 1, 'HTTP 404 no_service'],
        ['webhook', 'dead', 2, 'HTTP 500 oops'],
      ]);
      expect(await queueStats(db, now())).toMatchObject({ dead: 2, pending: 0 });
      expect(await retryDead(db, rows[1]!.id, now())).toBe(true);
      expect(await f.runOnce()).toMatchObject({ sent: 1 });
    });

    it('a rate limit pauses the whole channel (all its pending deliveries) until the vendor says', async () => {
      const f = createForwarder({ db, config: config([slack()]), now, sleep, batch: 10 });
      const ids: string[] = [];
      for (const n of [10, 11, 12, 13, 14, 15]) ids.push(await accept(n));
      for (const id of ids) await f.enqueue(id);
      fake.force('slack', { status: 429, body: 'rate_limited', headers: { 'retry-after': '30' } });
      const first = await f.runOnce();
      expect(first).toEqual({ sent: 0, retried: 1, dead: 0, released: 5 });
      const rows = await Promise.all(ids.map((id) => deliveriesOf(db, id)));
      expect(new Set(rows.map(([r]) => r!.nextAttemptAt))).toEqual(new Set([now() + 30_000]));
      expect(rows.map(([r]) => r!.attempts)).toEqual([1, 0, 0, 0, 0, 0]); // released rows keep their attempts
      clock += 30_000;
      const second = await f.runOnce();
      expect(second.sent + second.retried).toBe(6);
    });

    it('spaces sends to one channel by the vendor limit (DingTalk 20/min: 3 s apart), never tripping it', async () => {
      const f = createForwarder({ db, config: config([dingtalk()]), now, sleep, batch: 25 });
      for (let i = 0; i < 25; i++) await f.enqueue(await accept(100 + i));
      const start = now();
      const c = await f.runOnce();
      expect(c).toEqual({ sent: 25, retried: 0, dead: 0, released: 0 });
      expect(now() - start).toBeGreaterThanOrEqual(24 * 3_000);
    });

    it('never stores or logs a secret from a vendor error, and gives up on a ticket that is gone', async () => {
      const leaky: Channel = {
        name: 'slack',
        type: 'slack',
        minIntervalMs: 0,
        send: async (): Promise<SendResult> => ({
          ok: false,
          retry: false,
          error: `echo ${fake.base}/services/T0/B0/XXXX`,
        }),
      };
      const f = createForwarder({
        db,
        config: config([slack()]),
        now,
        sleep,
        channels: [leaky],
        log: (l) => logs.push(l),
      });
      const id = await accept(20);
      await f.enqueue(id);
      await f.runOnce();
      const [row] = await deliveriesOf(db, id);
      expect(row!.lastError).not.toContain('XXXX');
      expect(row!.lastError).toContain('***');
      expect(logs.join('\n')).not.toContain('XXXX');
    });

    it('gives up on a ticket that cannot be read, and a deleted ticket takes its deliveries with it', async () => {
      const id = await accept(21);
      const f = createForwarder({
        db,
        config: config([slack()]),
        now,
        sleep,
        loadTicket: async () => undefined,
      });
      await f.enqueue(id);
      await f.runOnce();
      expect((await deliveriesOf(db, id))[0]).toMatchObject({
        status: 'dead',
        lastError: 'the ticket no longer exists',
      });
      await db.query('delete from tickets where id = $1', [id]);
      expect(await deliveriesOf(db, id)).toEqual([]);
    });

    it('a body it cannot word, or a delivery whose attempts never finished, is given up without stopping the rest', async () => {
      const bad = await accept(23);
      const good = await accept(24);
      const f = createForwarder({
        db,
        config: config([webhook()], 3),
        now,
        sleep,
        loadTicket: async (id) => (id === bad ? ({ id } as unknown as Ticket) : ticketFixture(24)),
      });
      await f.enqueue(bad);
      await f.enqueue(good);
      expect(await f.runOnce()).toMatchObject({ sent: 1, dead: 1 });
      expect((await deliveriesOf(db, bad))[0]).toMatchObject({
        status: 'dead',
        lastError: 'cannot word the ticket: TypeError',
      });

      const crashed = await accept(25);
      await f.enqueue(crashed);
      for (let i = 0; i < 3; i++) {
        await claim(db, { now: now(), limit: 10, leaseMs: 1_000, channels: ['webhook'] }); // a worker that dies
        clock += 1_000;
      }
      expect(await f.runOnce()).toMatchObject({ sent: 0, dead: 1 });
      expect((await deliveriesOf(db, crashed))[0]).toMatchObject({
        status: 'dead',
        attempts: 4,
        lastError: 'gave up: earlier attempts never finished',
      });
    });

    it('queues in the transaction that accepts the ticket: a rollback queues nothing', async () => {
      const f = createForwarder({ db, config: config([slack()]), now, sleep });
      await expect(
        db.transaction(async (tx) => {
          await f.enqueue(await accept(22, tx), tx);
          throw new Error('rejected after all');
        }),
      ).rejects.toThrow('rejected after all');
      expect(await queueStats(db, now())).toMatchObject({ pending: 0 });
    });

    it('runs in the background once started and stops cleanly', async () => {
      const f = createForwarder({ db, config: config([webhook()]), now, sleep });
      f.start(50);
      await f.enqueue(await accept(30));
      f.kick();
      for (let i = 0; i < 750 && fake.received.length === 0; i++) await new Promise((r) => setTimeout(r, 20)); // up to 15 s on a busy machine
      await f.stop();
      expect(fake.received).toHaveLength(1);
    }, 30_000);

    it('several instances on one queue deliver each ticket once (FOR UPDATE SKIP LOCKED)', async () => {
      // PostgreSQL: a second instance is a second pool on the same database. PGlite allows one process per
      // data directory, so its "instances" share the one connection (claims still never overlap).
      const second = kind === 'postgres' ? await ts.open() : db;
      try {
        const ids: string[] = [];
        for (let i = 0; i < 40; i++) ids.push(await accept(200 + i));
        const a = createForwarder({ db, config: config([webhook()]), now, sleep, batch: 5 });
        for (const id of ids) await a.enqueue(id);
        const b = createForwarder({ db: second, config: config([webhook()]), now, sleep, batch: 5 });
        const c = createForwarder({ db: second, config: config([webhook()]), now, sleep, batch: 5 });
        let sent = 0;
        for (let round = 0; round < 10 && sent < 40; round++) {
          const counts = await Promise.all([a.runOnce(), b.runOnce(), c.runOnce()]);
          sent += counts.reduce((n, x) => n + x.sent, 0);
        }
        expect(sent).toBe(40);
        const ids2 = fake.received.map((r) => r.headers['x-topupdoctor-delivery']);
        expect(ids2).toHaveLength(40);
        expect(new Set(ids2).size).toBe(40);
        expect(await queueStats(db, now())).toMatchObject({ sent: 40, pending: 0, sending: 0 });
      } finally {
        if (second !== db) await second.close();
      }
    });
  });
});

describe('backoff', () => {
  it('doubles from 30 s to a one-hour cap, half of it jittered', () => {
    expect([1, 2, 3, 8, 20].map((a) => backoffMs(a, () => 1))).toEqual([
      30_000, 60_000, 120_000, 3_600_000, 3_600_000,
    ]);
    expect(backoffMs(1, () => 0)).toBe(15_000);
  });
});
