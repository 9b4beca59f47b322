// The list's query (inbox page, JSON API and CSV export read the same parameters):
//   q, status, problem, reason, origin, assignee (none | me | <id>), from, to (YYYY-MM-DD in the agent's
//   zone, `to` inclusive), page (1-based).
import * as z from 'zod';
import { startOfDay } from '../inbox/words.js';
import { TICKET_STATUSES, type TicketFilter } from './repo.js';

export const PAGE_SIZE = 25;

const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (v === '' || v === null ? undefined : v), schema.optional());

export const ListQuery = z.object({
  q: optional(z.string().max(100)),
  status: optional(z.enum(TICKET_STATUSES)),
  problem: optional(z.string().regex(/^[a-z_]{1,40}$/)),
  reason: optional(z.string().regex(/^[a-z_]{1,60}$/)),
  origin: optional(z.string().max(200)),
  assignee: optional(z.union([z.literal('none'), z.literal('me'), z.string().regex(/^\d{1,9}$/)])),
  from: optional(Day),
  to: optional(Day),
  page: optional(z.coerce.number().int().min(1).max(100_000)),
});
export type ListQuery = z.infer<typeof ListQuery>;

export function toFilter(query: ListQuery, me: { id: number; timeZone: string }): TicketFilter {
  const filter: TicketFilter = {};
  if (query.q) filter.q = query.q;
  if (query.status) filter.status = query.status;
  if (query.problem) filter.problem = query.problem;
  if (query.reason) filter.reason = query.reason;
  if (query.origin) filter.origin = query.origin;
  if (query.assignee === 'none') filter.assignee = 'none';
  else if (query.assignee === 'me') filter.assignee = me.id;
  else if (query.assignee) filter.assignee = Number(query.assignee);
  if (query.from) filter.from = startOfDay(query.from, me.timeZone);
  if (query.to) {
    // The whole `to` day: up to 00:00 of the next day in the zone (a 23- or 25-hour day included).
    const next = new Date(`${query.to}T00:00:00Z`);
    next.setUTCDate(next.getUTCDate() + 1);
    filter.to = startOfDay(next.toISOString().slice(0, 10), me.timeZone);
  }
  return filter;
}

/** The query string of a filter (links to pages, the export). */
export function queryString(query: ListQuery, extra: Record<string, string | number> = {}): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...query, ...extra })) {
    if (v !== undefined && v !== '' && k !== 'page') params.set(k, String(v));
  }
  if (extra.page !== undefined) params.set('page', String(extra.page));
  const s = params.toString();
  return s ? `?${s}` : '';
}
