// Tickets in the store: the validated, re-scanned JSON plus the columns support searches and filters on
// (problem, reason, console origin, username, masked references), the case's status, assignee and final
// conclusion, internal notes, and an audit trail row for every change (who, when, before, after).
import type { Ticket } from '@topup-doctor/sdk/core';
import { num, type Sql } from '../store/index.js';

export const TICKET_STATUSES = ['new', 'in_progress', 'waiting', 'resolved'] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

/** How a case ended, as support records it (the handbook: the conclusion is kept in the controlled channel). */
export const CONCLUSIONS = [
  'credited_other_account',
  'credited_late',
  'completed_by_operator',
  'not_paid',
  'amount_mismatch',
  'refunded_by_operator',
  'duplicate_handled',
  'code_invalid_used_expired',
  'display_misread',
  'no_fault_found',
  'other',
] as const;
export type Conclusion = (typeof CONCLUSIONS)[number];

export interface StoredTicket {
  id: string;
  status: TicketStatus;
  receivedAt: number;
  updatedAt: number;
  assignee?: { id: number; username: string; displayName: string };
  conclusion?: Conclusion;
  conclusionNote: string;
  ticket: Ticket;
}

export interface TicketNote {
  id: number;
  at: number;
  author?: string;
  body: string;
}

export interface AuditEntry {
  at: number;
  actor?: string;
  /** gateway_complete / gateway_verify: an order completed or verified from the inbox (reconciliation). */
  action: 'received' | 'status' | 'assignee' | 'conclusion' | 'note' | 'gateway_complete' | 'gateway_verify';
  before?: string;
  after?: string;
}

interface Row {
  id: string;
  status: TicketStatus;
  received_at: string;
  updated_at: string;
  assignee_id: number | null;
  assignee_username: string | null;
  assignee_name: string | null;
  conclusion: Conclusion | null;
  conclusion_note: string;
  body: Ticket | string;
}

const SELECT = `select t.id, t.status, t.received_at, t.updated_at, t.assignee_id, t.conclusion, t.conclusion_note,
  t.body, u.username as assignee_username, u.display_name as assignee_name
  from tickets t left join users u on u.id = t.assignee_id`;

const toStored = (r: Row): StoredTicket => ({
  id: r.id,
  status: r.status,
  receivedAt: num(r.received_at),
  updatedAt: num(r.updated_at),
  ...(r.assignee_id !== null && r.assignee_username !== null
    ? {
        assignee: {
          id: num(r.assignee_id),
          username: r.assignee_username,
          displayName: r.assignee_name ?? r.assignee_username,
        },
      }
    : {}),
  ...(r.conclusion ? { conclusion: r.conclusion } : {}),
  conclusionNote: r.conclusion_note,
  ticket: typeof r.body === 'string' ? (JSON.parse(r.body) as Ticket) : r.body,
});

/** The masked references support searches by tail: order number, console order ref, code, key tail. */
export function ticketRefs(ticket: Ticket): string {
  const f = ticket.fields;
  return [f.tradeNo, f.orderRef, f.redeemCode, f.keyLast4, f.taskId, f.requestId]
    .filter((v) => v !== undefined && v !== '')
    .map(String)
    .join(' ');
}

export async function findByIdempotencyKey(sql: Sql, key: string): Promise<string | undefined> {
  const res = await sql.query<{ id: string }>('select id from tickets where idempotency_key = $1', [key]);
  return res.rows[0]?.id;
}

export type InsertResult =
  | { created: true; id: string }
  | { created: false; id: string }
  | { conflict: true };

/** Inserts a checked ticket (and its 'received' audit row) in the caller's transaction. */
export async function insertTicket(sql: Sql, ticket: Ticket, now: number): Promise<InsertResult> {
  const [result] = await insertTickets(sql, [{ ticket, at: now }]);
  return result as InsertResult;
}

const TICKET_COLUMNS = 12;

/**
 * Inserts checked tickets (and their 'received' audit rows), in one statement whatever their number, plus
 * a look-up of the ones not stored. One result per ticket, in order: new; a repeat of a stored idempotency key (also one repeated
 * within `items`: the first is stored); or a conflict (its id belongs to a ticket with another key).
 */
export async function insertTickets(
  sql: Sql,
  items: readonly { ticket: Ticket; at: number }[],
): Promise<InsertResult[]> {
  if (items.length === 0) return [];
  const params: unknown[] = [];
  const rows: string[] = [];
  for (const { ticket, at } of items) {
    const f = ticket.fields;
    const b = params.length;
    rows.push(
      `($${b + 1}, $${b + 2}, $${b + 3}::bigint, $${b + 3}::bigint, $${b + 4}::int, $${b + 5}, $${b + 6}, $${b + 7}, $${b + 8}, $${b + 9}, $${b + 10}, $${b + 11}, $${b + 12}::jsonb)`,
    );
    params.push(
      ticket.id,
      ticket.idempotencyKey,
      at,
      ticket.schemaVersion,
      ticket.problem,
      ticket.reason ?? null,
      ticket.console.kind,
      ticket.console.origin ?? null,
      f.username === undefined ? null : String(f.username),
      ticketRefs(ticket),
      ticket.locale,
      JSON.stringify(ticket),
    );
    if (params.length - b !== TICKET_COLUMNS) throw new Error('insertTickets: column count');
  }
  // One statement: the tickets, and the 'received' audit row of each one stored (a data-modifying CTE;
  // atomic on its own, so a caller without other writes needs no transaction around it).
  const inserted = await sql.query<{ id: string; idempotency_key: string }>(
    `with inserted as (
       insert into tickets (id, idempotency_key, received_at, updated_at, schema_version, problem, reason,
         console_kind, console_origin, username, refs, locale, body)
       values ${rows.join(', ')}
       on conflict do nothing returning id, idempotency_key, received_at
     ), audited as (
       insert into ticket_audit (ticket_id, actor_id, at, action, before, after)
       select id, null, received_at, 'received', null, 'new' from inserted
     )
     select id, idempotency_key from inserted`,
    params,
  );
  // A row is ours only when both its id and its key are: a key repeated within the group was stored once.
  const created = new Set<string>();
  for (const r of inserted.rows) created.add(`${r.id}\u0000${r.idempotency_key}`);
  const results: (InsertResult | undefined)[] = [];
  const claimed = new Set<string>();
  const missing: string[] = [];
  items.forEach(({ ticket }, i) => {
    const key = `${ticket.id}\u0000${ticket.idempotencyKey}`;
    if (created.has(key) && !claimed.has(key)) {
      claimed.add(key);
      results[i] = { created: true, id: ticket.id };
    } else missing.push(ticket.idempotencyKey);
  });
  if (missing.length) {
    const keys = [...new Set(missing)];
    const found = await sql.query<{ id: string; idempotency_key: string }>(
      `select id, idempotency_key from tickets where idempotency_key in (${keys.map((_, i) => `$${i + 1}`).join(', ')})`,
      keys,
    );
    const byKey = new Map(found.rows.map((r) => [r.idempotency_key, r.id]));
    items.forEach(({ ticket }, i) => {
      if (results[i]) return;
      const existing = byKey.get(ticket.idempotencyKey);
      results[i] = existing ? { created: false, id: existing } : { conflict: true };
    });
  }
  return results as InsertResult[];
}

async function audit(
  sql: Sql,
  ticketId: string,
  actorId: number | undefined,
  at: number,
  action: AuditEntry['action'],
  before: string | undefined,
  after: string | undefined,
): Promise<void> {
  await sql.query(
    'insert into ticket_audit (ticket_id, actor_id, at, action, before, after) values ($1, $2, $3, $4, $5, $6)',
    [ticketId, actorId ?? null, at, action, before ?? null, after ?? null],
  );
}

export interface TicketFilter {
  /** Ticket id, a masked reference's tail, a username (or account id, account email). */
  q?: string;
  status?: TicketStatus;
  problem?: string;
  reason?: string;
  origin?: string;
  /** 'none', or a user id. */
  assignee?: 'none' | number;
  /** Received at or after / before, epoch ms. */
  from?: number;
  to?: number;
}

const likeEscape = (s: string) => s.replace(/[\\%_]/g, (ch) => `\\${ch}`);

function where(filter: TicketFilter): { clause: string; args: unknown[] } {
  const parts: string[] = [];
  const args: unknown[] = [];
  const arg = (value: unknown) => {
    args.push(value);
    return `$${args.length}`;
  };
  const q = filter.q?.trim();
  if (q) {
    const exact = arg(q);
    const like = arg(`%${likeEscape(q.toLowerCase())}%`);
    parts.push(
      `(t.id = ${exact} or lower(t.id) like ${like} or lower(t.refs) like ${like} or lower(coalesce(t.username, '')) like ${like}
        or t.body->'fields'->>'accountId' = ${exact} or lower(t.body->'fields'->>'accountEmail') = lower(${exact}))`,
    );
  }
  if (filter.status) parts.push(`t.status = ${arg(filter.status)}`);
  if (filter.problem) parts.push(`t.problem = ${arg(filter.problem)}`);
  if (filter.reason) parts.push(`t.reason = ${arg(filter.reason)}`);
  if (filter.origin) parts.push(`t.console_origin = ${arg(filter.origin)}`);
  if (filter.assignee === 'none') parts.push('t.assignee_id is null');
  else if (typeof filter.assignee === 'number') parts.push(`t.assignee_id = ${arg(filter.assignee)}`);
  if (filter.from !== undefined) parts.push(`t.received_at >= ${arg(filter.from)}`);
  if (filter.to !== undefined) parts.push(`t.received_at < ${arg(filter.to)}`);
  return { clause: parts.length ? `where ${parts.join(' and ')}` : '', args };
}

export async function listTickets(
  sql: Sql,
  filter: TicketFilter,
  page: { limit: number; offset: number },
): Promise<{ items: StoredTicket[]; total: number }> {
  const { clause, args } = where(filter);
  const total = await sql.query<{ n: number }>(`select count(*)::int as n from tickets t ${clause}`, args);
  const rows = await sql.query<Row>(
    `${SELECT} ${clause} order by t.received_at desc, t.id limit $${args.length + 1} offset $${args.length + 2}`,
    [...args, page.limit, page.offset],
  );
  return { items: rows.rows.map(toStored), total: num(total.rows[0]?.n) };
}

/** Every ticket matching the filter, newest first, in batches (CSV export). */
export async function* eachTicket(sql: Sql, filter: TicketFilter, batch = 500): AsyncGenerator<StoredTicket> {
  for (let offset = 0; ; offset += batch) {
    const { items } = await listTickets(sql, filter, { limit: batch, offset });
    yield* items;
    if (items.length < batch) return;
  }
}

export async function getTicket(sql: Sql, id: string): Promise<StoredTicket | undefined> {
  const res = await sql.query<Row>(`${SELECT} where t.id = $1`, [id]);
  return res.rows[0] ? toStored(res.rows[0]) : undefined;
}

export async function ticketNotes(sql: Sql, id: string): Promise<TicketNote[]> {
  const res = await sql.query<{ id: string; at: string; body: string; author: string | null }>(
    `select n.id, n.at, n.body, u.display_name as author from ticket_notes n
     left join users u on u.id = n.author_id where n.ticket_id = $1 order by n.at, n.id`,
    [id],
  );
  return res.rows.map((r) => ({
    id: num(r.id),
    at: num(r.at),
    body: r.body,
    ...(r.author ? { author: r.author } : {}),
  }));
}

export async function ticketAudit(sql: Sql, id: string): Promise<AuditEntry[]> {
  const res = await sql.query<{
    at: string;
    action: AuditEntry['action'];
    before: string | null;
    after: string | null;
    actor: string | null;
  }>(
    `select a.at, a.action, a.before, a.after, u.display_name as actor from ticket_audit a
     left join users u on u.id = a.actor_id where a.ticket_id = $1 order by a.at, a.id`,
    [id],
  );
  return res.rows.map((r) => ({
    at: num(r.at),
    action: r.action,
    ...(r.actor ? { actor: r.actor } : {}),
    ...(r.before !== null ? { before: r.before } : {}),
    ...(r.after !== null ? { after: r.after } : {}),
  }));
}

export interface TicketPatch {
  status?: TicketStatus;
  /** A user id, or null to unassign. */
  assigneeId?: number | null;
  /** null clears the conclusion. */
  conclusion?: Conclusion | null;
  conclusionNote?: string;
}

/** Applies the changes that differ from the stored ticket, one audit row each; false when there is no such ticket. */
export async function updateTicket(
  sql: Sql,
  id: string,
  patch: TicketPatch,
  actorId: number,
  now: number,
): Promise<boolean> {
  const res = await sql.query<{
    status: TicketStatus;
    assignee_id: number | null;
    conclusion: string | null;
    conclusion_note: string;
  }>('select status, assignee_id, conclusion, conclusion_note from tickets where id = $1 for update', [id]);
  const current = res.rows[0];
  if (!current) return false;
  const changes: [string, unknown][] = [];
  if (patch.status !== undefined && patch.status !== current.status) {
    changes.push(['status', patch.status]);
    await audit(sql, id, actorId, now, 'status', current.status, patch.status);
  }
  const currentAssignee = current.assignee_id === null ? null : num(current.assignee_id);
  if (patch.assigneeId !== undefined && patch.assigneeId !== currentAssignee) {
    changes.push(['assignee_id', patch.assigneeId]);
    // The trail keeps the names as they were (an account renamed or removed later does not rewrite history).
    const name = async (userId: number | null) =>
      userId === null
        ? undefined
        : (await sql.query<{ username: string }>('select username from users where id = $1', [userId]))
            .rows[0]?.username;
    await audit(sql, id, actorId, now, 'assignee', await name(currentAssignee), await name(patch.assigneeId));
  }
  const conclusionChanged = patch.conclusion !== undefined && patch.conclusion !== current.conclusion;
  const noteChanged = patch.conclusionNote !== undefined && patch.conclusionNote !== current.conclusion_note;
  if (conclusionChanged) changes.push(['conclusion', patch.conclusion]);
  if (noteChanged) changes.push(['conclusion_note', patch.conclusionNote]);
  if (conclusionChanged || noteChanged) {
    const after = patch.conclusion !== undefined ? patch.conclusion : current.conclusion;
    const afterNote = patch.conclusionNote ?? current.conclusion_note;
    await audit(
      sql,
      id,
      actorId,
      now,
      'conclusion',
      [current.conclusion ?? '', current.conclusion_note].filter(Boolean).join(': ') || undefined,
      [after ?? '', afterNote].filter(Boolean).join(': ') || undefined,
    );
  }
  if (changes.length === 0) return true;
  const args: unknown[] = [id, now, ...changes.map(([, v]) => v)];
  await sql.query(
    `update tickets set updated_at = $2, ${changes.map(([c], i) => `${c} = $${i + 3}`).join(', ')} where id = $1`,
    args,
  );
  return true;
}

export async function addNote(
  sql: Sql,
  id: string,
  body: string,
  actorId: number,
  now: number,
): Promise<boolean> {
  const exists = await sql.query('select 1 from tickets where id = $1', [id]);
  if (exists.rows.length === 0) return false;
  await sql.query('insert into ticket_notes (ticket_id, author_id, at, body) values ($1, $2, $3, $4)', [
    id,
    actorId,
    now,
    body,
  ]);
  await sql.query('update tickets set updated_at = $2 where id = $1', [id, now]);
  await audit(sql, id, actorId, now, 'note', undefined, undefined);
  return true;
}

/** The console origins tickets came from (the inbox's origin filter). */
export async function ticketOrigins(sql: Sql): Promise<string[]> {
  const res = await sql.query<{ o: string }>(
    'select distinct console_origin as o from tickets where console_origin is not null order by 1 limit 200',
  );
  return res.rows.map((r) => r.o);
}
