// The durable delivery queue: one row per (ticket, channel), written when the ticket is accepted (in the same
// transaction when the store offers one), so a crash between "ticket stored" and "sent to Feishu" loses nothing.
// Several intake instances may share one PostgreSQL: a worker claims due rows with FOR UPDATE SKIP LOCKED and
// leases them (status 'sending', next_attempt_at = lease end); a worker that dies leaves a lease that expires
// and the row is claimed again. Completion only applies to the claim it belongs to (same attempts count), so a
// slow worker whose lease ran out cannot overwrite a newer attempt. Times are epoch milliseconds (bigint).

import type { Sql } from '../store/types.js';

// The table: store/migrations/0002_forward_deliveries.ts.

export type DeliveryStatus = 'pending' | 'sending' | 'sent' | 'dead';

export interface DeliveryRow {
  id: number;
  ticketId: string;
  channel: string;
  status: DeliveryStatus;
  attempts: number;
  nextAttemptAt: number;
  lastError: string | null;
  createdAt: number;
  updatedAt: number;
  sentAt: number | null;
}

interface RawRow {
  id: string | number;
  ticket_id: string;
  channel: string;
  status: DeliveryStatus;
  attempts: number;
  next_attempt_at: string | number;
  last_error: string | null;
  created_at: string | number;
  updated_at: string | number;
  sent_at: string | number | null;
}

const COLUMNS =
  'id, ticket_id, channel, status, attempts, next_attempt_at, last_error, created_at, updated_at, sent_at';

const toRow = (r: RawRow): DeliveryRow => ({
  id: Number(r.id),
  ticketId: r.ticket_id,
  channel: r.channel,
  status: r.status,
  attempts: Number(r.attempts),
  nextAttemptAt: Number(r.next_attempt_at),
  lastError: r.last_error,
  createdAt: Number(r.created_at),
  updatedAt: Number(r.updated_at),
  sentAt: r.sent_at === null ? null : Number(r.sent_at),
});

/**
 * Queues a ticket for each channel. Idempotent: a repeat (the same ticket accepted again, a retried request)
 * adds nothing. Returns how many rows were new.
 */
export async function enqueue(db: Sql, ticketId: string, channels: string[], now: number): Promise<number> {
  let added = 0;
  for (const channel of channels) {
    const res = await db.query(
      `insert into forward_deliveries (ticket_id, channel, status, attempts, next_attempt_at, created_at, updated_at)
       values ($1, $2, 'pending', 0, $3, $3, $3) on conflict (ticket_id, channel) do nothing returning id`,
      [ticketId, channel, now],
    );
    added += res.rows.length;
  }
  return added;
}

/** Claims up to `limit` due rows of the given channels for `leaseMs`; each claim counts as an attempt. */
export async function claim(
  db: Sql,
  opts: { now: number; limit: number; leaseMs: number; channels: string[] },
): Promise<DeliveryRow[]> {
  if (opts.channels.length === 0) return [];
  const res = await db.query<RawRow>(
    `update forward_deliveries set status = 'sending', attempts = attempts + 1,
       next_attempt_at = $2, updated_at = $1
     where id in (
       select id from forward_deliveries
       where status in ('pending', 'sending') and next_attempt_at <= $1 and channel = any($4::text[])
       order by next_attempt_at, id
       limit $3
       for update skip locked)
     returning ${COLUMNS}`,
    [opts.now, opts.now + opts.leaseMs, opts.limit, opts.channels],
  );
  return res.rows.map(toRow).sort((a, b) => a.nextAttemptAt - b.nextAttemptAt || a.id - b.id);
}

/** Applies to the claim only if it is still ours (status 'sending' and the same attempt). */
const OURS = `id = $1 and status = 'sending' and attempts = $2`;

export async function markSent(db: Sql, row: DeliveryRow, now: number): Promise<boolean> {
  const res = await db.query(
    `update forward_deliveries set status = 'sent', sent_at = $3, updated_at = $3, last_error = null where ${OURS}`,
    [row.id, row.attempts, now],
  );
  return res.rowCount > 0;
}

export async function markRetry(
  db: Sql,
  row: DeliveryRow,
  at: number,
  error: string,
  now: number,
): Promise<boolean> {
  const res = await db.query(
    `update forward_deliveries set status = 'pending', next_attempt_at = $3, last_error = $4, updated_at = $5
     where ${OURS}`,
    [row.id, row.attempts, at, error.slice(0, 500), now],
  );
  return res.rowCount > 0;
}

export async function markDead(db: Sql, row: DeliveryRow, error: string, now: number): Promise<boolean> {
  const res = await db.query(
    `update forward_deliveries set status = 'dead', last_error = $3, updated_at = $4 where ${OURS}`,
    [row.id, row.attempts, error.slice(0, 500), now],
  );
  return res.rowCount > 0;
}

/** Gives a claim back untried (its channel is paused): the attempt it counted is returned too. */
export async function release(db: Sql, row: DeliveryRow, at: number, now: number): Promise<boolean> {
  const res = await db.query(
    `update forward_deliveries set status = 'pending', attempts = attempts - 1, next_attempt_at = $3, updated_at = $4
     where ${OURS}`,
    [row.id, row.attempts, at, now],
  );
  return res.rowCount > 0;
}

/** A vendor rate-limited a channel: every pending delivery to it waits until `until`, on every instance. */
export async function pauseChannel(db: Sql, channel: string, until: number, now: number): Promise<number> {
  const res = await db.query(
    `update forward_deliveries set next_attempt_at = $2, updated_at = $3
     where channel = $1 and status = 'pending' and next_attempt_at < $2`,
    [channel, until, now],
  );
  return res.rowCount;
}

/** The deliveries of one ticket, for the inbox ("sent to Feishu", "gave up on Slack: HTTP 404 ..."). */
export async function deliveriesOf(db: Sql, ticketId: string): Promise<DeliveryRow[]> {
  const res = await db.query<RawRow>(
    `select ${COLUMNS} from forward_deliveries where ticket_id = $1 order by channel`,
    [ticketId],
  );
  return res.rows.map(toRow);
}

/** An admin's "try again" on a delivery that was given up: a fresh set of attempts, due now. */
export async function retryDead(db: Sql, id: number, now: number): Promise<boolean> {
  const res = await db.query(
    `update forward_deliveries set status = 'pending', attempts = 0, next_attempt_at = $2, updated_at = $2
     where id = $1 and status = 'dead'`,
    [id, now],
  );
  return res.rowCount > 0;
}

/** Counts by status (and the oldest due pending row), for health checks and the inbox header. */
export async function queueStats(
  db: Sql,
  now: number,
): Promise<Record<DeliveryStatus, number> & { overdueMs: number }> {
  const res = await db.query<{ status: DeliveryStatus; n: number; oldest: string | number | null }>(
    `select status, count(*)::int as n,
       min(case when status = 'pending' and next_attempt_at <= $1 then next_attempt_at end) as oldest
     from forward_deliveries group by status`,
    [now],
  );
  const out = { pending: 0, sending: 0, sent: 0, dead: 0, overdueMs: 0 };
  for (const r of res.rows) {
    out[r.status] = r.n;
    if (r.oldest !== null) out.overdueMs = Math.max(out.overdueMs, now - Number(r.oldest));
  }
  return out;
}
