// The bridge's names and its gate (see protocol.ts), zod-free: the widget checks every window message
// with these at once and loads the schemas (protocol.ts, zod) only for a message that passed the gate,
// which a page without the companion extension never sees. The size check (size.ts) comes with the
// schemas and runs before them: a message that passed the gate is measured before any parse.

export const BRIDGE_VERSION = 1;
export const WIDGET_SOURCE = 'topup-doctor-widget';
export const EXTENSION_SOURCE = 'topup-doctor-extension';

/**
 * The checks that cost nothing, made before anything is loaded for a window message: a plain object from
 * `source`, of one of `types`, carrying `nonce` when one is expected (compared as a string, before the
 * payload is looked at). A page script can post anything to the window; only a message that passes this
 * gate, then withinBridgeSize (size.ts, loaded with the schemas), is parsed with the schemas (protocol.ts).
 * The size check left this file for the schemas' (node scripts/size.mjs: second stage 31.01 -> 30.89 KB
 * gzip, the bridge's schemas on demand 9.88 -> 10.12): the gate alone already lets a page script's small
 * forged announce load them, so a large one costs the page no more than that, and still no parse.
 */
export function bridgeGate(data: unknown, source: string, types: readonly string[], nonce?: string): boolean {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return false;
  const d = data as { source?: unknown; v?: unknown; type?: unknown; nonce?: unknown };
  if (d.source !== source || d.v !== BRIDGE_VERSION) return false;
  if (typeof d.type !== 'string' || !types.includes(d.type)) return false;
  return nonce === undefined || d.nonce === nonce;
}
