// Whether this browser keeps a masked ticket the outbox could not deliver: refused by the intake in the
// background (a 4xx, or text no database stores) or stalled after its last retry. Read when the panel is
// first opened, without the outbox module or zod (first-open size budget): only the entry's state is
// looked at here; the entries themselves are validated with the Ticket schema by the second stage
// (transports/outbox.ts readOutbox) before anything of them is shown.
import { OUTBOX_PREFIX } from './constants.js';

const ENTRY_PREFIX = `${OUTBOX_PREFIX}v2:`;

export function countUndelivered(): number {
  let n = 0;
  try {
    for (let i = 0; i < localStorage.length; i++) {
      const k = localStorage.key(i);
      if (!k?.startsWith(ENTRY_PREFIX)) continue;
      const state = (JSON.parse(localStorage.getItem(k) ?? 'null') as { state?: unknown } | null)?.state;
      if (state === 'refused' || state === 'stalled') n++;
    }
  } catch {
    // storage blocked or an entry that is not JSON: nothing to show from here
  }
  return n;
}
