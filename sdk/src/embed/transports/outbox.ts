// The outbox: masked tickets waiting for the webhook, in localStorage, so a closed tab or a dropped
// network loses nothing. Written BEFORE the first attempt (write-ahead), removed on acceptance (2xx or
// 409 = the intake already has this idempotency key) or on a definitive refusal (4xx). Entries are
// re-validated with the Ticket schema whenever they are read: anything else in the key is dropped, so
// the box can only ever hold (and send) masked tickets. Flushes are serialized across tabs with a Web
// Lock where available, and retried on `online` and with exponential backoff while the page is open.
import * as z from 'zod/mini';
import { Ticket } from '../../core/ticket/schema.js';
import { OUTBOX_KEY } from '../constants.js';
import { type PostResult, postTicket, type WebhookTarget } from './webhook.js';

const Entry = z.object({
  endpoint: z.string().check(z.maxLength(2000)),
  headers: z.optional(z.record(z.string(), z.string())),
  ticket: Ticket,
  attempts: z.number(),
  queuedAt: z.number(),
});
export type OutboxEntry = z.infer<typeof Entry>;

const MAX_ENTRIES = 20;
const MAX_BACKOFF_MS = 5 * 60_000;

function storage(): Storage | null {
  try {
    return localStorage;
  } catch {
    return null;
  }
}

export function readOutbox(): OutboxEntry[] {
  const raw = storage()?.getItem(OUTBOX_KEY);
  if (!raw) return [];
  let list: unknown;
  try {
    list = JSON.parse(raw);
  } catch {
    return [];
  }
  if (!Array.isArray(list)) return [];
  return list.flatMap((item) => {
    const parsed = Entry.safeParse(item);
    return parsed.success ? [parsed.data] : [];
  });
}

function write(entries: OutboxEntry[]): boolean {
  const s = storage();
  if (!s) return false;
  try {
    if (entries.length) s.setItem(OUTBOX_KEY, JSON.stringify(entries.slice(-MAX_ENTRIES)));
    else s.removeItem(OUTBOX_KEY);
    return true;
  } catch {
    return false; // quota or privacy mode: sending still works, only the safety net is gone
  }
}

const keyOf = (e: OutboxEntry) => e.ticket.idempotencyKey;

/** Adds (or replaces) an entry; false when storage is unavailable. Validates before writing. */
export function putOutbox(entry: OutboxEntry): boolean {
  if (!Entry.safeParse(entry).success) return false;
  return write([...readOutbox().filter((e) => keyOf(e) !== keyOf(entry)), entry]);
}

export function inOutbox(key: string): boolean {
  return readOutbox().some((e) => keyOf(e) === key);
}

function drop(key: string): void {
  write(readOutbox().filter((e) => keyOf(e) !== key));
}

function bump(key: string): void {
  write(readOutbox().map((e) => (keyOf(e) === key ? { ...e, attempts: e.attempts + 1 } : e)));
}

const inflight = new Set<string>();

/** One attempt for one entry, updating the box with the outcome. */
export async function deliver(entry: OutboxEntry, fetchImpl?: typeof fetch): Promise<PostResult> {
  const key = keyOf(entry);
  if (inflight.has(key)) return { ok: false, code: 'in_flight', retry: true };
  inflight.add(key);
  try {
    const target: WebhookTarget = { endpoint: entry.endpoint, headers: entry.headers };
    const result = await postTicket(target, entry.ticket, fetchImpl);
    if (result.ok || !result.retry) drop(key);
    else bump(key);
    return result;
  } finally {
    inflight.delete(key);
  }
}

let timer: ReturnType<typeof setTimeout> | undefined;
let listening = false;

/** Keeps retrying while something waits: on `online`, and on a backoff timer. */
export function scheduleFlush(): void {
  const left = readOutbox();
  clearTimeout(timer);
  if (!left.length) return;
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
  const attempts = Math.min(...left.map((e) => e.attempts));
  timer = setTimeout(() => void flushOutbox(), Math.min(MAX_BACKOFF_MS, 5_000 * 2 ** attempts));
}

/** Sends everything waiting. Called at page load (by the loader, only when the key exists) and on `online`. */
export async function flushOutbox(fetchImpl?: typeof fetch): Promise<void> {
  const run = async () => {
    for (const entry of readOutbox()) await deliver(entry, fetchImpl);
    scheduleFlush();
  };
  const locks = (navigator as Navigator & { locks?: LockManager }).locks;
  // ifAvailable: another tab is flushing the same box right now; it will reschedule if needed.
  if (locks)
    await locks.request('topup-doctor-outbox', { ifAvailable: true }, async (lock) =>
      lock ? run() : undefined,
    );
  else await run();
}
