// A finding in normalized coordinates, before overlap resolution and mapping back to the original.
import type { Words } from './context.js';
import { type LabelKind, label } from './masks.js';
import type { FindingKind } from './types.js';

export interface Candidate {
  kind: FindingKind;
  s: number;
  e: number;
  rep: string;
  /** Higher wins when two candidates start at the same place. */
  pri: number;
}

export const PRI = {
  private_key: 100,
  url_credential: 90,
  jwt: 85,
  api_key: 80,
  bearer: 75,
  secret: 70,
  pay_account: 65,
  email: 60,
  resident_id: 55,
  specific: 50,
  catch_all: 10,
} as const;

/** A context lookup, as 4 entries of ScanContext.decided: the window [from, p) (from = the word found
 *  when hit), the list, and hit (1 or 0), for the second-pass check. In one flat array, not an object
 *  each: a 200k-character card chain records ~40000 of them. */
export const DECISION = 4;

export interface ScanContext {
  norm: string;
  /** The original input and norm -> original offsets (null when they are the same). */
  src: string;
  map: Int32Array | null;
  out: Candidate[];
  locale: 'zh-CN' | 'en';
  /** Set for task/request id fields: ambiguous look-alikes stay. */
  idField: boolean;
  /** Where a context word decided something next to a candidate (see `near`): DECISION entries each. */
  decided: (number | Words)[];
  /** The largest end of the candidates found so far. */
  maxEnd: number;
}

export function push(
  ctx: ScanContext,
  kind: FindingKind,
  s: number,
  e: number,
  rep: string,
  pri: number = PRI.specific,
) {
  ctx.out.push({ kind, s, e, rep, pri });
  if (e > ctx.maxEnd) ctx.maxEnd = e;
}

/** A finding masked by its kind's label (`[证件号]`), at its kind's priority (PRI, else `specific`). */
export function pushLabel(ctx: ScanContext, kind: LabelKind, s: number, e: number) {
  push(ctx, kind, s, e, label(kind, ctx.locale), PRI[kind as keyof typeof PRI] ?? PRI.specific);
}
