// Lenient list parsing: one malformed row must not hide the good ones. Rows that fail their schema are
// dropped and counted, and the caller reports `bad_shape` for the part.

import type { ConsoleReadErrorCode } from '../core/index.js';
import type { Infer, Schema } from './shape.js';

export interface Parsed<T> {
  items: T[];
  dropped: number;
}

export function parseRows<S extends Schema<unknown>, T>(
  rows: readonly unknown[],
  schema: S,
  map: (row: Infer<S>) => T | undefined,
): Parsed<T> {
  const items: T[] = [];
  let dropped = 0;
  for (const row of rows) {
    const r = schema.safeParse(row);
    const v = r.success ? map(r.data as Infer<S>) : undefined;
    if (v === undefined) dropped++;
    else items.push(v);
  }
  return { items, dropped };
}

/** A list answer: a bare array (old one-api/new-api) or a page `{items, total}` (newer new-api, sub2api). */
export function listOf(data: unknown): unknown[] | undefined {
  if (Array.isArray(data)) return data;
  if (data && typeof data === 'object' && 'items' in data) {
    const items = (data as { items: unknown }).items;
    if (items === null) return []; // Go encodes an empty nil slice as null
    if (Array.isArray(items)) return items;
  }
  return undefined;
}

/** ISO date string or epoch seconds/ms to epoch ms; undefined for empty or unparsable values. */
export function toMs(v: unknown, unit: 's' | 'ms' = 'ms'): number | undefined {
  if (typeof v === 'number') {
    if (!Number.isFinite(v) || v <= 0) return undefined;
    return unit === 's' ? v * 1000 : v;
  }
  if (typeof v === 'string' && v) {
    const t = Date.parse(v);
    return Number.isFinite(t) && t > 0 ? t : undefined;
  }
  return undefined;
}

/** An unwrapped console answer: its `data`, or the error code for the part. */
export type Got = { ok: true; data: unknown } | { ok: false; code: ConsoleReadErrorCode };

/** A list part of a read: the mapped rows and, when something was wrong, the code to report. */
export function listPart<T>(
  got: Got,
  map: (rows: readonly unknown[]) => Parsed<T>,
): { items?: T[]; code?: ConsoleReadErrorCode } {
  if (!got.ok) return { code: got.code };
  const rows = listOf(got.data);
  if (!rows) return { code: 'bad_shape' };
  const p = map(rows);
  return p.dropped ? { items: p.items, code: 'bad_shape' } : { items: p.items };
}
