// The scenario table, fast: every row's situation seeded in the demo apps in-process, the console's JSON
// read by the sdk's adapter, then toFacts -> diagnose -> buildTicket; no browser (test/scenarios.test.ts
// walks the same rows through the widget in Chromium).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createDemoApps, type DemoApps } from '../server.js';
import { mismatches, ROWS } from './table.js';
import { runTwin } from './twin.js';

const NOW = Date.parse('2026-11-20T08:00:00Z');
let apps: DemoApps;
let dataDir: string;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'td-twin-'));
  apps = await createDemoApps(
    { dataDir, now: () => NOW },
    { main: () => 'http://127.0.0.1:5173', sub2api: () => 'http://127.0.0.1:5174' },
  );
}, 60_000);
afterAll(async () => {
  await apps?.deps.db.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('scenario table, in-process (console JSON -> adapter -> facts -> diagnosis -> ticket)', () => {
  test('has at least 25 rows over all five problems, both consoles and both locales', () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(25);
    expect(new Set(ROWS.map((r) => r.problem)).size).toBe(5);
    expect(new Set(ROWS.map((r) => r.locale))).toEqual(new Set(['zh-CN', 'en']));
    expect(new Set(ROWS.map((r) => r.id)).size).toBe(ROWS.length);
  });

  test.each(ROWS.map((r) => [r.id, r] as const))(
    '%s',
    async (_, row) => {
      const r = await runTwin(apps, row);
      const seen = {
        reason: r.diagnosis.reason,
        resolution: r.diagnosis.resolution,
        steps: r.diagnosis.nextSteps.map((s) => s.key),
        ...(r.diagnosis.waitMinutes !== undefined ? { waitMinutes: r.diagnosis.waitMinutes } : {}),
        // The verdict screen offers a ticket when the operator is needed.
        ticketOffered: r.diagnosis.resolution === 'operator',
        ticket: r.ticket as unknown as { fields: Record<string, unknown> },
      };
      expect(mismatches(row, r.setup, seen)).toEqual([]);
    },
    30_000,
  );
});
