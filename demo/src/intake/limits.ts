// Per-IP fixed-window request counting for the intake (tickets and widget events). In memory on
// purpose: a restart forgets counts, never tickets.
export interface Limits {
  /** Largest accepted request body, bytes (HTTP 413 above). */
  maxBodyBytes: number;
  windowMs: number;
  ticketsPerWindow: number;
  eventsPerWindow: number;
}

export const DEFAULT_LIMITS: Limits = {
  maxBodyBytes: 64 * 1024,
  windowMs: 10 * 60_000,
  ticketsPerWindow: 20,
  eventsPerWindow: 600,
};

export class RateLimiter {
  private readonly hits = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly max: number,
    private readonly windowMs: number,
  ) {}

  /** Counts one request; returns the seconds to wait when over the limit, else 0. */
  take(key: string, now: number): number {
    const entry = this.hits.get(key);
    if (!entry || now - entry.start >= this.windowMs) {
      this.hits.set(key, { start: now, count: 1 });
      if (this.hits.size > 10_000) this.prune(now);
      return 0;
    }
    entry.count++;
    return entry.count > this.max ? Math.ceil((entry.start + this.windowMs - now) / 1000) : 0;
  }

  private prune(now: number): void {
    for (const [key, entry] of this.hits) if (now - entry.start >= this.windowMs) this.hits.delete(key);
  }
}
