// The outbox's store (outbox.ts tells the whole design): the keys, the lock and the writes the Send
// click makes, without the entry schema or zod. What the widget writes here is typed (a ticket
// buildTicket made, the endpoint the config check passed), so writing needs no schema; what it reads
// back may have been written by anything on this origin, so every read of an entry is validated, in
// outbox.ts, which the send path loads only when a ticket did not get through at once.
import { OUTBOX_PREFIX } from '../constants.js';
import { randomId } from '../ids.js';
import type { OutboxEntry } from './outbox.js';
import type { PostResult } from './webhook.js';

const ENTRY_PREFIX = `${OUTBOX_PREFIX}v2:`;
const LOCK = 'topup-doctor-outbox';

export const MAX_ENTRIES = 20;
/** Waits between background attempts; after the last one the entry is `stalled`. */
export const BACKOFF_MS = [10_000, 30_000, 60_000, 2 * 60_000, 5 * 60_000, 10 * 60_000, 30 * 60_000];
/** The entry schema's limit on the endpoint (outbox.ts `Entry`): the one a type cannot carry. */
const MAX_ENDPOINT = 2000;

export function storage(): Storage | null {
  try {
    return localStorage;
  } catch {
    return null;
  }
}

export const keyOf = (e: OutboxEntry): string => e.ticket.idempotencyKey;
export const slot = (idempotencyKey: string): string => ENTRY_PREFIX + idempotencyKey;

export function entryKeys(s: Storage): string[] {
  const keys: string[] = [];
  for (let i = 0; i < s.length; i++) {
    const k = s.key(i);
    if (k?.startsWith(ENTRY_PREFIX)) keys.push(k);
  }
  return keys;
}

export type EnqueueResult = 'stored' | 'full' | 'unavailable' | 'invalid';

/**
 * Write-ahead, synchronously (a tab closed right after Send has already stored it): one setItem of a
 * key no other ticket uses. Refuses rather than cutting anything when the box is full.
 */
export function enqueue(entry: OutboxEntry): EnqueueResult {
  if (entry.endpoint.length > MAX_ENDPOINT) return 'invalid';
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
export async function withLock<T>(fn: () => T | Promise<T>): Promise<T> {
  const locks = (navigator as Navigator & { locks?: LockManager }).locks;
  if (!locks) return fn(); // no Web Locks: each update is still one synchronous read-modify-write
  return locks.request(LOCK, async () => fn());
}

/** Removes an entry under the lock (delivered, refused while the sender watched, or forgotten by the user):
 *  nothing of it is read, so nothing needs validating. */
export function remove(idempotencyKey: string): Promise<void> {
  return withLock(() => {
    try {
      storage()?.removeItem(slot(idempotencyKey));
    } catch {
      // storage went away: nothing to remove
    }
  });
}

/** A new claim token for one sending operation. */
export const claimToken = (): string => randomId(12);

/**
 * Drops this sender's claim at once, without the lock: for `pagehide`, when nothing async will run any
 * more. Safe because while an entry is claimed only its claimer changes it (everyone else skips it). Only
 * an entry holding this sender's own fresh token is rewritten, so the entry is the one this tab wrote.
 */
export function releaseClaimNow(idempotencyKey: string, by: string): void {
  const s = storage();
  const k = slot(idempotencyKey);
  try {
    const entry = JSON.parse(s?.getItem(k) ?? 'null') as { claim?: { by?: unknown } } | null;
    if (!s || entry?.claim?.by !== by) return;
    const { claim: _released, ...rest } = entry;
    s.setItem(k, JSON.stringify(rest));
  } catch {
    // not JSON, or storage full: the claim then simply expires
  }
}

export const claimedByOther = (e: OutboxEntry, by: string, now: number) =>
  !!e.claim && e.claim.by !== by && e.claim.until > now;

/** An entry after one attempt of sender `by` (its claim released); undefined: it leaves the box. */
export function afterAttempt(
  e: OutboxEntry,
  result: PostResult,
  by: string,
  now: number,
  options: { background: boolean },
): OutboxEntry | undefined {
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
}

/**
 * The interactive sender's last attempt failed: its own entry (the one holding its fresh claim token, as
 * in releaseClaimNow) gets the attempt, under the lock. Needs no network and no schema: the sender may
 * well be offline. Resolves with when the entry is next due, if it waits.
 */
export function settleOwn(idempotencyKey: string, result: PostResult, by: string, now: number) {
  return withLock((): number | undefined => {
    const s = storage();
    const k = slot(idempotencyKey);
    try {
      const entry = JSON.parse(s?.getItem(k) ?? 'null') as OutboxEntry | null;
      if (!s || entry?.claim?.by !== by) return undefined;
      const next = afterAttempt(entry, result, by, now, { background: false });
      if (next) s.setItem(k, JSON.stringify(next));
      else s.removeItem(k);
      return next?.state === 'waiting' ? next.nextAt : undefined;
    } catch {
      return undefined; // not JSON or storage full: the claim expires and a later flush finds it
    }
  });
}

/**
 * Hands a waiting ticket to the outbox's schedule (outbox.ts, loaded then): when it is due, or as soon as
 * the browser is back online. Loading fails while offline; it is tried again when the browser is online.
 */
export function flushLater(at: number, now: () => number = Date.now): void {
  let done = false;
  const run = (): void => {
    if (done) return;
    clearTimeout(timer);
    import('./outbox.js').then(
      (outbox) => {
        if (done) return;
        done = true; // the outbox's own schedule (scheduleFlush) takes over from here
        void outbox.flushOutbox({ now });
      },
      () => addEventListener('online', run, { once: true }),
    );
  };
  const timer = setTimeout(run, Math.max(1_000, at - now() + 50));
  addEventListener('online', run, { once: true });
}
