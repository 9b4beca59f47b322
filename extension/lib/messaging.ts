// One messenger for every context (@webext-core/messaging); the protocol and its schemas are in
// ./messages.ts (type-only here, so the content script does not bundle schemas it does not use).
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { ProtocolMap } from './messages.js';

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
