// POST one masked ticket as JSON to the operator's endpoint. The idempotency key travels as the
// `Idempotency-Key` header and inside the body (Ticket.idempotencyKey): retries of the same ticket are
// accepted once by the intake. Classifies the outcome: ok, retry later, or refused for good.
import type { Ticket } from '../../core/index.js';

export type PostResult = { ok: true; id: string } | { ok: false; code: string; retry: boolean };

export interface WebhookTarget {
  endpoint: string;
  headers?: Record<string, string>;
}

export async function postTicket(
  target: WebhookTarget,
  ticket: Ticket,
  fetchImpl: typeof fetch = fetch,
): Promise<PostResult> {
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
    });
  } catch {
    return { ok: false, code: 'network', retry: true };
  }
  // 409: the intake already has this idempotency key = it was accepted before.
  if (response.ok || response.status === 409) {
    let id = ticket.id;
    try {
      const body = (await response.json()) as { id?: unknown; ticketId?: unknown };
      const given = body.ticketId ?? body.id;
      if (typeof given === 'string' && given.length <= 64) id = given;
    } catch {
      // an empty or non-JSON body still means accepted
    }
    return { ok: true, id };
  }
  const retry =
    response.status === 408 || response.status === 425 || response.status === 429 || response.status >= 500;
  return { ok: false, code: `http_${response.status}`, retry };
}
