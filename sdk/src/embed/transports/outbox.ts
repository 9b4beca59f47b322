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
import * as z from 'zod/mini';
import { Ticket } from '../../core/ticket/schema.js';
import { OUTBOX_PREFIX } from '../constants.js';
import { randomId } from '../ids.js';
import { type PostResult, postTicket, REQUEST_TIMEOUT_MS, type WebhookTarget } from './webhook.js';

const ENTRY_PREFIX = `${OUTBOX_PREFIX}v2:`;
const LOCK = 'topup-doctor-outbox';

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

export const MAX_ENTRIES = 20;
/** Waits between background attempts; after the last one the entry is `stalled`. */
export const BACKOFF_MS = [10_000, 30_000, 60_000, 2 * 60_000, 5 * 60_000, 10 * 60_000, 30 * 60_000];
/** A flush gives up its turn after this long; what is left waits for the next timer. */
const FLUSH_DEADLINE_MS = 30_000;

function storage(): Storage | null {
  try {
    return localStorage;
  } catch {
    return null;
  }
}

const keyOf = (e: OutboxEntry) => e.ticket.idempotencyKey;
const slot = (idempotencyKey: string) => ENTRY_PREFIX + idempotencyKey;

function parseEntry(raw: string | null): OutboxEntry | undefined {
  if (!raw) return undefined;
  try {
    const parsed = Entry.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

function entryKeys(s: Storage): string[] {
  const keys: string[] = [];
  for (let i = 0; i < s.length; i++) {
    const k = s.key(i);
    if (k?.startsWith(ENTRY_PREFIX)) keys.push(k);
  }
  return keys;
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

export type EnqueueResult = 'stored' | 'full' | 'unavailable' | 'invalid';

/**
 * Write-ahead, synchronously (a tab closed right after Send has already stored it): one setItem of a
 * key no other ticket uses. Refuses rather than cutting anything when the box is full.
 */
export function enqueue(entry: OutboxEntry): EnqueueResult {
  if (!Entry.safeParse(entry).success) return 'invalid';
  const s = storage();
  if (!s) return 'unavailable';
  const k = slot(keyOf(entry));
  if (s.getItem(k) === null && entryKeys(s).length >= MAX_ENTRIES) return 'full';
  try {
    s.setItem(k, JSON.stringify(entry));
    return 'stored';
  } catch {
    return 'unavailable'; // quota or privacy mode
  }
}

/** Runs `fn` while holding the outbox lock (every tab of the origin shares it). */
async function withLock<T>(fn: () => T | Promise<T>): Promise<T> {
  const locks = (navigator as Navigator & { locks?: LockManager }).locks;
  if (!locks) return fn(); // no Web Locks: each update is still one synchronous read-modify-write
  return locks.request(LOCK, async () => fn());
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

/** A new claim token for one sending operation. */
export const claimToken = (): string => randomId(12);

const claimedByOther = (e: OutboxEntry, by: string, now: number) =>
  !!e.claim && e.claim.by !== by && e.claim.until > now;

/** Applies one attempt's outcome to the entry (under the lock), releasing the claim. */
export async function settle(
  idempotencyKey: string,
  result: PostResult,
  by: string,
  now: number,
  options: { background: boolean },
): Promise<void> {
  await update(idempotencyKey, (e) => {
    if (result.ok) return undefined;
    if (claimedByOther(e, by, now)) return e;
    const { claim: _released, ...rest } = e;
    if (!result.retry) {
      // The sender is watching: it shows the refusal itself. In the background nobody is: keep it
      // as `refused` (not sent again) so the widget can still offer it for copy.
      return options.background ? { ...rest, state: 'refused', code: result.code } : undefined;
    }
    const attempts = e.attempts + 1;
    const step = BACKOFF_MS[Math.max(0, attempts - 1)];
    return {
      ...rest,
      attempts,
      code: result.code,
      state: step === undefined ? 'stalled' : 'waiting',
      nextAt: now + (step ?? 0),
    };
  });
}

/**
 * Drops this sender's claim at once, without the lock: for `pagehide`, when nothing async will run any
 * more. Safe because while an entry is claimed only its claimer changes it (everyone else skips it).
 */
export function releaseClaimNow(idempotencyKey: string, by: string): void {
  const s = storage();
  const k = slot(idempotencyKey);
  const entry = parseEntry(s?.getItem(k) ?? null);
  if (!s || entry?.claim?.by !== by) return;
  const { claim: _released, ...rest } = entry;
  try {
    s.setItem(k, JSON.stringify(rest));
  } catch {
    // the claim then simply expires
  }
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
