// The intake: schema validation, the masking re-scan (422 naming the field), idempotency, size and rate
// limits, widget events, the inbox API, and tickets surviving a restart.
import type { Ticket } from '@topup-doctor/sdk/core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { Client, type Harness, startTestDemo } from '../testing.js';
import { ticketFixture } from './fixture.js';

let h: Harness;
let c: Client;

beforeAll(async () => {
  h = await startTestDemo({ limits: { ticketsPerWindow: 40, maxBodyBytes: 16 * 1024 } });
  c = new Client(() => h.demo.origin);
}, 60_000);
afterAll(async () => {
  await h?.close();
});

const post = (body: unknown, headers: Record<string, string> = {}) =>
  c.request('/api/tickets', { method: 'POST', json: body, headers });

describe('POST /api/tickets', () => {
  test('accepts a masked ticket (201), a repeat returns the original id (200)', async () => {
    const ticket = ticketFixture(1);
    const first = await post(ticket, { 'Idempotency-Key': ticket.idempotencyKey });
    expect(first.status).toBe(201);
    expect(await first.json()).toEqual({ id: 'TD-0000-0000-0001', status: 'new' });
    const again = await post({ ...ticket, note: 'retry' }, { 'Idempotency-Key': ticket.idempotencyKey });
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual({ id: 'TD-0000-0000-0001', duplicate: true });
    const bodyOnly = await post(ticket);
    expect([bodyOnly.status, (await bodyOnly.json()).id]).toEqual([200, 'TD-0000-0000-0001']);
    const list = await c.json('/api/tickets');
    expect(list.items.filter((t: { id: string }) => t.id === 'TD-0000-0000-0001')).toHaveLength(1);
  });

  test.each([
    ['note', { note: '我的卡号 6222 0212 3456 7890 128，手机 13812345678' }, 'bank_card'],
    [
      'fields.tradeNo',
      { fields: { ...ticketFixture(0).fields, tradeNo: 'USR2NOab12Cd1795000113' } },
      'order_no',
    ],
    ['fields.redeemCode', { fields: { redeemCode: '3f2a9c0d5e6b7a8190c1d2e3f4a5b6c7' } }, 'redeem_code'],
    [
      'checks[1].evidence',
      {
        checks: [
          ticketFixture(0).checks[0]!,
          { id: 'x', status: 'warn' as const, evidence: '联系邮箱 bob@example.com' },
        ],
      },
      'email',
    ],
    ['fields.accountId', { audience: 'public' as const, fields: { accountId: '2' } }, 'not_allowed'],
    [
      'fields.accountEmail',
      // No email travels to the public audience, masked or not.
      { audience: 'public' as const, fields: { accountEmail: 'b***@example.com' } },
      'not_allowed',
    ],
  ])('refuses unmasked data in %s with 422 naming the field', async (field, overrides, kind) => {
    const ticket = ticketFixture(100 + field.length, overrides);
    const res = await post(ticket);
    expect(res.status).toBe(422);
    const body = await res.json();
    expect(body).toMatchObject({ error: 'unmasked_data', field, kind });
    expect(body.message).toContain(field);
    expect((await c.request(`/api/tickets/${ticket.id}`)).status).toBe(404);
  });

  test('refuses a ticket that does not match the schema, naming the field', async () => {
    const res = await post({ ...ticketFixture(2), problem: 'lost_wallet' });
    expect(res.status).toBe(422);
    expect(await res.json()).toMatchObject({ error: 'invalid_ticket', field: 'problem' });
    const extra = await post({ ...ticketFixture(3), fields: { cardNumber: '1' } });
    expect(extra.status).toBe(422);
    expect((await extra.json()).field).toMatch(/^fields/);
  });

  test('refuses bad JSON (400) and a header that disagrees with the body key (422)', async () => {
    const bad = await c.request('/api/tickets', {
      method: 'POST',
      body: '{',
      headers: { 'content-type': 'application/json' },
    });
    expect(bad.status).toBe(400);
    const mismatch = await post(ticketFixture(4), { 'Idempotency-Key': 'some-other-key' });
    expect([mismatch.status, (await mismatch.json()).field]).toEqual([422, 'Idempotency-Key']);
  });

  test('refuses a body over the size limit with 413', async () => {
    const res = await c.request('/api/tickets', {
      method: 'POST',
      body: JSON.stringify({ ...ticketFixture(5), pad: 'x'.repeat(20 * 1024) }),
      headers: { 'content-type': 'application/json' },
    });
    expect(res.status).toBe(413);
  });

  test("ids and idempotency keys only in the widget's own format; the key is derived from the id", async () => {
    for (const [field, overrides] of [
      ['idempotencyKey', { idempotencyKey: 'idem-different-1' }],
      ['id', { id: '6222021234567890128', idempotencyKey: 'topup-doctor:6222021234567890128' }],
      ['idempotencyKey', { idempotencyKey: 'topup-doctor:TD-0000-0000-0001 13812345678' }],
    ] as const) {
      const res = await post({ ...ticketFixture(1), ...overrides });
      expect([res.status, (await res.json()).field]).toEqual([422, field]);
    }
  });

  test('text a database cannot store is refused with 422 naming the field, never 500', async () => {
    const cases: [string, Partial<Ticket>][] = [
      ['note', { note: 'a\u0000b' }],
      ['checks[0].evidence', { checks: [{ id: 'order-in-list', status: 'ok', evidence: 'x\ud800y' }] }],
      ['fields.username', { fields: { ...ticketFixture(0).fields, username: '\udc00' } }],
    ];
    for (const [field, overrides] of cases) {
      const res = await post(ticketFixture(30, overrides));
      expect(res.status).toBe(422);
      expect(await res.json()).toMatchObject({ error: 'unstorable', field });
    }
  });
});

describe('rate limit', () => {
  test('answers 429 with Retry-After once an address sends too many tickets', async () => {
    const limited = await startTestDemo({ limits: { ticketsPerWindow: 3 } });
    try {
      const lc = new Client(() => limited.demo.origin);
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++) {
        statuses.push(
          (await lc.request('/api/tickets', { method: 'POST', json: ticketFixture(200 + i) })).status,
        );
      }
      expect(statuses).toEqual([201, 201, 201, 429]);
      const res = await lc.request('/api/tickets', { method: 'POST', json: ticketFixture(210) });
      expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
      limited.clock.now += 11 * 60_000;
      expect((await lc.request('/api/tickets', { method: 'POST', json: ticketFixture(211) })).status).toBe(
        201,
      );
    } finally {
      await limited.close();
    }
  }, 60_000);
});

describe('widget events', () => {
  test('counts valid events and refuses anything else', async () => {
    for (const body of [
      { type: 'opened' },
      { type: 'opened' },
      { type: 'problem_chosen', problem: 'paid_not_credited' },
      { type: 'self_resolved', problem: 'paid_not_credited' },
      { type: 'ticket_sent', problem: 'order_processing', transport: 'webhook' },
      { type: 'ticket_failed', transport: 'webhook', code: 'http_422' },
    ]) {
      expect((await c.request('/api/events', { method: 'POST', json: body })).status).toBe(204);
    }
    for (const body of [
      { type: 'clicked' },
      { type: 'opened', email: 'bob@example.com' },
      { type: 'ticket_failed', code: 'Bob 138' },
    ]) {
      const res = await c.request('/api/events', { method: 'POST', json: body });
      expect(res.status).toBe(422);
    }
    expect(await c.json('/api/events/summary')).toEqual({
      opened: 2,
      problem_chosen: 1,
      self_resolved: 1,
      ticket_sent: 1,
      ticket_failed: 1,
      byProblem: { paid_not_credited: 1 },
    });
  });
});

describe('inbox API and persistence', () => {
  test('lists, shows and changes the status of tickets', async () => {
    await post(ticketFixture(7, { problem: 'redeem_not_credited', reason: 'used' }));
    const list = await c.json('/api/tickets?status=new');
    expect(list.total).toBeGreaterThanOrEqual(2);
    const detail = await c.json('/api/tickets/TD-0000-0000-0007');
    expect(detail).toMatchObject({
      id: 'TD-0000-0000-0007',
      status: 'new',
      ticket: { problem: 'redeem_not_credited' },
    });
    const patch = await c.request('/api/tickets/TD-0000-0000-0007', {
      method: 'PATCH',
      json: { status: 'in_progress' },
    });
    expect(await patch.json()).toEqual({ id: 'TD-0000-0000-0007', status: 'in_progress' });
    expect(
      (await c.request('/api/tickets/TD-0000-0000-0007', { method: 'PATCH', json: { status: 'closed' } }))
        .status,
    ).toBe(422);
    expect(
      (await c.request('/api/tickets/nope-123', { method: 'PATCH', json: { status: 'resolved' } })).status,
    ).toBe(404);
    expect((await c.json('/api/tickets?status=in_progress')).items.map((t: { id: string }) => t.id)).toEqual([
      'TD-0000-0000-0007',
    ]);
    expect((await c.request('/api/tickets?status=bogus')).status).toBe(422);
  });

  test('tickets, statuses and event counts survive a restart', async () => {
    await h.restart();
    const detail = await c.json('/api/tickets/TD-0000-0000-0007');
    expect(detail.status).toBe('in_progress');
    expect(detail.ticket.fields.tradeNo).toBe('…0113');
    expect((await c.json('/api/events/summary')).opened).toBe(2);
    // Idempotency holds across the restart too.
    const again = await post(ticketFixture(1));
    expect([again.status, (await again.json()).id]).toEqual([200, 'TD-0000-0000-0001']);
  }, 60_000);

  test('the inbox pages show the masked ticket', async () => {
    const list = await (await c.request('/inbox')).text();
    expect(list).toContain('/inbox/TD-0000-0000-0007');
    const page = await (await c.request('/inbox/TD-0000-0000-0007')).text();
    expect(page).toContain('…0113');
    expect(page).toContain('已等待 45 分钟');
    expect(page).toContain('option value="in_progress" selected');
    expect((await c.request('/inbox/missing-1')).status).toBe(404);
  });
});
