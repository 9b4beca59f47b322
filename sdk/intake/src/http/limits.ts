// Fixed-window counters per client key, in memory on purpose: a restart forgets counts, never tickets.
// (Several instances behind a load balancer each count their own share; the proxy's limits sit in front.)
export class RateLimiter {
  private readonly hits = new Map<string, { start: number; count: number }>();

  constructor(
    readonly max: number,
    readonly windowMs: number,
  ) {}

  /** Seconds to wait when `key` has used its allowance, else 0. Does not count anything. */
  wait(key: string, now: number): number {
    const entry = this.hits.get(key);
    if (!entry || now - entry.start >= this.windowMs || entry.count < this.max) return 0;
    return Math.max(1, Math.ceil((entry.start + this.windowMs - now) / 1000));
  }

  /** Counts one use of `key`'s allowance. */
  count(key: string, now: number): void {
    const entry = this.hits.get(key);
    if (!entry || now - entry.start >= this.windowMs) {
      this.hits.set(key, { start: now, count: 1 });
      if (this.hits.size > 10_000) this.prune(now);
      return;
    }
    entry.count++;
  }

  /** Forgets `key` (a successful login clears its failures). */
  reset(key: string): void {
    this.hits.delete(key);
  }

  private prune(now: number): void {
    for (const [key, entry] of this.hits) if (now - entry.start >= this.windowMs) this.hits.delete(key);
  }
}
