// The outbox: masked tickets waiting for the webhook, in localStorage, so a closed tab or a dropped
// network loses nothing.
//
// Correct across tabs of one site. Each entry has a localStorage key of its own
// (`topup-doctor:outbox:v2:<idempotency key>`), so adding one is a single atomic setItem made
// synchronously in the click that pressed Send (a tab closed right after Send has already written it),
// and no tab ever rewrites another ticket's entry. Every later change of an entry (claim, attempt count,
// removal) is a read-modify-write done under one Web Lock. A tab that is about to POST an entry claims
// it first (for one request's time): other tabs skip claimed entries, and a claim left by a closed tab
// simply expires. Entries leave the box only when the intake accepted that idempotency key (2xx) or
// refused it for good; a refusal found in the background stays visible as `refused`. The box holds
// at most MAX_ENTRIES: when full a new ticket is NOT queued and the sender is told so (the UI offers
// copy and email instead); nothing already queued is ever cut.
//
// Schedule: while the user watches, send.ts tries a few times within a bounded time; then the entry
// waits with backoff (BACKOFF_MS) while any page of the site is open, and on `online`. After the last
// step it is `stalled`: kept, tried once per page load, never in a loop. Every request has a timeout, and
// a flush has a deadline, so a hung intake holds neither the lock (no request runs under it) nor the queue.
//
// Two modules: outbox-store.ts holds the keys, the lock and the writes of the Send click (no zod: what the
// widget writes is typed); this one validates every entry it reads back (anything on the origin can write
// to localStorage) and runs the retries, so it loads only when a ticket did not get through at once, an
// undelivered one is shown, or a waiting one is flushed at page start.
import * as z from 'zod/mini';
import { Ticket } from '../../core/ticket/schema.js';
import {
  afterAttempt,
  claimedByOther,
  claimToken,
  entryKeys,
  keyOf,
  slot,
  storage,
  withLock,
} from './outbox-store.js';
import { type PostResult, postTicket, REQUEST_TIMEOUT_MS, type WebhookTarget } from './webhook.js';

// The store's parts the outbox's tests use from here.
export { BACKOFF_MS, enqueue, MAX_ENTRIES } from './outbox-store.js';

const Entry = z.object({
  endpoint: z.string().check(z.maxLength(2000)),
  headers: z.optional(z.record(z.string(), z.string())),
  ticket: Ticket,
  attempts: z.number(),
  queuedAt: z.number(),
  /** Not before this time (backoff). */
  nextAt: z.optional(z.number()),
  /** Someone is sending it right now (a token per sending operation) until `until`. */
  claim: z.optional(z.object({ by: z.string().check(z.maxLength(40)), until: z.number() })),
  state: z.optional(z.enum(['waiting', 'stalled', 'refused'])),
  /** The last failure's code ('network', 'timeout', 'http_503', 'unstorable', ...). */
  code: z.optional(z.string().check(z.maxLength(40))),
});
export type OutboxEntry = z.infer<typeof Entry>;

/** A flush gives up its turn after this long; what is left waits for the next timer. */
const FLUSH_DEADLINE_MS = 30_000;

function parseEntry(raw: string | null): OutboxEntry | undefined {
  if (!raw) return undefined;
  try {
    const parsed = Entry.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** Every valid entry (anything else under the prefix is removed: the box only ever holds masked tickets). */
export function readOutbox(): OutboxEntry[] {
  const s = storage();
  if (!s) return [];
  const out: OutboxEntry[] = [];
  for (const k of entryKeys(s)) {
    const entry = parseEntry(s.getItem(k));
    if (entry && slot(keyOf(entry)) === k) out.push(entry);
    else s.removeItem(k);
  }
  return out.sort((a, b) => a.queuedAt - b.queuedAt);
}

/** Read-modify-write of one entry under the lock; `undefined` from `fn` removes it. */
export function update(
  idempotencyKey: string,
  fn: (entry: OutboxEntry) => OutboxEntry | undefined,
): Promise<OutboxEntry | undefined> {
  return withLock(() => {
    const s = storage();
    if (!s) return undefined;
    const k = slot(idempotencyKey);
    const entry = parseEntry(s.getItem(k));
    if (!entry) return undefined;
    const next = fn(entry);
    try {
      if (next) s.setItem(k, JSON.stringify(next));
      else s.removeItem(k);
    } catch {
      return undefined;
    }
    return next;
  });
}

/** Applies one attempt's outcome to the entry (under the lock), releasing the claim. */
export async function settle(
  idempotencyKey: string,
  result: PostResult,
  by: string,
  now: number,
  options: { background: boolean },
): Promise<void> {
  await update(idempotencyKey, (e) => afterAttempt(e, result, by, now, options));
}

/** Claims an entry for one request; undefined when it is gone, refused, or someone else is on it. */
export function claim(idempotencyKey: string, by: string, now: number, ms: number) {
  let claimed: OutboxEntry | undefined;
  return update(idempotencyKey, (e) => {
    if (e.state === 'refused' || claimedByOther(e, by, now)) return e;
    claimed = { ...e, claim: { by, until: now + ms } };
    return claimed;
  }).then(() => claimed);
}

/** One background attempt for one entry: claim, POST with a timeout, settle. */
export async function deliver(
  entry: OutboxEntry,
  options: { fetch?: typeof fetch; now?: () => number; timeoutMs?: number } = {},
): Promise<PostResult | undefined> {
  const now = options.now ?? Date.now;
  const timeoutMs = options.timeoutMs ?? REQUEST_TIMEOUT_MS;
  const by = claimToken();
  const claimed = await claim(keyOf(entry), by, now(), timeoutMs + 5_000);
  if (!claimed) return undefined;
  const target: WebhookTarget = { endpoint: claimed.endpoint, headers: claimed.headers };
  const result = await postTicket(target, claimed.ticket, { fetch: options.fetch, timeoutMs });
  await settle(keyOf(entry), result, by, now(), { background: true });
  return result;
}

let timer: ReturnType<typeof setTimeout> | undefined;
let listening = false;

/** When the next attempt is due for an entry (its backoff or a claim that will expire). */
const dueAt = (e: OutboxEntry) => Math.max(e.nextAt ?? 0, e.claim?.until ?? 0);

/** Keeps retrying while something waits: on `online`, and on a timer for the next due entry. */
export function scheduleFlush(now: () => number = Date.now): void {
  clearTimeout(timer);
  const waiting = readOutbox().filter((e) => (e.state ?? 'waiting') === 'waiting');
  if (!waiting.length) return;
  if (!listening) {
    listening = true;
    addEventListener(
      'online',
      () => {
        listening = false;
        void flushOutbox();
      },
      { once: true },
    );
  }
  const next = Math.min(...waiting.map(dueAt));
  timer = setTimeout(() => void flushOutbox(), Math.max(1_000, next - now() + 50));
}

/**
 * Sends what is due, one request at a time, for at most `deadlineMs`. `atLoad` (the loader's call on a
 * new page) also gives `stalled` entries their one attempt per visit. No request runs under the lock.
 */
export async function flushOutbox(
  options: { fetch?: typeof fetch; now?: () => number; deadlineMs?: number; atLoad?: boolean } = {},
): Promise<void> {
  const now = options.now ?? Date.now;
  const end = now() + (options.deadlineMs ?? FLUSH_DEADLINE_MS);
  for (const entry of readOutbox()) {
    const left = end - now();
    if (left <= 0) break;
    const state = entry.state ?? 'waiting';
    if (state === 'refused' || (state === 'stalled' && !options.atLoad)) continue;
    // A new page is a user's visit: worth one attempt whatever the backoff says.
    if (!options.atLoad && (entry.nextAt ?? 0) > now()) continue;
    if (entry.claim && entry.claim.until > now()) continue;
    await deliver(entry, {
      fetch: options.fetch,
      now,
      timeoutMs: Math.max(1_000, Math.min(REQUEST_TIMEOUT_MS, left)),
    });
  }
  scheduleFlush(now);
}
