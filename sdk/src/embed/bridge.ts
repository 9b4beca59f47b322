// Widget side of the window-message bridge with the companion extension (core/bridge/protocol.ts).
// We post a hello with a fresh random nonce to our own origin and accept only an observations reply
// that (a) comes from this window (event.source === window: not a frame), (b) from this origin,
// (c) carries our nonce (bridgeGate, before anything loads), (d) is of a sane size (withinBridgeSize,
// loaded with the schemas and run before any parse, so a page script posting megabytes costs no more than
// a small forged announce) and (e) validates against the schema. An announce (the
// extension's content script started after us) triggers a new hello. Nothing else is read.
// The schemas (and zod) are fetched with the first message that passed the gate, with the words of the
// extension's warnings (`words`): a page without the extension never loads them.
import { BRIDGE_VERSION, bridgeGate, EXTENSION_SOURCE, WIDGET_SOURCE } from '../core/bridge/gate.js';
import type { BridgeWarning, WidgetHello } from '../core/bridge/protocol.js';
import type { Observations } from '../core/facts/schema.js';
import { newNonce } from './ids.js';

let schemas: Promise<typeof import('../core/bridge/protocol.js')> | undefined;
/** The bridge's schemas, loaded once (a failed load is tried again with the next message). */
const protocol = () =>
  (schemas ??= import('../core/bridge/protocol.js').catch((error: unknown) => {
    schemas = undefined;
    throw error;
  }));

export function startBridge(
  onObservations: (observations: Observations, warnings: BridgeWarning[]) => void,
  /** Loads the words of the extension's warnings (catalogs-lazy.ts): done before any observations are
   *  passed on, so their warnings are worded (and kept in tickets, which keep known keys only). */
  words: () => Promise<void> = () => Promise.resolve(),
): () => void {
  // words() may run once per message until it has loaded: a module imported again comes from the cache.
  const loaded = () => Promise.all([protocol(), words()]).then(([m]) => m);
  const nonce = newNonce();
  const hello = () => {
    const message: WidgetHello = { source: WIDGET_SOURCE, v: BRIDGE_VERSION, type: 'hello', nonce };
    window.postMessage(message, location.origin);
  };
  let stopped = false;
  const listener = (event: MessageEvent) => {
    if (event.source !== window || event.origin !== location.origin) return;
    const data: unknown = event.data;
    const observations = bridgeGate(data, EXTENSION_SOURCE, ['observations'], nonce);
    if (!observations && !bridgeGate(data, EXTENSION_SOURCE, ['announce'])) return;
    loaded().then(
      ({ ExtensionAnnounce, ExtensionObservations, withinBridgeSize }) => {
        if (stopped || !withinBridgeSize(data)) return;
        if (observations) {
          const reply = ExtensionObservations.safeParse(data);
          if (reply.success) onObservations(reply.data.observations, reply.data.warnings);
        } else if (ExtensionAnnounce.safeParse(data).success) hello();
      },
      () => undefined, // the schemas or words could not load: the message is not read (the next one tries again)
    );
  };
  window.addEventListener('message', listener);
  hello();
  return () => {
    stopped = true;
    window.removeEventListener('message', listener);
  };
}
