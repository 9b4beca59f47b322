// shape.ts must decide exactly as zod/mini does and give the same output: random schemas built from the
// combinators the console schemas use, each built twice (shape.ts and zod/mini), run on random JSON.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import * as z from 'zod/mini';
import * as s from './shape.js';

type Pair = { ours: s.Schema<unknown>; zod: z.ZodMiniType };
const KEYS = ['id', 'name', 'data', 'items'] as const;

const leaves: fc.Arbitrary<Pair>[] = [
  fc.constant({ ours: s.string(), zod: z.string() }),
  fc.constant({ ours: s.number(), zod: z.number() }),
  fc.constant({ ours: s.boolean(), zod: z.boolean() }),
  fc.constant({ ours: s.unknown(), zod: z.unknown() }),
];
const { schema } = fc.letrec<{ schema: Pair }>((tie) => ({
  schema: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    ...leaves,
    tie('schema').map((p) => ({ ours: s.optional(p.ours), zod: z.optional(p.zod) })),
    tie('schema').map((p) => ({ ours: s.nullable(p.ours), zod: z.nullable(p.zod) })),
    fc
      .array(tie('schema'), { minLength: 1, maxLength: 3 })
      .map((ps) => ({ ours: s.union(ps.map((p) => p.ours)), zod: z.union(ps.map((p) => p.zod)) })),
    fc.dictionary(fc.constantFrom(...KEYS), tie('schema'), { maxKeys: 4 }).map((shape) => ({
      ours: s.object(Object.fromEntries(Object.entries(shape).map(([k, p]) => [k, p.ours]))),
      zod: z.object(Object.fromEntries(Object.entries(shape).map(([k, p]) => [k, p.zod]))),
    })),
  ),
}));
// JSON as consoles send it, with the schemas' key names so objects match often enough to matter.
const { json } = fc.letrec<{ json: unknown }>((tie) => ({
  json: fc.oneof(
    { depthSize: 'small' },
    fc.string({ maxLength: 4 }),
    fc.double(),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
    fc.array(tie('json'), { maxLength: 3 }),
    fc.dictionary(fc.constantFrom(...KEYS, 'extra'), tie('json'), { maxKeys: 5 }),
  ),
}));

describe('shape', () => {
  test('accepts and refuses what zod/mini does, with the same output', () => {
    fc.assert(
      fc.property(schema, json, ({ ours, zod }, value) => {
        const a = ours.safeParse(value);
        const b = zod.safeParse(value);
        expect(a.success).toBe(b.success);
        if (a.success && b.success) expect(a.data).toStrictEqual(b.data);
      }),
      { numRuns: 5000 },
    );
  });

  test('objects keep known keys only; an absent optional key stays absent', () => {
    const o = s.object({ id: s.union([s.number(), s.string()]), name: s.optional(s.nullable(s.string())) });
    expect(o.safeParse({ id: 7, extra: 'x' })).toStrictEqual({ success: true, data: { id: 7 } });
    expect(o.safeParse({ id: '7', name: null })).toStrictEqual({
      success: true,
      data: { id: '7', name: null },
    });
    expect(o.safeParse({ id: 7, name: 3 }).success).toBe(false);
    expect(o.safeParse([7]).success).toBe(false);
    expect(s.number().safeParse(Number.POSITIVE_INFINITY).success).toBe(false);
    expect(s.number().safeParse(Number.NaN).success).toBe(false);
  });
});
