// Scaling of the masking engine on one input family: time(10n) / time(n) at several n, measured so that
// what one size leaves behind (V8's GC and JIT state) cannot be charged to the other, and a neighbour's
// burst of load on this shared 2-core machine cannot decide the figure.
//
// Why not alternate single small and large calls (the method until 2026-12): each timing of the large
// input started right after the small one's garbage and inline caches and vice versa, and the large
// side paid for it: `密码密码…` read x11.8-x12.5 alternating while each size measured alone cost a flat
// 16-17 ns/char. Here each size is timed in a block of its own (a warm-up call first, then `runs`
// timings, kept as their median), and the two blocks of a pair run back to back, so a slow minute of
// the machine slows both: each round gives a ratio of the pair's blocks, and a pair's figure is the
// median of its `rounds` ratios (the large size goes first in every other round, so neither side
// always follows the other). The family's figure is the median over n. A true superlinear cost is in
// every large block and so in every ratio and every median: `mask-scaling.test.ts` runs `scalingOf` on
// synthetic quadratic, n^1.1 and n log n timings (x100, x12.6, x12.5: all fail x12), and the bench
// measures a deliberately quadratic scan with this same harness as a control that must fail.

/** Median (upper middle for an even count). */
export const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

/** Block medians of one input family: size -> one block median per round, in round order. */
export type Samples = ReadonlyMap<number, readonly number[]>;

export interface Scaling {
  /** Per n (in the order of `sizes`): the median over rounds of time(10n) / time(n). */
  ratios: number[];
  /** The median of `ratios`: one noisy size cannot decide the figure. Linear is x10. */
  ratio: number;
  /** Median time per size over rounds (ms), for display. */
  times: Map<number, number>;
}

/** The figure from block medians: per round the ratio of a pair's blocks, per n their median, then the
 *  median over n. */
export function scalingOf(samples: Samples, sizes: readonly number[]): Scaling {
  const times = new Map<number, number>();
  for (const [size, xs] of samples) times.set(size, median(xs));
  const ratios = sizes.map((n) => {
    const small = samples.get(n);
    const big = samples.get(n * 10);
    if (!small?.length || big?.length !== small.length)
      throw new Error(`no paired timings for ${n} and ${n * 10}`);
    return median(small.map((t, r) => big[r]! / t));
  });
  return { ratios, ratio: median(ratios), times };
}

/** Process CPU time (user + system) of a process.cpuUsage() difference, in ms. */
export const cpuMs = (c: NodeJS.CpuUsage) => (c.user + c.system) / 1000;

/** ms of process CPU time (user + system: V8's GC helper threads count) per call, over at least 10 ms. */
export function timeCall(run: (s: string) => unknown, s: string): number {
  let reps = 0;
  const c0 = process.cpuUsage();
  let used = 0;
  do {
    run(s);
    reps++;
    used = cpuMs(process.cpuUsage(c0));
  } while (used < 10);
  return used / reps;
}

/** Measures `run` on `gen(n)` and `gen(10n)` for every n: each size in its own warmed block, per round. */
export function measureScaling(
  run: (s: string) => unknown,
  gen: (n: number) => string,
  sizes: readonly number[],
  { rounds = 7, runs = 3 } = {},
): Scaling {
  const inputs = new Map<number, string>();
  for (const n of sizes) for (const size of [n, n * 10]) inputs.set(size, gen(size));
  const samples = new Map<number, number[]>();
  for (let round = 0; round < rounds; round++) {
    for (const n of sizes) {
      const order = round % 2 === 0 ? [n, n * 10] : [n * 10, n];
      for (const size of order) {
        const s = inputs.get(size)!;
        timeCall(run, s); // warm-up: this size's code paths and allocation pattern
        const block: number[] = [];
        for (let k = 0; k < runs; k++) block.push(timeCall(run, s));
        const xs = samples.get(size) ?? [];
        xs.push(median(block));
        samples.set(size, xs);
      }
    }
  }
  return scalingOf(samples, sizes);
}

/** A deliberately quadratic scan (every character compared with every earlier one): the control a
 *  scaling method must fail. */
export function quadraticScan(s: string): number {
  let same = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    for (let j = 0; j < i; j++) if (s.charCodeAt(j) === c) same++;
  }
  return same;
}
