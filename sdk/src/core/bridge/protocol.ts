// The versioned window-message bridge between an embedded widget (page) and the companion extension's
// content script (same window, isolated world). Both sides validate every message with these schemas,
// accept only event.source === window and event.origin === location.origin, and the extension answers
// only with the nonce of the widget's hello: a page script cannot replay another page's answer and a
// frame of another origin is refused.
import * as z from 'zod/mini';
import { Observations } from '../facts/schema.js';
import type {
  EXTENSION_SOURCE as Extension,
  BRIDGE_VERSION as Version,
  WIDGET_SOURCE as Widget,
} from './gate.js';

// The size check loads with the schemas and runs before them (embed/bridge.ts): see gate.ts.
export { BRIDGE_MAX_CHARS, withinBridgeSize } from './size.js';

// gate.ts's names, written out (the types say they are the same): importing them would make gate.ts, which
// the widget's second stage carries, a file of its own shared with these schemas (one more request).
const BRIDGE_VERSION = 1 satisfies typeof Version;
const WIDGET_SOURCE = 'topup-doctor-widget' satisfies typeof Widget;
const EXTENSION_SOURCE = 'topup-doctor-extension' satisfies typeof Extension;

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
