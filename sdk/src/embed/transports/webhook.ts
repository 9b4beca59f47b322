// POST one masked ticket as JSON to the operator's endpoint. The idempotency key travels as the
// `Idempotency-Key` header and inside the body (Ticket.idempotencyKey): retries of the same ticket are
// accepted once by the intake. Every request has a timeout (a hung intake never leaves "Sending…" on
// screen). Classifies the outcome: accepted, retry later, or refused for good.
import type { Ticket } from '../../core/index.js';

export type PostResult = { ok: true; id: string } | { ok: false; code: string; retry: boolean };

export interface WebhookTarget {
  endpoint: string;
  headers?: Record<string, string>;
}

/** One request's time limit; the intake answers in well under a second when it is up. */
export const REQUEST_TIMEOUT_MS = 10_000;

/** Statuses worth trying again: the intake may accept the same ticket later. */
const RETRY_STATUSES = new Set([408, 425, 429]);

export async function postTicket(
  target: WebhookTarget,
  ticket: Ticket,
  options: { fetch?: typeof fetch; timeoutMs?: number } = {},
): Promise<PostResult> {
  const fetchImpl = options.fetch ?? fetch;
  const abort = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    abort.abort();
  }, options.timeoutMs ?? REQUEST_TIMEOUT_MS);
  try {
    let response: Response;
    try {
      const url = new URL(target.endpoint, location.href);
      response = await fetchImpl(url.href, {
        method: 'POST',
        headers: {
          ...target.headers,
          'content-type': 'application/json',
          'idempotency-key': ticket.idempotencyKey,
        },
        body: JSON.stringify(ticket),
        // Lets the request finish when the tab closes; only same-origin (no preflight in a keepalive).
        keepalive: url.origin === location.origin,
        credentials: 'same-origin',
        signal: abort.signal,
      });
    } catch {
      return { ok: false, code: timedOut ? 'timeout' : 'network', retry: true };
    }
    let body: { id?: unknown; ticketId?: unknown; error?: unknown } | undefined;
    try {
      body = (await response.json()) as typeof body;
    } catch {
      // an empty or non-JSON body (or a timeout while reading it)
      if (timedOut) return { ok: false, code: 'timeout', retry: true };
    }
    if (response.ok) {
      const given = body?.ticketId ?? body?.id;
      return { ok: true, id: typeof given === 'string' && given.length <= 64 ? given : ticket.id };
    }
    // 409 is "another ticket already has this id" (a different idempotency key): never accepted, and the
    // same ticket will never be. 422 `unstorable`: text the intake's database cannot hold.
    if (response.status === 422 && body?.error === 'unstorable')
      return { ok: false, code: 'unstorable', retry: false };
    const retry = RETRY_STATUSES.has(response.status) || response.status >= 500;
    return { ok: false, code: `http_${response.status}`, retry };
  } finally {
    clearTimeout(timer);
  }
}
