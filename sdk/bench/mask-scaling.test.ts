import { describe, expect, it } from 'vitest';
import { type Samples, scalingOf } from './mask-scaling.js';

const SIZES = [10_000, 20_000, 30_000];
const ROUNDS = 7;
const TARGET = 12; // bench:mask's scaling target

/** Block medians for ROUNDS rounds of a cost model; `jitter(size, round)` multiplies one block. */
function samples(
  cost: (n: number) => number,
  jitter: (size: number, round: number) => number = () => 1,
): Samples {
  const m = new Map<number, number[]>();
  for (const n of SIZES)
    for (const size of [n, n * 10])
      m.set(
        size,
        Array.from({ length: ROUNDS }, (_, r) => cost(size) * jitter(size, r)),
      );
  return m;
}

describe('scalingOf', () => {
  it('reads a linear engine as x10, with a fixed cost per call below it', () => {
    expect(
      scalingOf(
        samples((n) => 16e-6 * n),
        SIZES,
      ).ratio,
    ).toBeCloseTo(10, 6);
    expect(
      scalingOf(
        samples((n) => 0.05 + 16e-6 * n),
        SIZES,
      ).ratio,
    ).toBeLessThan(10);
  });

  it('cancels a slow stretch of the machine that slows both blocks of a round', () => {
    const s = samples(
      (n) => 16e-6 * n,
      (_, r) => [1, 1.8, 1, 2.5, 1.2, 1, 1.4][r]!,
    );
    expect(scalingOf(s, SIZES).ratio).toBeCloseTo(10, 6);
  });

  it('keeps a linear engine under target when some large blocks alone were slowed (up to 3 rounds in 7)', () => {
    const s = samples(
      (n) => 16e-6 * n,
      (size, r) => (size >= 100_000 && r % 2 === 1 ? 1.5 : 1 + 0.02 * ((size / 10_000 + r) % 3)),
    );
    expect(scalingOf(s, SIZES).ratio).toBeLessThanOrEqual(TARGET);
  });

  it('fails a quadratic engine (x100), even when its small blocks were the slow ones', () => {
    expect(
      scalingOf(
        samples((n) => 1e-9 * n * n),
        SIZES,
      ).ratio,
    ).toBeCloseTo(100, 6);
    const s = samples(
      (n) => 1e-9 * n * n,
      (size) => (size >= 100_000 ? 0.7 : 1.3),
    );
    expect(scalingOf(s, SIZES).ratio).toBeGreaterThan(TARGET);
  });

  it('fails a mildly superlinear engine: n^1.1 (x12.6) and n log n (x12.5 from 10k)', () => {
    expect(
      scalingOf(
        samples((n) => n ** 1.1),
        SIZES,
      ).ratio,
    ).toBeGreaterThan(TARGET);
    expect(
      scalingOf(
        samples((n) => n * Math.log(n)),
        SIZES,
      ).ratio,
    ).toBeGreaterThan(TARGET);
  });

  it('fails an engine superlinear in most rounds, whatever the other rounds read', () => {
    // 4 rounds of 7 at x13 (a real cost), 3 rounds quiet on the large side: the median is the real cost.
    const s = samples(
      (n) => 16e-6 * n,
      (size, r) => (size >= 100_000 && r < 4 ? 1.3 : 1),
    );
    expect(scalingOf(s, SIZES).ratio).toBeGreaterThan(TARGET);
  });

  it('takes the median over n: one superlinear size alone does not decide', () => {
    const s = samples((n) => (n === 300_000 ? 20e-6 : 16e-6) * n);
    const r = scalingOf(s, SIZES);
    expect(r.ratios.map((x) => Number(x.toFixed(2)))).toEqual([10, 10, 12.5]);
    expect(r.ratio).toBeCloseTo(10, 6);
  });

  it('refuses samples without both sizes of a pair, round for round', () => {
    expect(() => scalingOf(new Map([[10_000, [1]]]), [10_000])).toThrow(/no paired timings/);
    expect(() =>
      scalingOf(
        new Map([
          [10_000, [1, 1]],
          [100_000, [10]],
        ]),
        [10_000],
      ),
    ).toThrow(/no paired timings/);
  });
});
