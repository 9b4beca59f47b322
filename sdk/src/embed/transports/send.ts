// The webhook transport as the widget uses it: write-ahead into the outbox, try now, retry with backoff
// (1 s, 3 s) while the user watches, then leave it queued for the outbox (online / next page load).
import type { Ticket } from '../../core/index.js';
import type { SendResult } from '../../ui/services.js';
import { deliver, inOutbox, putOutbox, scheduleFlush } from './outbox.js';
import { type PostResult, postTicket, type WebhookTarget } from './webhook.js';

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

export async function sendTicket(
  target: WebhookTarget,
  ticket: Ticket,
  options: { fetch?: typeof fetch; delays?: number[]; now?: () => number } = {},
): Promise<SendResult> {
  const delays = options.delays ?? [1_000, 3_000];
  const entry = { ...target, ticket, attempts: 0, queuedAt: (options.now ?? Date.now)() };
  const stored = putOutbox(entry);
  let last: PostResult = { ok: false, code: 'network', retry: true };
  for (let i = 0; ; i++) {
    // A flush in this or another tab may have delivered it meanwhile.
    if (stored && i > 0 && !inOutbox(ticket.idempotencyKey)) return { ok: true, id: ticket.id };
    last = stored ? await deliver(entry, options.fetch) : await postTicket(target, ticket, options.fetch);
    if (last.ok) return { ok: true, id: last.id };
    if (!last.retry) return { ok: false, code: last.code, queued: false };
    if (i >= delays.length || !navigator.onLine) break;
    await sleep(delays[i] ?? 0);
  }
  if (stored) scheduleFlush();
  return { ok: false, code: last.code, queued: stored };
}
