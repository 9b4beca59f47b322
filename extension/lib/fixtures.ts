// Test helpers: snapshots shaped like what the content script sends for a new-api generation-A console
// (field values as the demo console and new-api produce them: USR{uid}NO trade numbers, masked tails).
import type { Snapshot } from './snapshot.js';

export function snap(partial: Partial<Snapshot> = {}): Snapshot {
  return {
    console: { kind: 'new-api', generation: 'A' },
    pageKind: 'topup',
    created: [],
    widget: false,
    ...partial,
  };
}

const usd = (dollars: number) => ({ raw: dollars * 500_000, quotaPerUnit: 500_000, displayUnit: 'USD' });
export const alice = { id: '1', label: 'alice', balance: usd(10) };
export const bob = { id: '2', label: 'b***@example.com', balance: usd(0) };
