// The bridge's names and its gate (see protocol.ts), zod-free: the widget checks every window message
// with these at once and loads the schemas (protocol.ts, zod) only for a message that passed the gate,
// which a page without the companion extension never sees.

export const BRIDGE_VERSION = 1;
export const WIDGET_SOURCE = 'topup-doctor-widget';
export const EXTENSION_SOURCE = 'topup-doctor-extension';

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
 * message that passes this gate is parsed with the schemas (protocol.ts).
 */
export function bridgeGate(data: unknown, source: string, types: readonly string[], nonce?: string): boolean {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return false;
  const d = data as { source?: unknown; v?: unknown; type?: unknown; nonce?: unknown };
  if (d.source !== source || d.v !== BRIDGE_VERSION) return false;
  if (typeof d.type !== 'string' || !types.includes(d.type)) return false;
  if (nonce !== undefined && d.nonce !== nonce) return false;
  return withinBridgeSize(data);
}
