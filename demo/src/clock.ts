// The demo's controllable clock: every route that reads the time (orders, callbacks, redeem codes, usage
// rows, sessions, tickets) reads it from here, so "40 minutes later" or "45 days ago" can be shown
// without waiting. Time = base (the machine's clock, or a test's) + an offset that the demo tools page
// (/demo) and the environment set:
//   DEMO_CLOCK_OFFSET=+40m   (s, m, h or d; a sign is optional)
//   DEMO_NOW=2026-11-20T16:00:00+08:00   the demo starts at this time and runs on from there.

export interface ClockState {
  /** What the demo's clock says, ms since the epoch. */
  now: number;
  /** Its distance from the base clock, ms. */
  offsetMs: number;
}

export interface DemoClock {
  now(): number;
  state(): ClockState;
  /** Sets the offset from the base clock (0 returns to the machine's time). */
  setOffset(ms: number): void;
  /** Moves the clock forward (or back, with a negative number). */
  advance(ms: number): void;
  /** Makes the clock read `at` now, and run on from there. */
  setNow(at: number): void;
}

export function createClock(base: () => number = Date.now, offsetMs = 0): DemoClock {
  let offset = offsetMs;
  return {
    now: () => base() + offset,
    state: () => ({ now: base() + offset, offsetMs: offset }),
    setOffset(ms) {
      offset = ms;
    },
    advance(ms) {
      offset += ms;
    },
    setNow(at) {
      offset = at - base();
    },
  };
}

const UNIT_MS = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 } as const;

/** "+40m", "-2h", "3d", "90s" -> ms; undefined when it is not one of those. */
export function parseOffset(text: string): number | undefined {
  const m = /^\s*([+-]?)(\d+(?:\.\d+)?)\s*([smhd])\s*$/i.exec(text);
  if (!m) return undefined;
  const ms = Number(m[2]) * UNIT_MS[(m[3] ?? 'm').toLowerCase() as keyof typeof UNIT_MS];
  return m[1] === '-' ? -ms : ms;
}

/** The starting offset from DEMO_NOW / DEMO_CLOCK_OFFSET; throws on a value it cannot read (a typo
 *  must not silently run the demo on the wrong day). */
export function offsetFromEnv(env: Record<string, string | undefined>, baseNow: number): number {
  if (env.DEMO_NOW) {
    const at = Date.parse(env.DEMO_NOW);
    if (!Number.isFinite(at)) throw new Error(`DEMO_NOW is not a date: ${env.DEMO_NOW}`);
    return at - baseNow;
  }
  if (env.DEMO_CLOCK_OFFSET) {
    const ms = parseOffset(env.DEMO_CLOCK_OFFSET);
    if (ms === undefined)
      throw new Error(`DEMO_CLOCK_OFFSET must look like +40m, -2h or 3d: ${env.DEMO_CLOCK_OFFSET}`);
    return ms;
  }
  return 0;
}
