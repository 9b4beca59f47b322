// The bridge's size check (see gate.ts): zod-free like the gate, but loaded with the schemas
// (protocol.ts re-exports it), since only a message that passed the gate is ever measured.

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
