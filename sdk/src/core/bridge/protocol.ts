// The versioned window-message bridge between an embedded widget (page) and the companion extension's
// content script (same window, isolated world). Both sides validate every message with these schemas,
// accept only event.source === window and event.origin === location.origin, and the extension answers
// only with the nonce of the widget's hello: a page script cannot replay another page's answer and a
// frame of another origin is refused.
import * as z from 'zod/mini';
import { Observations } from '../facts/schema.js';

export const BRIDGE_VERSION = 1;
export const WIDGET_SOURCE = 'topup-doctor-widget';
export const EXTENSION_SOURCE = 'topup-doctor-extension';

const Nonce = z.string().check(z.regex(/^[A-Za-z0-9_-]{16,64}$/));

/** Widget -> extension: "I am here; answer with this nonce". */
export const WidgetHello = z.strictObject({
  source: z.literal(WIDGET_SOURCE),
  v: z.literal(BRIDGE_VERSION),
  type: z.literal('hello'),
  nonce: Nonce,
});
export type WidgetHello = z.infer<typeof WidgetHello>;

/** A warning the extension raised, already worded by message key and masked. */
export const BridgeWarning = z.object({
  id: z.string().check(z.maxLength(60)),
  key: z.string().check(z.maxLength(120)),
  params: z.optional(z.record(z.string(), z.union([z.string(), z.number()]))),
});
export type BridgeWarning = z.infer<typeof BridgeWarning>;

/** Extension -> widget: observations for this origin, in answer to a hello. */
export const ExtensionObservations = z.strictObject({
  source: z.literal(EXTENSION_SOURCE),
  v: z.literal(BRIDGE_VERSION),
  type: z.literal('observations'),
  nonce: Nonce,
  observations: Observations,
  warnings: z.array(BridgeWarning).check(z.maxLength(20)),
});
export type ExtensionObservations = z.infer<typeof ExtensionObservations>;

/** Extension -> page: "an extension is listening" (the widget then says hello). Carries no data. */
export const ExtensionAnnounce = z.strictObject({
  source: z.literal(EXTENSION_SOURCE),
  v: z.literal(BRIDGE_VERSION),
  type: z.literal('announce'),
});
export type ExtensionAnnounce = z.infer<typeof ExtensionAnnounce>;

/** The largest bridge message either side reads: observations of one origin are a few KB. */
export const BRIDGE_MAX_CHARS = 64 * 1024;
const BRIDGE_MAX_NODES = 4_000;

/**
 * Is this value at most `maxChars` of strings and keys in at most BRIDGE_MAX_NODES values? Stops at the
 * first step over the limit, so a huge message costs no more than a small one.
 */
export function withinBridgeSize(value: unknown, maxChars = BRIDGE_MAX_CHARS): boolean {
  let chars = 0;
  let nodes = 0;
  const stack: unknown[] = [value];
  while (stack.length) {
    const v = stack.pop();
    if (++nodes > BRIDGE_MAX_NODES) return false;
    if (typeof v === 'string') chars += v.length;
    else if (Array.isArray(v)) {
      if (v.length > BRIDGE_MAX_NODES) return false;
      for (const x of v) stack.push(x);
    } else if (v !== null && typeof v === 'object') {
      for (const k in v) {
        if (!Object.hasOwn(v, k)) continue;
        chars += k.length;
        if (chars > maxChars || stack.length > BRIDGE_MAX_NODES) return false;
        stack.push((v as Record<string, unknown>)[k]);
      }
    }
    if (chars > maxChars) return false;
  }
  return true;
}

/**
 * The checks that cost nothing, made before any schema work on a window message: a plain object from
 * `source`, of one of `types`, carrying `nonce` when one is expected (compared as a string, before the
 * payload is looked at), and small enough. A page script can post anything to the window; only a
 * message that passes this gate is parsed with the schemas above.
 */
export function bridgeGate(data: unknown, source: string, types: readonly string[], nonce?: string): boolean {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return false;
  const d = data as { source?: unknown; v?: unknown; type?: unknown; nonce?: unknown };
  if (d.source !== source || d.v !== BRIDGE_VERSION) return false;
  if (typeof d.type !== 'string' || !types.includes(d.type)) return false;
  if (nonce !== undefined && d.nonce !== nonce) return false;
  return withinBridgeSize(data);
}
