// The forwarder: claims due deliveries, sends each through its channel and records the outcome. Channels run
// side by side; one channel's deliveries go one at a time, spaced by the vendor's documented limit. When a
// vendor says "too many" the whole channel is paused in the database, so every instance holds off.
import type { Ticket } from '@topup-doctor/sdk/core';
import type { Sql } from '../store/types.js';
import { type Channel, createChannel } from './channels/index.js';
import type { SendResult } from './channels/types.js';
import { channelsFor, type ForwardConfig, secretsOf } from './config.js';
import { buildMessage, type ForwardMessage } from './message.js';
import {
  claim,
  type DeliveryRow,
  enqueue,
  markDead,
  markRetry,
  markSent,
  pauseChannel,
  release,
} from './queue.js';

export interface ForwarderOptions {
  db: Sql;
  config: ForwardConfig;
  /** The accepted ticket by id; by default its stored body in the `tickets` table. */
  loadTicket?: (id: string) => Promise<Ticket | undefined>;
  now?: () => number;
  random?: () => number;
  sleep?: (ms: number) => Promise<void>;
  fetch?: typeof fetch;
  /** Per request (HTTP) or per SMTP stage; 10 s by default. */
  timeoutMs?: number;
  /** One line per outcome; never holds a URL, token or secret. */
  log?: (line: string) => void;
  /** Rows claimed per run (default 10) and how long a claim is held (default 5 minutes). */
  batch?: number;
  leaseMs?: number;
  /** Replaces the channels built from the config (tests). */
  channels?: Channel[];
}

export interface RunCounts {
  sent: number;
  retried: number;
  dead: number;
  released: number;
}

const BASE_MS = 30_000;
const CAP_MS = 60 * 60_000;

/** Exponential backoff with jitter: about 30 s, 1 min, 2 min ... capped at one hour; half of it is random. */
export function backoffMs(attempt: number, random: () => number): number {
  const full = Math.min(CAP_MS, BASE_MS * 2 ** Math.max(0, attempt - 1));
  return Math.round(full / 2 + (full / 2) * random());
}

export function createForwarder(opts: ForwarderOptions) {
  const now = opts.now ?? Date.now;
  const loadTicket =
    opts.loadTicket ??
    (async (id: string) =>
      (await opts.db.query<{ body: Ticket }>('select body from tickets where id = $1', [id])).rows[0]?.body);
  const random = opts.random ?? Math.random;
  const sleep = opts.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const log = opts.log ?? (() => {});
  const deps = { fetch: opts.fetch ?? fetch, now, timeoutMs: opts.timeoutMs ?? 10_000 };
  const channels = opts.channels ?? opts.config.channels.map((c) => createChannel(c, deps));
  const byName = new Map(channels.map((c) => [c.name, c]));
  const secrets = new Map(opts.config.channels.map((c) => [c.name, secretsOf(c)]));
  const lastSend = new Map<string, number>();
  const batch = opts.batch ?? 10;
  const leaseMs = opts.leaseMs ?? 5 * 60_000;

  const scrub = (channel: string, text: string): string => {
    let out = text;
    for (const s of secrets.get(channel) ?? []) out = out.split(s).join('***');
    return out;
  };

  async function deliver(ch: Channel, row: DeliveryRow): Promise<SendResult> {
    let ticket: Ticket | undefined;
    let message: ForwardMessage;
    try {
      ticket = await loadTicket(row.ticketId);
      if (!ticket) return { ok: false, retry: false, error: 'the ticket no longer exists' };
      message = buildMessage(ticket, { locale: opts.config.locale, ticketUrl: opts.config.ticketUrl });
    } catch (e) {
      // A stored body this version cannot word: retrying will not change it, and it must not stop the queue.
      return { ok: false, retry: false, error: `cannot word the ticket: ${(e as Error).name}` };
    }
    const wait = (lastSend.get(ch.name) ?? 0) + ch.minIntervalMs - now();
    if (wait > 0) await sleep(wait);
    lastSend.set(ch.name, now());
    try {
      return await ch.send({
        deliveryId: `${row.ticketId}:${row.channel}`,
        attempt: row.attempts,
        ticket,
        message,
      });
    } catch (e) {
      // A channel bug, not a vendor answer: keep the row and try later rather than lose the ticket.
      return { ok: false, retry: true, error: `internal: ${(e as Error).name}` };
    }
  }

  async function runChannel(ch: Channel, rows: DeliveryRow[], counts: RunCounts): Promise<void> {
    let pausedUntil = 0;
    for (const row of rows) {
      if (row.attempts > opts.config.maxAttempts) {
        // Claimed again after every lease ran out (a worker died mid-send each time): stop here.
        await markDead(opts.db, row, 'gave up: earlier attempts never finished', now());
        counts.dead++;
        continue;
      }
      if (pausedUntil > now()) {
        await release(opts.db, row, pausedUntil, now());
        counts.released++;
        continue;
      }
      const r = await deliver(ch, row);
      const where = `${row.ticketId} → ${ch.name} (attempt ${row.attempts})`;
      if (r.ok) {
        await markSent(opts.db, row, now());
        counts.sent++;
        log(`forward: sent ${where}`);
        continue;
      }
      const error = scrub(ch.name, r.error);
      if (r.retry && row.attempts < opts.config.maxAttempts) {
        const delay =
          r.retryAfterMs !== undefined ? Math.min(CAP_MS, r.retryAfterMs) : backoffMs(row.attempts, random);
        const at = now() + delay;
        await markRetry(opts.db, row, at, error, now());
        if (r.rateLimited) {
          pausedUntil = at;
          await pauseChannel(opts.db, ch.name, at, now());
        }
        counts.retried++;
        log(`forward: retry ${where} in ${Math.ceil(delay / 1000)} s: ${error}`);
      } else {
        await markDead(opts.db, row, error, now());
        counts.dead++;
        log(`forward: gave up ${where}: ${error}`);
      }
    }
  }

  /** One pass: claim what is due, deliver it, record the outcomes. */
  async function runOnce(): Promise<RunCounts> {
    const counts: RunCounts = { sent: 0, retried: 0, dead: 0, released: 0 };
    const rows = await claim(opts.db, { now: now(), limit: batch, leaseMs, channels: [...byName.keys()] });
    const groups = new Map<string, DeliveryRow[]>();
    for (const row of rows) groups.set(row.channel, [...(groups.get(row.channel) ?? []), row]);
    await Promise.all([...groups].map(([name, list]) => runChannel(byName.get(name)!, list, counts)));
    return counts;
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<unknown> | undefined;
  let stopped = true;
  let intervalMs = 5_000;

  const schedule = (ms: number) => {
    if (stopped) return;
    clearTimeout(timer);
    timer = setTimeout(tick, ms);
    timer.unref?.();
  };
  async function tick(): Promise<void> {
    if (running) return;
    let full = false;
    running = runOnce()
      .then((c) => {
        full = c.sent + c.retried + c.dead + c.released >= batch;
      })
      .catch((e: Error) => log(`forward: run failed: ${e.name}: ${e.message.slice(0, 200)}`));
    await running;
    running = undefined;
    schedule(full ? 0 : intervalMs);
  }

  return {
    channels: [...byName.keys()],
    /**
     * Queues an accepted ticket for the configured channels that take its problem (all when no problem is
     * given); pass the store's transaction as `db`.
     */
    enqueue: (ticketId: string, db: Sql = opts.db, problem?: string) =>
      enqueue(
        db,
        ticketId,
        channelsFor(opts.config.channels, problem).filter((n) => byName.has(n)),
        now(),
      ),
    runOnce,
    /** Polls every `everyMs` (5 s by default); `kick()` runs a pass right away (after a ticket is accepted). */
    start(everyMs = 5_000) {
      intervalMs = everyMs;
      stopped = false;
      schedule(0);
    },
    kick() {
      schedule(0);
    },
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
      await Promise.all(channels.map((c) => c.close?.()));
    },
  };
}

export type Forwarder = ReturnType<typeof createForwarder>;
