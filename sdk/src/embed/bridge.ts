// Widget side of the window-message bridge with the companion extension (core/bridge/protocol.ts).
// We post a hello with a fresh random nonce to our own origin and accept only an observations reply
// that (a) comes from this window (event.source === window: not a frame), (b) from this origin,
// (c) carries our nonce and is of a sane size (bridgeGate: both checked before any schema work, so a
// page script posting megabytes costs nothing) and (d) validates against the schema. An announce (the
// extension's content script started after us) triggers a new hello. Nothing else is read.
import {
  BRIDGE_VERSION,
  type BridgeWarning,
  bridgeGate,
  EXTENSION_SOURCE,
  ExtensionAnnounce,
  ExtensionObservations,
  type Observations,
  WIDGET_SOURCE,
  type WidgetHello,
} from '../core/index.js';
import { newNonce } from './ids.js';

export function startBridge(
  onObservations: (observations: Observations, warnings: BridgeWarning[]) => void,
): () => void {
  const nonce = newNonce();
  const hello = () => {
    const message: WidgetHello = { source: WIDGET_SOURCE, v: BRIDGE_VERSION, type: 'hello', nonce };
    window.postMessage(message, location.origin);
  };
  const listener = (event: MessageEvent) => {
    if (event.source !== window || event.origin !== location.origin) return;
    const data: unknown = event.data;
    if (bridgeGate(data, EXTENSION_SOURCE, ['observations'], nonce)) {
      const reply = ExtensionObservations.safeParse(data);
      if (reply.success) onObservations(reply.data.observations, reply.data.warnings);
    } else if (
      bridgeGate(data, EXTENSION_SOURCE, ['announce']) &&
      ExtensionAnnounce.safeParse(data).success
    ) {
      hello();
    }
  };
  window.addEventListener('message', listener);
  hello();
  return () => window.removeEventListener('message', listener);
}
