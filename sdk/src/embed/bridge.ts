// Widget side of the window-message bridge with the companion extension (core/bridge/protocol.ts).
// We post a hello with a fresh random nonce to our own origin and accept only an observations reply
// that (a) comes from this window (event.source === window: not a frame), (b) from this origin,
// (c) validates against the schema and (d) carries our nonce. An announce (the extension's content
// script started after us) triggers a new hello. Nothing else is read from the message.
import {
  BRIDGE_VERSION,
  type BridgeWarning,
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
    const reply = ExtensionObservations.safeParse(event.data);
    if (reply.success) {
      if (reply.data.nonce === nonce) onObservations(reply.data.observations, reply.data.warnings);
      return;
    }
    if (ExtensionAnnounce.safeParse(event.data).success) hello();
  };
  window.addEventListener('message', listener);
  hello();
  return () => window.removeEventListener('message', listener);
}
