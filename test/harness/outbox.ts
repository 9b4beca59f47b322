// Reads the widget's outbox from a page: one localStorage key per waiting ticket under this prefix
// (sdk/src/embed/constants.ts OUTBOX_PREFIX); an older build kept one array under `...:v1`.
import type { Page } from 'playwright-core';

export const OUTBOX_PREFIX = 'topup-doctor:outbox:';

export interface OutboxRecord {
  key: string;
  raw: string;
  entry: {
    ticket: { id: string; idempotencyKey: string; note: string };
    attempts: number;
    state?: string;
    code?: string;
  };
}

export function outboxRecords(page: Page): Promise<OutboxRecord[]> {
  return page.evaluate((prefix) => {
    const out: OutboxRecord[] = [];
    for (const key of Object.keys(localStorage)) {
      if (!key.startsWith(prefix)) continue;
      const raw = localStorage.getItem(key) ?? '';
      try {
        const value = JSON.parse(raw) as unknown;
        for (const entry of Array.isArray(value) ? value : [value]) out.push({ key, raw, entry });
      } catch {
        // not an entry
      }
    }
    return out;
  }, OUTBOX_PREFIX);
}
