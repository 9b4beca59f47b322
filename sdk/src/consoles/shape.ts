// The consoles' JSON checks: the few zod/mini combinators their schemas use (object, string, number,
// boolean, unknown, optional, nullable, union), written out in well under 1 KB so reading a console needs
// no zod (about 9 KB gzip on the widget's way to a ticket). Console JSON is outside input and stays
// validated exactly as strictly: the same accept/refuse decisions and the same output as zod/mini's,
// which shape.test.ts checks against zod itself on random schemas and values. Objects keep their known
// keys only (an absent optional key stays absent), numbers are finite, the first matching union member
// wins. Operator-written code (the custom preset) and every other boundary keep zod.

export type Result<T> = { success: true; data: T } | { success: false };

export interface Schema<T> {
  safeParse(input: unknown): Result<T>;
  /** An object may lack this key: optional(), or nullable() / union() of an optional (as zod's "optin").
   *  A key that is not optional must be present, even when its schema accepts undefined (zod too). */
  readonly optional?: boolean;
  /** Type only: what a successful parse gives. */
  readonly _out?: T;
}

/** A schema an object may lack the key of. */
export interface Optional<T> extends Schema<T | undefined> {
  readonly optional: true;
}

export type Infer<S> = S extends Schema<infer T> ? T : never;

type Shape = Record<string, Schema<unknown>>;
type Flat<T> = { [K in keyof T]: T[K] };
type ObjectOut<S extends Shape> = Flat<
  { [K in keyof S as S[K] extends Optional<unknown> ? never : K]: Infer<S[K]> } & {
    [K in keyof S as S[K] extends Optional<unknown> ? K : never]?: Infer<S[K]>;
  }
>;

const FAIL = { success: false } as const;
const ok = <T>(data: T): Result<T> => ({ success: true, data });
const leaf = <T>(test: (v: unknown) => boolean): Schema<T> => ({
  safeParse: (v) => (test(v) ? ok(v as T) : FAIL),
});

export const string = (): Schema<string> => leaf((v) => typeof v === 'string');
export const number = (): Schema<number> => leaf((v) => typeof v === 'number' && Number.isFinite(v));
export const boolean = (): Schema<boolean> => leaf((v) => typeof v === 'boolean');
export const unknown = (): Schema<unknown> => leaf(() => true);

export const optional = <T>(schema: Schema<T>): Optional<T> => ({
  optional: true,
  safeParse: (v) => (v === undefined ? ok(undefined) : schema.safeParse(v)),
});

export const nullable = <T>(schema: Schema<T>): Schema<T | null> => ({
  optional: schema.optional,
  safeParse: (v) => (v === null ? ok(null) : schema.safeParse(v)),
});

export const union = <S extends readonly Schema<unknown>[]>(options: S): Schema<Infer<S[number]>> => ({
  optional: options.some((o) => o.optional),
  safeParse(v) {
    for (const option of options) {
      const r = option.safeParse(v);
      if (r.success) return r as Result<Infer<S[number]>>;
    }
    return FAIL;
  },
});

export const object = <S extends Shape>(shape: S): Schema<ObjectOut<S>> => ({
  safeParse(v) {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return FAIL;
    const input = v as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const key in shape) {
      const schema = shape[key] as Schema<unknown>;
      // An absent key: left out of the output when optional, else the object is refused.
      if (!(key in input)) {
        if (schema.optional) continue;
        return FAIL;
      }
      const r = schema.safeParse(input[key]);
      if (!r.success) return FAIL;
      out[key] = r.data;
    }
    return ok(out as ObjectOut<S>);
  },
});
