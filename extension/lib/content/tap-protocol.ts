// The small protocol between the main-world tap (entrypoints/tap.ts, on every page of a granted site)
// and what runs beside it: the content script's stub (entrypoints/page-watch.ts) and the console observer
// the background injects once the page is a console it knows (entrypoints/console-observer.ts).
// Hand-written gates instead of zod: these two scripts run on every page load and must stay small
// (scripts/size.mjs); each gate still checks every field and refuses any other key.

/** Posted by the tap when the page received an answer from a console API it knows (and on a ping). */
export const TAP_SOURCE = 'topup-doctor-tap';
/** Posted by the content script's stub: "have you seen console answers?" */
export const STUB_SOURCE = 'topup-doctor-stub';
/** The tap's handle in the page's main world: the console observer attaches to it. */
export const TAP_KEY = '__topupDoctorTap';

export interface TapSignal {
  source: typeof TAP_SOURCE;
  v: 1;
  type: 'console';
}
export interface StubPing {
  source: typeof STUB_SOURCE;
  v: 1;
  type: 'ping';
}

/** One answer the page received, as the tap saw it (the text is the page's own; it never leaves the page). */
export interface TapEntry {
  url: string;
  method: string;
  /** The request body when it was a string (the page's own create-order or redeem request), else undefined. */
  requestBody: unknown;
  text: string;
  /** When the answer arrived (epoch ms): a create-order or redeem answer is dated by it, not by the hand-over. */
  at: number;
}

export interface Tap {
  /** Hands over what was kept (in order) and every later answer; only the first caller is accepted. */
  attach(take: (entry: TapEntry) => void): boolean;
}

function exact(data: unknown, source: string, type: string): boolean {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return false;
  const keys = Object.keys(data);
  const d = data as Record<string, unknown>;
  return keys.length === 3 && d.source === source && d.v === 1 && d.type === type;
}

export const isTapSignal = (data: unknown): data is TapSignal => exact(data, TAP_SOURCE, 'console');
export const isStubPing = (data: unknown): data is StubPing => exact(data, STUB_SOURCE, 'ping');

/** The stub's one message to the background (runtime.sendMessage): "is this a console? then attach". */
export const WATCH = 'topup-doctor-watch';
export interface WatchRequest {
  type: typeof WATCH;
  /** The tap saw console answers on this page. */
  tap: boolean;
}
/** Set by the content script proper in the isolated world once it runs: the stub then asks no more. */
export const CONTENT_FLAG = '__topupDoctorContent';
