// Grouped ingest on both stores: tickets stored together keep each their own answer (new, a repeat of a key
// within the group or from before, an id taken by another key), every new one gets its 'received' audit
// row and the hook in its transaction, and a ticket the hook refuses fails alone.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Store } from '../store/index.js';
import { fixtureId, STORE_KINDS, type TestStore, testStore, ticketFixture } from '../testing/index.js';
import { createIngest } from './ingest.js';

describe.each(STORE_KINDS)('ingest on %s', (kind) => {
  let ts: TestStore;
  let store: Store;
  beforeAll(async () => {
    ts = await testStore(kind);
    store = await ts.open();
  }, 120_000);
  afterAll(async () => {
    await store?.close();
    await ts?.destroy();
  });

  test('tickets arriving together are stored in groups, each with its own answer', async () => {
    const hooked: string[] = [];
    const ingest = createIngest(store, async (tx, stored) => {
      // In the group's transaction: the ticket is visible there before the commit.
      const seen = await tx.query('select 1 from tickets where id = $1', [stored.id]);
      expect(seen.rows).toHaveLength(1);
      expect(stored.status).toBe('new');
      hooked.push(stored.id);
    });
    await ingest.store(ticketFixture(1), 1000);
    const taken = { ...ticketFixture(1), idempotencyKey: 'topup-doctor:another-key' };
    const results = await Promise.all([
      ...Array.from({ length: 40 }, (_, i) => ingest.store(ticketFixture(100 + i), 2000 + i)),
      ingest.store(ticketFixture(1), 3000), // a retry of a ticket stored before
      ingest.store(ticketFixture(100), 3001), // a retry inside the same group
      ingest.store(taken, 3002), // the id of ticket 1 with another key
    ]);
    expect(results.slice(0, 40)).toEqual(
      Array.from({ length: 40 }, (_, i) => ({ created: true, id: fixtureId(100 + i) })),
    );
    expect(results.slice(40)).toEqual([
      { created: false, id: fixtureId(1) },
      { created: false, id: fixtureId(100) },
      { conflict: true },
    ]);
    expect(hooked.sort()).toEqual(
      [fixtureId(1), ...Array.from({ length: 40 }, (_, i) => fixtureId(100 + i))].sort(),
    );
    const audit = await store.query<{ ticket_id: string; at: string }>(
      `select ticket_id, at from ticket_audit where action = 'received' order by ticket_id`,
    );
    expect(audit.rows).toHaveLength(41);
    expect(Number(audit.rows.find((r) => r.ticket_id === fixtureId(139))?.at)).toBe(2039);
    const stored = await store.query<{ received_at: string }>(
      'select received_at from tickets where id = $1',
      [fixtureId(105)],
    );
    expect(Number(stored.rows[0]?.received_at)).toBe(2005);
  }, 60_000);

  test('a ticket the hook refuses fails alone; the rest of its group is stored', async () => {
    const ingest = createIngest(store, async (_tx, stored) => {
      if (stored.id === fixtureId(203)) throw new Error('queue down');
    });
    const results = await Promise.allSettled(
      Array.from({ length: 6 }, (_, i) => ingest.store(ticketFixture(200 + i), 5000)),
    );
    expect(results.map((r) => r.status)).toEqual([
      'fulfilled',
      'fulfilled',
      'fulfilled',
      'rejected',
      'fulfilled',
      'fulfilled',
    ]);
    const ids = await store.query<{ id: string }>(
      `select id from tickets where id like 'TD-0000-0000-02%' order by id`,
    );
    expect(ids.rows.map((r) => r.id)).toEqual([200, 201, 202, 204, 205].map(fixtureId));
  }, 60_000);

  test('without a hook each group is one statement: tickets, audit rows, repeats and taken ids', async () => {
    const ingest = createIngest(store);
    const taken = { ...ticketFixture(300), idempotencyKey: 'topup-doctor:yet-another-key' };
    const results = await Promise.all([
      ...Array.from({ length: 10 }, (_, i) => ingest.store(ticketFixture(300 + i), 7000 + i)),
      ingest.store(ticketFixture(305), 7100),
      ingest.store(taken, 7101),
    ]);
    expect(results.slice(0, 10).every((r) => 'created' in r && r.created)).toBe(true);
    expect(results.slice(10)).toEqual([{ created: false, id: fixtureId(305) }, { conflict: true }]);
    const audit = await store.query<{ n: number }>(
      `select count(*)::int as n from ticket_audit where action = 'received' and ticket_id like 'TD-0000-0000-03%'`,
    );
    expect(Number(audit.rows[0]?.n)).toBe(10);
  }, 60_000);
});
