// The webhook transport as the widget uses it: write-ahead into the outbox (synchronously, in the click),
// then a few attempts while the user watches, all within INTERACTIVE_BUDGET_MS, each with its own
// timeout. "Sent" is returned only when the intake accepted this ticket's idempotency key in answer to
// one of these requests; otherwise the ticket stays queued (and the UI says what will happen), or it
// could not be queued (box full, storage blocked) and the UI offers copy and email instead.
// The whole send path writes and reads only this sender's own entry (outbox-store.ts, no schema): the
// outbox's validated reads and its schedule (outbox.ts, zod) load only when a queued ticket is due.
import type { Ticket } from '../../core/index.js';
import type { SendResult } from '../../ui/services.js';
import { claimToken, enqueue, flushLater, releaseClaimNow, remove, settleOwn } from './outbox-store.js';
import { type PostResult, postTicket, REQUEST_TIMEOUT_MS, type WebhookTarget } from './webhook.js';

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** The longest "Sending…" a user sees before the widget says where the ticket is. */
const INTERACTIVE_BUDGET_MS = 15_000;

export async function sendTicket(
  target: WebhookTarget,
  ticket: Ticket,
  options: { fetch?: typeof fetch; delays?: number[]; now?: () => number; budgetMs?: number } = {},
): Promise<SendResult> {
  const now = options.now ?? Date.now;
  const delays = options.delays ?? [1_000, 3_000];
  const budget = options.budgetMs ?? INTERACTIVE_BUDGET_MS;
  const start = now();
  const by = claimToken();
  // Claimed by this send for the whole interactive window: other tabs leave it alone meanwhile, and
  // if this tab closes, the claim expires and any page of the site delivers it.
  const stored = enqueue({
    ...target,
    ticket,
    attempts: 0,
    queuedAt: start,
    claim: { by, until: start + budget + REQUEST_TIMEOUT_MS },
  });
  if (stored === 'invalid') return { ok: false, code: 'invalid', queued: false };
  // The tab closes mid-send: hand the ticket to the next page of the site at once (a keepalive request
  // may still arrive too; the intake accepts the key once).
  const release = () => releaseClaimNow(ticket.idempotencyKey, by);
  addEventListener('pagehide', release);
  try {
    return await attempts(target, ticket, options, { now, delays, budget, start, by, stored });
  } finally {
    removeEventListener('pagehide', release);
  }
}

async function attempts(
  target: WebhookTarget,
  ticket: Ticket,
  options: { fetch?: typeof fetch },
  run: { now: () => number; delays: number[]; budget: number; start: number; by: string; stored: string },
): Promise<SendResult> {
  const { now, delays, budget, start, by, stored } = run;
  let last: PostResult = { ok: false, code: 'network', retry: true };
  for (let i = 0; ; i++) {
    const left = budget - (now() - start);
    last = await postTicket(target, ticket, {
      fetch: options.fetch,
      timeoutMs: Math.max(1_000, Math.min(REQUEST_TIMEOUT_MS, left)),
    });
    if (last.ok || !last.retry) {
      // Accepted, or refused for good (the user sees the refusal and can copy it): it leaves the box.
      if (stored === 'stored') await remove(ticket.idempotencyKey);
      return last.ok ? { ok: true, id: last.id } : { ok: false, code: last.code, queued: false };
    }
    const wait = delays[i];
    if (wait === undefined || !navigator.onLine || now() - start + wait >= budget) break;
    await sleep(wait);
  }
  if (stored !== 'stored') {
    return { ok: false, code: stored === 'full' ? 'outbox_full' : 'storage_unavailable', queued: false };
  }
  // Offline, most likely: the attempt is recorded without the network, and the outbox's schedule (with its
  // validated reads) is loaded when the ticket is due or the browser is back online.
  const due = await settleOwn(ticket.idempotencyKey, last, by, now());
  if (due !== undefined) flushLater(due, now);
  return { ok: false, code: last.code, queued: true };
}
