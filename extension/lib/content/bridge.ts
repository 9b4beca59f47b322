// The extension side of the window-message bridge (sdk/src/core/bridge/protocol.ts). The content script
// answers a widget's hello with this origin's observations, with the hello's nonce, and only when the
// message comes from this very window and origin (not a frame, not another origin) and parses.
import {
  BRIDGE_VERSION,
  EXTENSION_SOURCE,
  ExtensionAnnounce,
  ExtensionObservations,
  WidgetHello,
} from '@topup-doctor/sdk/core';
import type { ContentView } from '../view.js';

export interface Bridge {
  /** The page's widget said hello at least once. */
  widgetPresent(): boolean;
  /** New observations: answer the last hello again with them. */
  update(): void;
  announce(): void;
}

export function createBridge(win: Window, getView: () => ContentView | undefined): Bridge {
  let nonce: string | undefined;
  const answer = () => {
    const view = getView();
    if (!nonce || !view) return;
    const message = ExtensionObservations.safeParse({
      source: EXTENSION_SOURCE,
      v: BRIDGE_VERSION,
      type: 'observations',
      nonce,
      observations: view.observations,
      warnings: view.warnings.slice(0, 20).map(({ id, key, params }) => ({ id, key, params })),
    });
    // Validate what we send, too: a malformed answer is never posted.
    if (message.success) win.postMessage(message.data, win.location.origin);
  };
  win.addEventListener('message', (event: MessageEvent) => {
    if (event.source !== win || event.origin !== win.location.origin) return;
    const hello = WidgetHello.safeParse(event.data);
    if (!hello.success) return;
    nonce = hello.data.nonce;
    answer();
  });
  return {
    widgetPresent: () => nonce !== undefined,
    update: () => answer(),
    announce() {
      const message = ExtensionAnnounce.parse({
        source: EXTENSION_SOURCE,
        v: BRIDGE_VERSION,
        type: 'announce',
      });
      win.postMessage(message, win.location.origin);
    },
  };
}
