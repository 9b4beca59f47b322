// What the page-start redeem watcher (redeem-watch.ts) saw, read by the widget's second stage: the list
// lives on the window (`__topupDoctorRedeems`), so the loader's watcher (an IIFE) and the stage share it.
// Apart from the watcher, which the stage never runs: imported from there, the watcher (shared with the
// full config check, which installs it too) would be a file of its own on the way to a ticket.

export interface SeenRedeem {
  url: string;
  method: string;
  /** `{"key"|"code": <masked code>}`: the full code never leaves the request. */
  requestBody: string;
  responseBody: string;
  at: number;
}

export type Watched = { __topupDoctorRedeems?: SeenRedeem[] };

/** What the watcher saw on this page, oldest first (at most 10). */
export const seenRedeems = (w: object = globalThis): SeenRedeem[] => [
  ...((w as Watched).__topupDoctorRedeems ?? []),
];
