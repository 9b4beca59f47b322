// The intake's HTTP contract against both stores (PGlite and PostgreSQL): the widget's ticket POST
// (schema, masking re-scan naming the field, idempotency, origins), support login, CSRF and roles, the
// inbox API (search, filters, pages, status, assignee, conclusion, notes, audit trail, CSV), widget events
// and deflection numbers, and tickets surviving a restart.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  Client,
  type IntakeHarness,
  STORE_KINDS,
  startTestIntake,
  TEST_ADMIN,
  TEST_AGENT,
  ticketFixture,
} from '../testing/index.js';

describe.each(STORE_KINDS)('intake on %s', (kind) => {
  let h: IntakeHarness;
  let anon: Client;
  let agent: Client;
  let admin: Client;
  const accepted: string[] = [];

  beforeAll(async () => {
    h = await startTestIntake(kind, {
      config: { limits: { ticketsPerWindow: 100, maxBodyBytes: 16 * 1024 }, sessionHours: 24 * 60 },
      onTicketAccepted: async (tx, stored) => {
        // Runs in the ticket's transaction: a row written here commits with it.
        await tx.query('select 1 from tickets where id = $1', [stored.id]);
        accepted.push(stored.id);
      },
    });
    anon = new Client(() => h.origin);
    agent = new Client(() => h.origin);
    admin = new Client(() => h.origin);
    await agent.login(TEST_AGENT);
    await admin.login(TEST_ADMIN);
  }, 120_000);
  afterAll(async () => {
    await h?.close();
  });

  const post = (body: unknown, headers: Record<string, string> = {}) =>
    anon.request('/api/tickets', { method: 'POST', json: body, headers });

  describe('POST /api/tickets', () => {
    test('accepts a masked ticket (201) once; a repeat returns the original id (200)', async () => {
      const ticket = ticketFixture(1);
      const first = await post(ticket, { 'Idempotency-Key': ticket.idempotencyKey });
      expect(first.status).toBe(201);
      expect(await first.json()).toEqual({ id: 'TD-0000-0000-0001', status: 'new' });
      const again = await post({ ...ticket, note: 'retry' }, { 'Idempotency-Key': ticket.idempotencyKey });
      expect([again.status, await again.json()]).toEqual([200, { id: 'TD-0000-0000-0001', duplicate: true }]);
      expect(accepted).toEqual(['TD-0000-0000-0001']);
      const list = await agent.json('/api/tickets?q=TD-0000-0000-0001');
      expect(list.items.map((t: { id: string }) => t.id)).toEqual(['TD-0000-0000-0001']);
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
    ])(
      'refuses unmasked data in %s with 422 naming the field; nothing stored',
      async (field, overrides, kindOf) => {
        const ticket = ticketFixture(100 + field.length, overrides);
        const res = await post(ticket);
        expect(res.status).toBe(422);
        expect(await res.json()).toMatchObject({ error: 'unmasked_data', field, kind: kindOf });
        expect((await agent.request(`/api/tickets/${ticket.id}`)).status).toBe(404);
      },
    );

    test('refuses schema errors (422 naming the field), bad JSON (400), a disagreeing key (422), big bodies (413)', async () => {
      const wrong = await post({ ...ticketFixture(2), problem: 'lost_wallet' });
      expect([wrong.status, (await wrong.json()).field]).toEqual([422, 'problem']);
      const bad = await anon.request('/api/tickets', {
        method: 'POST',
        body: '{',
        headers: { 'content-type': 'application/json' },
      });
      expect(bad.status).toBe(400);
      const mismatch = await post(ticketFixture(4), { 'Idempotency-Key': 'some-other-key' });
      expect([mismatch.status, (await mismatch.json()).field]).toEqual([422, 'Idempotency-Key']);
      const big = await post({ ...ticketFixture(5), pad: 'x'.repeat(20 * 1024) });
      expect(big.status).toBe(413);
      // Ids and keys only in the widget's format (the key is derived from the id), so an id is never reused.
      const foreign = await post({ ...ticketFixture(1), idempotencyKey: 'idem-different-1' });
      expect([foreign.status, (await foreign.json()).field]).toEqual([422, 'idempotencyKey']);
      // Text a database cannot store: 422 naming the field, never 500.
      const nul = await post(ticketFixture(30, { note: 'a\u0000b' }));
      expect([nul.status, (await nul.json()).error]).toEqual([422, 'unstorable']);
    });

    test('refuses simple cross-origin posts and origins off the allow-list', async () => {
      const text = await anon.request('/api/tickets', {
        method: 'POST',
        body: JSON.stringify(ticketFixture(6)),
        headers: { 'content-type': 'text/plain', origin: 'https://evil.example' },
      });
      expect(text.status).toBe(403);
      const sameText = await anon.request('/api/tickets', {
        method: 'POST',
        body: JSON.stringify(ticketFixture(6)),
        headers: { 'content-type': 'text/plain' },
      });
      expect(sameText.status).toBe(415);
      const preflight = await anon.request('/api/tickets', {
        method: 'OPTIONS',
        headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
      });
      expect([preflight.status, preflight.headers.get('access-control-allow-origin')]).toEqual([403, null]);
      expect((await agent.request('/api/tickets/TD-0000-0000-0006')).status).toBe(404);
    });
  });

  describe('support login, CSRF and roles', () => {
    test('every read and write of the support API and the inbox needs a login', async () => {
      for (const path of [
        '/api/tickets',
        '/api/tickets/TD-0000-0000-0001',
        '/api/stats',
        '/api/events/summary',
        '/api/users',
        '/api/tickets/export.csv',
      ]) {
        expect((await anon.request(path)).status, path).toBe(401);
      }
      const patch = await anon.request('/api/tickets/TD-0000-0000-0001', {
        method: 'PATCH',
        json: { status: 'resolved' },
      });
      expect(patch.status).toBe(401);
      const page = await anon.request('/inbox');
      expect([page.status, page.headers.get('location')]).toEqual([303, '/inbox/login?next=%2Finbox']);
      expect((await anon.request('/inbox/tickets/TD-0000-0000-0001')).status).toBe(303);
    });

    test('the session cookie is HttpOnly and SameSite=Strict; wrong passwords are refused', async () => {
      const c = new Client(() => h.origin);
      const res = await c.request('/api/session', { method: 'POST', json: TEST_AGENT });
      const cookie = res.headers.getSetCookie().join('\n');
      expect(cookie).toMatch(/HttpOnly/);
      expect(cookie).toMatch(/SameSite=Strict/);
      const wrong = await new Client(() => h.origin).request('/api/session', {
        method: 'POST',
        json: { username: TEST_AGENT.username, password: 'not-the-password' },
      });
      expect(wrong.status).toBe(401);
      const nobody = await new Client(() => h.origin).request('/api/session', {
        method: 'POST',
        json: { username: 'nobody', password: 'whatever-it-is' },
      });
      expect(nobody.status).toBe(401);
      const stored = await h.store.query<{ password_hash: string }>('select password_hash from users');
      for (const r of stored.rows) expect(r.password_hash).toMatch(/^scrypt\$32768\$8\$1\$/);
    });

    test('writes need the session’s CSRF token and a same-host origin', async () => {
      const noToken = await agent.request('/api/tickets/TD-0000-0000-0001', {
        method: 'PATCH',
        json: { status: 'in_progress' },
        headers: { 'x-csrf-token': 'wrong' },
      });
      expect(noToken.status).toBe(403);
      const crossSite = await agent.request('/api/tickets/TD-0000-0000-0001', {
        method: 'PATCH',
        json: { status: 'in_progress' },
        headers: { origin: 'https://evil.example' },
      });
      expect(crossSite.status).toBe(403);
      const form = await agent.request('/inbox/tickets/TD-0000-0000-0001', {
        method: 'POST',
        body: new URLSearchParams({ status: 'resolved', _csrf: 'wrong' }),
      });
      expect(form.status).toBe(200);
      expect((await agent.json('/api/tickets/TD-0000-0000-0001')).status).toBe('new');
    });

    test('agents cannot manage accounts; admins can, and cannot remove the last admin', async () => {
      expect((await agent.request('/api/users')).status).toBe(403);
      const created = await admin.request('/api/users', {
        method: 'POST',
        json: { username: 'mei', password: 'mei-password-1', role: 'agent' },
      });
      expect(created.status).toBe(201);
      const taken = await admin.request('/api/users', {
        method: 'POST',
        json: { username: 'MEI', password: 'mei-password-1', role: 'agent' },
      });
      expect(taken.status).toBe(409);
      const weak = await admin.request('/api/users', {
        method: 'POST',
        json: { username: 'x1', password: 'short', role: 'agent' },
      });
      expect(weak.status).toBe(422);
      const me = (await admin.json('/api/session')).user;
      const demote = await admin.request(`/api/users/${me.id}`, { method: 'PATCH', json: { role: 'agent' } });
      expect(demote.status).toBe(409);
      const mei = (await created.json()) as { id: number };
      const c = new Client(() => h.origin);
      await c.login({ username: 'mei', password: 'mei-password-1' });
      expect(
        (await admin.request(`/api/users/${mei.id}`, { method: 'PATCH', json: { disabled: true } })).status,
      ).toBe(200);
      // Disabling an account ends its sessions.
      expect((await c.request('/api/tickets')).status).toBe(401);
    });
  });

  describe('inbox API', () => {
    beforeAll(async () => {
      const base = ticketFixture(0);
      const tickets = [
        ticketFixture(10, {
          problem: 'redeem_not_credited',
          reason: 'used',
          fields: { username: 'carol', accountId: '3', redeemCode: 'ab…9f3e' },
          console: { kind: 'new-api', origin: 'https://a.example' },
        }),
        ticketFixture(11, {
          problem: 'paid_not_credited',
          reason: 'other_account',
          fields: { ...base.fields, username: 'dave', tradeNo: '…4242' },
          console: { kind: 'sub2api', origin: 'https://b.example' },
        }),
        ticketFixture(12, {
          problem: 'paid_not_credited',
          reason: 'pending',
          fields: { ...base.fields, username: '=cmd|calc', tradeNo: '…7777' },
        }),
      ];
      for (const [i, t] of tickets.entries()) {
        h.clock.now = Date.parse('2026-11-21T02:00:00Z') + i * 86_400_000;
        expect((await post(t)).status).toBe(201);
      }
    });

    test('search by ticket id, masked reference tail and username', async () => {
      const ids = async (q: string) =>
        (await agent.json(`/api/tickets?q=${encodeURIComponent(q)}`)).items.map((t: { id: string }) => t.id);
      expect(await ids('TD-0000-0000-0011')).toEqual(['TD-0000-0000-0011']);
      expect(await ids('4242')).toEqual(['TD-0000-0000-0011']);
      expect(await ids('9f3e')).toEqual(['TD-0000-0000-0010']);
      expect(await ids('DAVE')).toEqual(['TD-0000-0000-0011']);
      expect(await ids('%')).toEqual([]);
    });

    test('filters: status, problem, reason, console origin, dates in the agent’s zone; pages', async () => {
      const ids = async (qs: string) =>
        (await agent.json(`/api/tickets?${qs}`)).items.map((t: { id: string }) => t.id);
      expect(await ids('problem=paid_not_credited')).toEqual(['TD-0000-0000-0012', 'TD-0000-0000-0011']);
      expect(await ids('problem=paid_not_credited&reason=other_account')).toEqual(['TD-0000-0000-0011']);
      expect(await ids('origin=https%3A%2F%2Fa.example')).toEqual(['TD-0000-0000-0010']);
      // 2026-11-22 02:00Z is 10:00 on the 22nd in Asia/Shanghai (the agent's zone).
      expect(await ids('from=2026-11-22&to=2026-11-22')).toEqual(['TD-0000-0000-0011']);
      expect(await ids('from=2026-11-22')).toEqual(['TD-0000-0000-0012', 'TD-0000-0000-0011']);
      expect((await agent.request('/api/tickets?status=bogus')).status).toBe(422);
      const page = await agent.json('/api/tickets?page=1');
      expect(page).toMatchObject({ page: 1, pages: 1 });
      expect(page.total).toBeGreaterThanOrEqual(4);
      expect((await agent.json('/api/tickets?page=2')).items).toEqual([]);
    });

    test('status, assignee and conclusion changes, masked notes, and an audit trail of who changed what', async () => {
      const me = (await agent.json('/api/session')).user;
      const patch = await agent.request('/api/tickets/TD-0000-0000-0011', {
        method: 'PATCH',
        json: { status: 'in_progress', assigneeId: me.id },
      });
      expect(patch.status).toBe(200);
      expect(await patch.json()).toMatchObject({ status: 'in_progress', assignee: { username: 'lin' } });
      expect(
        (
          await agent.request('/api/tickets/TD-0000-0000-0011', {
            method: 'PATCH',
            json: { status: 'closed' },
          })
        ).status,
      ).toBe(422);
      expect(
        (await agent.request('/api/tickets/nope-123', { method: 'PATCH', json: { status: 'resolved' } }))
          .status,
      ).toBe(404);
      const note = await agent.json('/api/tickets/TD-0000-0000-0011/notes', {
        method: 'POST',
        json: { body: '用户发来卡号 6222 0212 3456 7890 128，已提醒不要发送' },
      });
      expect(note.masked).toBe(true);
      expect(note.body).not.toContain('6222 0212 3456 7890 128');
      await admin.request('/api/tickets/TD-0000-0000-0011', {
        method: 'PATCH',
        json: {
          status: 'resolved',
          conclusion: 'credited_other_account',
          conclusionNote: '付款时登录的是另一个账号',
        },
      });
      const detail = await agent.json('/api/tickets/TD-0000-0000-0011');
      expect(detail).toMatchObject({ status: 'resolved', conclusion: 'credited_other_account' });
      expect(detail.notes).toHaveLength(1);
      expect(
        detail.audit.map((a: { action: string; actor?: string; before?: string; after?: string }) => [
          a.action,
          a.actor ?? '',
          a.before ?? '',
          a.after ?? '',
        ]),
      ).toEqual([
        ['received', '', '', 'new'],
        ['status', 'lin', 'new', 'in_progress'],
        ['assignee', 'lin', '', 'lin'],
        ['note', 'lin', '', ''],
        ['status', 'lead', 'in_progress', 'resolved'],
        ['conclusion', 'lead', '', 'credited_other_account: 付款时登录的是另一个账号'],
      ]);
      expect((await agent.json(`/api/tickets?assignee=me`)).items.map((t: { id: string }) => t.id)).toEqual([
        'TD-0000-0000-0011',
      ]);
    });

    test('CSV export: the filtered tickets, words in the agent’s language, formulas defused', async () => {
      const res = await agent.request('/api/tickets/export.csv?problem=paid_not_credited');
      expect(res.headers.get('content-type')).toContain('text/csv');
      const csv = await res.text();
      const lines = csv.trim().split('\r\n');
      expect(lines).toHaveLength(3);
      expect(lines[0]).toContain('工单号');
      expect(csv).toContain('已付款，余额没到账'.slice(0, 3));
      expect(csv).toContain("'=cmd|calc");
      expect(csv).not.toMatch(/,=cmd/);
      expect(csv).toContain('UTC+8');
    });
  });

  describe('widget events and deflection numbers', () => {
    test('counts valid events, refuses anything else, and reports per problem and per day', async () => {
      h.clock.now = Date.parse('2026-11-25T03:00:00Z');
      for (const body of [
        { type: 'opened' },
        { type: 'opened' },
        { type: 'problem_chosen', problem: 'paid_not_credited' },
        { type: 'problem_chosen', problem: 'paid_not_credited' },
        { type: 'self_resolved', problem: 'paid_not_credited' },
        { type: 'ticket_sent', problem: 'order_processing', transport: 'webhook' },
      ]) {
        expect((await anon.request('/api/events', { method: 'POST', json: body })).status).toBe(204);
      }
      for (const body of [
        { type: 'clicked' },
        { type: 'opened', email: 'bob@example.com' },
        { type: 'ticket_failed', code: 'Bob 138' },
      ]) {
        expect((await anon.request('/api/events', { method: 'POST', json: body })).status).toBe(422);
      }
      expect(await agent.json('/api/events/summary')).toMatchObject({
        opened: 2,
        problem_chosen: 2,
        self_resolved: 1,
      });
      const stats = await agent.json('/api/stats?days=30');
      expect(stats.events).toMatchObject({ opened: 2, problem_chosen: 2, self_resolved: 1 });
      expect(stats.deflectionRate).toBe(0.5);
      expect(stats.byProblem).toContainEqual({
        problem: 'paid_not_credited',
        reason: 'other_account',
        tickets: 1,
      });
      expect(stats.days).toContainEqual({ day: '2026-11-25', opened: 2, selfResolved: 1, tickets: 0 });
      expect(stats.days).toContainEqual({ day: '2026-11-22', opened: 0, selfResolved: 0, tickets: 1 });
    });
  });

  test('tickets, their history and sessions survive a restart; idempotency holds across it', async () => {
    await h.restart();
    const detail = await agent.json('/api/tickets/TD-0000-0000-0011');
    expect(detail.status).toBe('resolved');
    expect(detail.ticket.fields.tradeNo).toBe('…4242');
    const again = await post(ticketFixture(1));
    expect([again.status, (await again.json()).id]).toEqual([200, 'TD-0000-0000-0001']);
  }, 60_000);

  test('a failing onTicketAccepted rolls the ticket back (nothing stored without its deliveries)', async () => {
    const broken = await startTestIntake(kind, {
      onTicketAccepted: async () => {
        throw new Error('queue down');
      },
    });
    try {
      const c = new Client(() => broken.origin);
      const res = await c.request('/api/tickets', { method: 'POST', json: ticketFixture(50) });
      expect(res.status).toBe(500);
      const n = await broken.store.query<{ n: number }>('select count(*)::int as n from tickets');
      expect(Number(n.rows[0]?.n)).toBe(0);
    } finally {
      await broken.close();
    }
  }, 60_000);
});
