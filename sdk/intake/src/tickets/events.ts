// Widget events (no personal data: a type, a problem id, the console's origin) and the deflection numbers
// built from them and from the tickets: self-checks started, solved without a ticket, tickets by problem
// and reason, and each of those per day in the agent's time zone.
import { num, type Sql } from '../store/index.js';

export const EVENT_TYPES = [
  'opened',
  'problem_chosen',
  'self_resolved',
  'ticket_sent',
  'ticket_failed',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export async function insertEvent(
  sql: Sql,
  event: { type: EventType; problem?: string; origin?: string },
  now: number,
): Promise<void> {
  await sql.query('insert into widget_events (type, at, problem, console_origin) values ($1, $2, $3, $4)', [
    event.type,
    now,
    event.problem ?? null,
    event.origin ?? null,
  ]);
}

export type EventCounts = Record<EventType, number>;
export type EventSummary = EventCounts & { byProblem: Record<string, number> };

/** All-time counters (the inbox header and the old summary endpoint). */
export async function eventSummary(sql: Sql): Promise<EventSummary> {
  const byType = await sql.query<{ type: EventType; n: number }>(
    'select type, count(*)::int as n from widget_events group by type',
  );
  const byProblem = await sql.query<{ problem: string; n: number }>(
    `select problem, count(*)::int as n from widget_events where type = 'problem_chosen' and problem is not null group by problem`,
  );
  const summary = Object.fromEntries(EVENT_TYPES.map((t) => [t, 0])) as EventCounts;
  for (const r of byType.rows) if (r.type in summary) summary[r.type] = num(r.n);
  return { ...summary, byProblem: Object.fromEntries(byProblem.rows.map((r) => [r.problem, num(r.n)])) };
}

export interface DeflectionStats {
  from: number;
  to: number;
  timeZone: string;
  /** Widget counters in the range. */
  events: EventCounts;
  /** Tickets received in the range. */
  tickets: number;
  /** self_resolved / problem_chosen, 0..1 (undefined when no problem was chosen). */
  deflectionRate?: number;
  byProblem: { problem: string; reason: string | null; tickets: number }[];
  /** One row per day (YYYY-MM-DD in timeZone) that had any activity. */
  days: { day: string; opened: number; selfResolved: number; tickets: number }[];
}

export async function deflectionStats(
  sql: Sql,
  range: { from: number; to: number; timeZone: string },
): Promise<DeflectionStats> {
  const args = [range.from, range.to];
  const events = Object.fromEntries(EVENT_TYPES.map((t) => [t, 0])) as EventCounts;
  const byType = await sql.query<{ type: EventType; n: number }>(
    'select type, count(*)::int as n from widget_events where at >= $1 and at < $2 group by type',
    args,
  );
  for (const r of byType.rows) if (r.type in events) events[r.type] = num(r.n);
  const tickets = await sql.query<{ problem: string; reason: string | null; n: number }>(
    `select problem, reason, count(*)::int as n from tickets where received_at >= $1 and received_at < $2
     group by problem, reason order by n desc, problem, reason`,
    args,
  );
  const day = `to_char(to_timestamp(at / 1000.0) at time zone $3, 'YYYY-MM-DD')`;
  const days = await sql.query<{ day: string; opened: number; self_resolved: number; tickets: number }>(
    `select day, sum(opened)::int as opened, sum(self_resolved)::int as self_resolved, sum(tickets)::int as tickets from (
       select ${day} as day, (type = 'opened')::int as opened, (type = 'self_resolved')::int as self_resolved, 0 as tickets
         from widget_events where at >= $1 and at < $2 and type in ('opened', 'self_resolved')
       union all
       select ${day.replace('at / 1000.0', 'received_at / 1000.0')} as day, 0, 0, 1 from tickets
         where received_at >= $1 and received_at < $2
     ) x group by day order by day`,
    [...args, range.timeZone],
  );
  const total = tickets.rows.reduce((sum, r) => sum + num(r.n), 0);
  return {
    ...range,
    events,
    tickets: total,
    ...(events.problem_chosen > 0
      ? { deflectionRate: Math.min(1, events.self_resolved / events.problem_chosen) }
      : {}),
    byProblem: tickets.rows.map((r) => ({ problem: r.problem, reason: r.reason, tickets: num(r.n) })),
    days: days.rows.map((r) => ({
      day: r.day,
      opened: num(r.opened),
      selfResolved: num(r.self_resolved),
      tickets: num(r.tickets),
    })),
  };
}
