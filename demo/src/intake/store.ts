// Tickets and widget events in the demo's PGlite database. Tickets are stored as the validated,
// re-scanned JSON; events carry no personal data (a type, a problem id).
import type { Ticket } from '@topup-doctor/sdk/core';
import type { Db } from '../db.js';

export const TICKET_STATUSES = ['new', 'in_progress', 'resolved'] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

export interface StoredTicket {
  id: string;
  status: TicketStatus;
  receivedAt: number;
  updatedAt: number;
  ticket: Ticket;
}

interface Row {
  id: string;
  status: TicketStatus;
  received_at: string;
  updated_at: string;
  body: Ticket;
}

const toStored = (r: Row): StoredTicket => ({
  id: r.id,
  status: r.status,
  receivedAt: Number(r.received_at),
  updatedAt: Number(r.updated_at),
  ticket: r.body,
});

export async function findByIdempotencyKey(db: Db, key: string): Promise<string | undefined> {
  const res = await db.query<{ id: string }>('select id from tickets where idempotency_key = $1', [key]);
  return res.rows[0]?.id;
}

/** Inserts; returns 'created', or the id already stored under this key, or 'id_taken'. */
export async function insertTicket(
  db: Db,
  key: string,
  ticket: Ticket,
  now: number,
): Promise<{ created: true; id: string } | { created: false; id?: string; conflict?: true }> {
  const res = await db.query<{ id: string }>(
    `insert into tickets (id, idempotency_key, received_at, updated_at, problem, console_kind, body)
     values ($1,$2,$3,$3,$4,$5,$6) on conflict do nothing returning id`,
    [ticket.id, key, now, ticket.problem, ticket.console.kind, ticket],
  );
  if (res.rows[0]) return { created: true, id: ticket.id };
  const existing = await findByIdempotencyKey(db, key);
  return existing ? { created: false, id: existing } : { created: false, conflict: true };
}

export async function listTickets(
  db: Db,
  options: { status?: TicketStatus; limit: number; offset: number },
): Promise<{ items: StoredTicket[]; total: number }> {
  const where = options.status ? 'where status = $1' : 'where $1::text is null';
  const args = [options.status ?? null];
  const total = await db.query<{ n: number }>(`select count(*)::int as n from tickets ${where}`, args);
  const rows = await db.query<Row>(
    `select id, status, received_at, updated_at, body from tickets ${where} order by received_at desc, id limit $2 offset $3`,
    [...args, options.limit, options.offset],
  );
  return { items: rows.rows.map(toStored), total: total.rows[0]?.n ?? 0 };
}

export async function getTicket(db: Db, id: string): Promise<StoredTicket | undefined> {
  const res = await db.query<Row>(
    'select id, status, received_at, updated_at, body from tickets where id = $1',
    [id],
  );
  return res.rows[0] ? toStored(res.rows[0]) : undefined;
}

export async function setTicketStatus(
  db: Db,
  id: string,
  status: TicketStatus,
  now: number,
): Promise<boolean> {
  const res = await db.query('update tickets set status = $2, updated_at = $3 where id = $1', [
    id,
    status,
    now,
  ]);
  return (res.affectedRows ?? 0) > 0;
}

export const EVENT_TYPES = [
  'opened',
  'problem_chosen',
  'self_resolved',
  'ticket_sent',
  'ticket_failed',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export async function insertEvent(
  db: Db,
  type: EventType,
  problem: string | undefined,
  now: number,
): Promise<void> {
  await db.query('insert into widget_events (type, at, problem) values ($1,$2,$3)', [
    type,
    now,
    problem ?? null,
  ]);
}

export type EventSummary = Record<EventType, number> & { byProblem: Record<string, number> };

export async function eventSummary(db: Db): Promise<EventSummary> {
  const byType = await db.query<{ type: EventType; n: number }>(
    'select type, count(*)::int as n from widget_events group by type',
  );
  const byProblem = await db.query<{ problem: string; n: number }>(
    `select problem, count(*)::int as n from widget_events where type = 'problem_chosen' and problem is not null group by problem`,
  );
  const summary = Object.fromEntries(EVENT_TYPES.map((t) => [t, 0])) as Record<EventType, number>;
  for (const r of byType.rows) summary[r.type] = r.n;
  return { ...summary, byProblem: Object.fromEntries(byProblem.rows.map((r) => [r.problem, r.n])) };
}
