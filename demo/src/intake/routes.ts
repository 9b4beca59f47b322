// The ticket intake and the inbox API.
//   POST /api/tickets   Ticket JSON (core schema), `Idempotency-Key` header and/or body idempotencyKey.
//                       201 {id} first time, 200 {id, duplicate: true} on a repeat, 400 bad JSON,
//                       413 too large, 422 invalid, unmasked or unstorable (names the field), 429 too many,
//                       409 id taken.
//   POST /api/events    {type, problem?, transport?, code?}: widget counters, no personal data.
//   GET  /api/tickets, GET /api/tickets/:id, PATCH /api/tickets/:id {status}, GET /api/events/summary.
// No CORS: the widget posts from the console's own origin, and the extension's background is not
// bound by CORS. A cross-origin intake would need an explicit allow-list here.
import { getConnInfo } from '@hono/node-server/conninfo';
import { checkTicket, ProblemId } from '@topup-doctor/sdk/core';
import { type Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import * as z from 'zod/mini';
import type { AppEnv, Deps } from '../deps.js';
import { DEFAULT_LIMITS, type Limits, RateLimiter } from './limits.js';
import {
  EVENT_TYPES,
  eventSummary,
  findByIdempotencyKey,
  getTicket,
  insertEvent,
  insertTicket,
  listTickets,
  setTicketStatus,
  TICKET_STATUSES,
} from './store.js';

const WidgetEvent = z.strictObject({
  type: z.enum(EVENT_TYPES),
  problem: z.optional(ProblemId),
  transport: z.optional(z.enum(['webhook', 'mailto', 'clipboard'])),
  code: z.optional(z.string().check(z.regex(/^[a-z0-9_]{1,40}$/))),
});

const StatusPatch = z.strictObject({ status: z.enum(TICKET_STATUSES) });

function clientIp(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

const issueField = (issue: z.core.$ZodIssue): string =>
  issue.code === 'unrecognized_keys'
    ? [...issue.path, ...issue.keys].join('.')
    : issue.path
        .map((p) => (typeof p === 'number' ? `[${p}]` : String(p)))
        .join('.')
        .replace(/\.\[/g, '[') || '(body)';

export function intakeRoutes(deps: Deps, limits: Limits = DEFAULT_LIMITS): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const ticketLimiter = new RateLimiter(limits.ticketsPerWindow, limits.windowMs);
  const eventLimiter = new RateLimiter(limits.eventsPerWindow, limits.windowMs);
  const sizeLimit = bodyLimit({
    maxSize: limits.maxBodyBytes,
    onError: (c) =>
      c.json({ error: 'too_large', message: `Request body over ${limits.maxBodyBytes} bytes` }, 413),
  });
  const rate = (limiter: RateLimiter) => async (c: Context, next: () => Promise<void>) => {
    const wait = limiter.take(clientIp(c), deps.now());
    if (wait > 0) {
      return c.json({ error: 'rate_limited', message: 'Too many requests' }, 429, {
        'Retry-After': String(wait),
      });
    }
    await next();
  };

  app.post('/api/tickets', rate(ticketLimiter), sizeLimit, async (c) => {
    const body = await c.req.json().catch(() => undefined);
    if (body === undefined) return c.json({ error: 'bad_json', message: 'The body is not JSON' }, 400);
    // The core's strict check (storable text, schema, exact formats, a masking re-scan of every stored
    // string): the same function any intake runs, so nothing unmasked is ever stored.
    const verdict = checkTicket(body);
    if (!verdict.ok) {
      const { error, field, kind, message } = verdict;
      return c.json({ error, field, kind, message: `${message}; the ticket was not stored` }, 422);
    }
    const ticket = verdict.ticket;
    const header = c.req.header('Idempotency-Key');
    if (header !== undefined && header !== ticket.idempotencyKey) {
      return c.json(
        {
          error: 'idempotency_mismatch',
          field: 'Idempotency-Key',
          message: 'The header and idempotencyKey differ',
        },
        422,
      );
    }
    const key = ticket.idempotencyKey;
    const seen = await findByIdempotencyKey(deps.db, key);
    if (seen) return c.json({ id: seen, duplicate: true }, 200);
    const result = await insertTicket(deps.db, key, ticket, deps.now());
    if (result.created) return c.json({ id: result.id, status: 'new' }, 201);
    if (result.id) return c.json({ id: result.id, duplicate: true }, 200);
    return c.json({ error: 'id_taken', field: 'id', message: 'Another ticket already has this id' }, 409);
  });

  app.post('/api/events', rate(eventLimiter), sizeLimit, async (c) => {
    const body = await c.req.json().catch(() => undefined);
    const parsed = WidgetEvent.safeParse(body);
    if (!parsed.success) {
      const issue = parsed.error.issues[0] as z.core.$ZodIssue;
      const field = issueField(issue);
      return c.json({ error: 'invalid_event', field, message: `${field}: ${issue.message}` }, 422);
    }
    await insertEvent(deps.db, parsed.data.type, parsed.data.problem, deps.now());
    return c.body(null, 204);
  });

  app.get('/api/events/summary', async (c) => c.json(await eventSummary(deps.db)));

  app.get('/api/tickets', async (c) => {
    const status = c.req.query('status');
    if (status !== undefined && !(TICKET_STATUSES as readonly string[]).includes(status)) {
      return c.json({ error: 'invalid_status', field: 'status' }, 422);
    }
    const limit = Math.min(100, Math.max(1, Number.parseInt(c.req.query('limit') ?? '50', 10) || 50));
    const offset = Math.max(0, Number.parseInt(c.req.query('offset') ?? '0', 10) || 0);
    return c.json(
      await listTickets(deps.db, {
        status: status as (typeof TICKET_STATUSES)[number] | undefined,
        limit,
        offset,
      }),
    );
  });

  app.get('/api/tickets/:id', async (c) => {
    const stored = await getTicket(deps.db, c.req.param('id'));
    return stored ? c.json(stored) : c.json({ error: 'not_found' }, 404);
  });

  app.patch('/api/tickets/:id', sizeLimit, async (c) => {
    const parsed = StatusPatch.safeParse(await c.req.json().catch(() => undefined));
    if (!parsed.success) return c.json({ error: 'invalid_status', field: 'status' }, 422);
    const ok = await setTicketStatus(deps.db, c.req.param('id'), parsed.data.status, deps.now());
    return ok
      ? c.json({ id: c.req.param('id'), status: parsed.data.status })
      : c.json({ error: 'not_found' }, 404);
  });

  return app;
}
