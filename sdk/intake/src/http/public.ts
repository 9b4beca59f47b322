// The two routes browsers on the operator's consoles call, without a login:
//   POST /api/tickets  Ticket JSON (the sdk core's schema), `Idempotency-Key` header and/or body idempotencyKey.
//                      201 {id, status} first time, 200 {id, duplicate: true} on a repeat, 400 bad JSON,
//                      403 origin not allowed, 413 too large, 415 not JSON, 422 invalid or unmasked (names the
//                      field), 429 too many (Retry-After), 409 the id belongs to another ticket.
//   POST /api/events   {type, problem?, transport?, code?}: widget counters, no personal data. 204.
// Origins: the intake's own, and the configured console origins (CORS allow-list with a preflight). Only
// `application/json` bodies are read, so a cross-origin "simple" request (text/plain, a form) is refused
// before anything is stored, and a browser must preflight, which only allowed origins pass.
// Limits per client (./client-ip.ts): accepted tickets use the allowance; refusals (malformed, invalid,
// unmasked, wrong origin) count in a separate, larger bucket, so they never use up an honest user's
// allowance, and repeats of an accepted ticket (the widget's retries) count nowhere.
import { checkTicket, ProblemId } from '@topup-doctor/sdk/core';
import type { Context } from 'hono';
import { Hono } from 'hono';
import * as z from 'zod/mini';
import { EVENT_TYPES, insertEvent } from '../tickets/events.js';
import { createIngest } from '../tickets/ingest.js';
import type { IntakeDeps, IntakeEnv } from './deps.js';
import { RateLimiter } from './limits.js';

const WidgetEvent = z.strictObject({
  type: z.enum(EVENT_TYPES),
  problem: z.optional(ProblemId),
  transport: z.optional(z.enum(['webhook', 'mailto', 'clipboard'])),
  code: z.optional(z.string().check(z.regex(/^[a-z0-9_]{1,40}$/))),
});

export const issueField = (issue: z.core.$ZodIssue): string =>
  issue.code === 'unrecognized_keys'
    ? [...issue.path, ...issue.keys].join('.')
    : issue.path
        .map((p) => (typeof p === 'number' ? `[${p}]` : String(p)))
        .join('.')
        .replace(/\.\[/g, '[') || '(body)';

type Refusal = { status: 400 | 403 | 409 | 413 | 415 | 422; body: Record<string, unknown> };

const refuse = (status: Refusal['status'], error: string, message: string, extra: object = {}): Refusal => ({
  status,
  body: { error, message, ...extra },
});

export function publicRoutes(deps: IntakeDeps, clientOf: (c: Context) => string): Hono<IntakeEnv> {
  const app = new Hono<IntakeEnv>();
  const { limits } = deps.config;
  const allowed = new Set(deps.config.allowedOrigins);
  const tickets = new RateLimiter(limits.ticketsPerWindow, limits.windowMs);
  const events = new RateLimiter(limits.eventsPerWindow, limits.windowMs);
  const refusals = new RateLimiter(limits.refusalsPerWindow, limits.windowMs);
  const ingest = createIngest(deps.store, deps.onTicketAccepted);
  /** The request's Origin when it may post here: 'same' (own origin or no browser Origin) or an allowed origin. */
  const originOf = (c: Context): { ok: true; cors?: string } | { ok: false } => {
    const origin = c.req.header('origin');
    if (!origin) return { ok: true };
    let parsed: URL;
    try {
      parsed = new URL(origin);
    } catch {
      return { ok: false };
    }
    if (parsed.host === (c.req.header('host') ?? new URL(c.req.url).host)) return { ok: true };
    return allowed.has(parsed.origin) ? { ok: true, cors: parsed.origin } : { ok: false };
  };

  const corsHeaders = (origin: string | undefined): Record<string, string> =>
    origin ? { 'Access-Control-Allow-Origin': origin, Vary: 'Origin' } : { Vary: 'Origin' };

  for (const path of ['/api/tickets', '/api/events']) {
    app.options(path, (c) => {
      const o = originOf(c);
      if (!o.ok || !o.cors) return c.body(null, 403, { Vary: 'Origin' });
      return c.body(null, 204, {
        ...corsHeaders(o.cors),
        'Access-Control-Allow-Methods': 'POST',
        'Access-Control-Allow-Headers': 'content-type, idempotency-key',
        'Access-Control-Max-Age': '600',
      });
    });
  }

  /** Origin, content type and size checks shared by both routes; the parsed JSON body or a refusal. */
  async function readJson(c: Context): Promise<{ body: unknown; cors?: string } | Refusal> {
    const o = originOf(c);
    if (!o.ok) return refuse(403, 'origin_not_allowed', 'This console origin may not post to this intake');
    const type = c.req.header('content-type') ?? '';
    if (!/^application\/json\s*(;|$)/i.test(type)) {
      return refuse(415, 'unsupported_media_type', 'Send the body as application/json');
    }
    const declared = Number(c.req.header('content-length') ?? '0');
    if (declared > limits.maxBodyBytes) {
      return refuse(413, 'too_large', `Request body over ${limits.maxBodyBytes} bytes`);
    }
    const raw = await c.req.arrayBuffer().catch(() => undefined);
    if (raw === undefined) return refuse(400, 'bad_body', 'The body could not be read');
    if (raw.byteLength > limits.maxBodyBytes) {
      return refuse(413, 'too_large', `Request body over ${limits.maxBodyBytes} bytes`);
    }
    try {
      return { body: JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(raw)), cors: o.cors };
    } catch {
      return refuse(400, 'bad_json', 'The body is not JSON');
    }
  }

  async function acceptTicket(
    c: Context,
    body: unknown,
  ): Promise<Refusal | { status: 200 | 201; body: object }> {
    // The core's strict check (storable text, schema, exact formats, a masking re-scan of every stored
    // string): the same function any intake runs, so nothing unmasked is ever stored.
    const verdict = checkTicket(body);
    if (!verdict.ok) {
      const { error, field, kind, message } = verdict;
      return refuse(422, error, `${message}; the ticket was not stored`, { field, kind });
    }
    const ticket = verdict.ticket;
    const header = c.req.header('idempotency-key');
    if (header !== undefined && header !== ticket.idempotencyKey) {
      return refuse(422, 'idempotency_mismatch', 'The header and idempotencyKey differ', {
        field: 'Idempotency-Key',
      });
    }
    // Stored with the tickets checked at the same time, in one transaction (../tickets/ingest.ts).
    const result = await ingest.store(ticket, deps.now());
    if ('conflict' in result)
      return refuse(409, 'id_taken', 'Another ticket already has this id', { field: 'id' });
    return result.created
      ? { status: 201, body: { id: result.id, status: 'new' } }
      : { status: 200, body: { id: result.id, duplicate: true } };
  }

  const tooMany = (c: Context, wait: number, cors?: string) =>
    c.json({ error: 'rate_limited', message: 'Too many requests' }, 429, {
      ...corsHeaders(cors),
      'Retry-After': String(wait),
    });

  app.post('/api/tickets', async (c) => {
    const client = clientOf(c);
    const now = deps.now();
    const cors = originOf(c);
    const corsOrigin = cors.ok ? cors.cors : undefined;
    const wait = Math.max(tickets.wait(client, now), refusals.wait(client, now));
    if (wait > 0) return tooMany(c, wait, corsOrigin);
    const read = await readJson(c);
    const outcome = 'status' in read ? read : await acceptTicket(c, read.body);
    if (outcome.status === 201) tickets.count(client, now);
    else if (outcome.status >= 400) refusals.count(client, now);
    return c.json(outcome.body, outcome.status, corsHeaders(corsOrigin));
  });

  app.post('/api/events', async (c) => {
    const client = clientOf(c);
    const now = deps.now();
    const cors = originOf(c);
    const corsOrigin = cors.ok ? cors.cors : undefined;
    const wait = Math.max(events.wait(client, now), refusals.wait(client, now));
    if (wait > 0) return tooMany(c, wait, corsOrigin);
    const read = await readJson(c);
    if ('status' in read) {
      refusals.count(client, now);
      return c.json(read.body, read.status, corsHeaders(corsOrigin));
    }
    const parsed = WidgetEvent.safeParse(read.body);
    if (!parsed.success) {
      refusals.count(client, now);
      const issue = parsed.error.issues[0] as z.core.$ZodIssue;
      const field = issueField(issue);
      return c.json(
        { error: 'invalid_event', field, message: `${field}: ${issue.message}` },
        422,
        corsHeaders(corsOrigin),
      );
    }
    events.count(client, now);
    await insertEvent(
      deps.store,
      { type: parsed.data.type, problem: parsed.data.problem, origin: corsOrigin },
      now,
    );
    return c.body(null, 204, corsHeaders(corsOrigin));
  });

  return app;
}
