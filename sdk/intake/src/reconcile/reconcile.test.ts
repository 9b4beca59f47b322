// The gateway's record in the inbox, over HTTP with in-process gateway and payment platform fakes: the
// ticket page renders at once whatever the gateway does; the record (or a clear state for a gateway that is
// down, slow, or refuses the credential) comes from its own request; completing a paid order needs an
// admin, a confirmation and the CSRF token, and lands in the audit trail and the conclusion. The cache
// keeps only masked values, on both stores.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSRF_FIELD } from '../http/session.js';
import {
  Client,
  type IntakeHarness,
  STORE_KINDS,
  startTestIntake,
  TEST_ADMIN,
  TEST_AGENT,
  testStore,
  ticketFixture,
} from '../testing/index.js';
import type { Reconciliation } from './match.js';
import { lookupTicket, readReconciliation, saveReconciliation } from './service.js';
import type { GatewayClient, GatewayOrder, Outcome, ProviderClient, ProviderPayment } from './types.js';

const FULL = 'USR2NO9f8e7d6c5b4a0113';
/** The confirmation form's ref (an HMAC, never the number). */
const refIn = (page: string) => /name="ref" value="([^"]+)"/.exec(page)?.[1] ?? '';
const T0 = Date.parse('2026-11-20T04:03:00Z');

type Mode = 'ok' | 'down' | 'slow' | '401';

class FakeGateway implements GatewayClient {
  readonly console = 'new-api' as const;
  mode: Mode = 'ok';
  orders: GatewayOrder[] = [];
  completed: string[] = [];
  private answer<T>(value: T): Promise<Outcome<T>> {
    if (this.mode === 'down')
      return Promise.resolve({ ok: false, state: 'unreachable', detail: 'ECONNREFUSED' });
    if (this.mode === '401') return Promise.resolve({ ok: false, state: 'unauthorized' });
    if (this.mode === 'slow') return new Promise(() => undefined); // never answers
    return Promise.resolve({ ok: true, value });
  }
  findOrders(q: { keyword?: string }) {
    return this.answer(this.orders.filter((o) => !q.keyword || o.tradeNo.includes(q.keyword)));
  }
  getUser(id: string) {
    return this.answer({ id, username: id === '2' ? 'bob' : `user${id}` });
  }
  findCodes() {
    return this.answer([]);
  }
  ledger() {
    return this.answer([]);
  }
  completeOrder(tradeNo: string) {
    this.completed.push(tradeNo);
    const o = this.orders.find((x) => x.tradeNo === tradeNo);
    if (o) Object.assign(o, { status: 'success', rawStatus: 'success', completedAt: T0 + 10 * 60_000 });
    return this.answer({ message: `订单 ${tradeNo} 已补单成功` });
  }
}

class FakeProvider implements ProviderClient {
  readonly provider = 'epay' as const;
  payment: ProviderPayment = {
    status: 'paid',
    money: 73,
    currency: 'CNY',
    paidAt: T0 + 60_000,
    tradeNoLast4: '8841',
    buyerLast4: '5678',
  };
  async queryOrder(): Promise<Outcome<ProviderPayment>> {
    return { ok: true, value: this.payment };
  }
}

const pending = (): GatewayOrder => ({
  tradeNo: FULL,
  userId: '2',
  username: 'bob',
  amount: 10,
  money: 73,
  currency: 'CNY',
  method: 'alipay',
  status: 'pending',
  rawStatus: 'pending',
  createdAt: T0,
});

const ticket = ticketFixture(1, {
  problem: 'paid_not_credited',
  fields: { ...ticketFixture(0).fields, orderTime: new Date(T0).toISOString(), amount: 73, currency: 'CNY' },
});

describe('the gateway’s record in the inbox', () => {
  let h: IntakeHarness;
  let off: IntakeHarness;
  const gateway = new FakeGateway();
  const provider = new FakeProvider();
  const agent = new Client(() => h.origin);
  const admin = new Client(() => h.origin);
  // What the page script does: POST with the page's CSRF token, asking for the section's body.
  const fragment = (c: Client, id = ticket.id) =>
    c
      .request(`/inbox/tickets/${id}/reconcile`, {
        method: 'POST',
        headers: { 'x-inbox-fragment': '1' },
        body: new URLSearchParams({ [CSRF_FIELD]: c.csrf ?? '' }),
      })
      .then((r) => r.text());

  beforeAll(async () => {
    h = await startTestIntake('pglite', { reconcile: { gateway, provider, timeoutMs: 300 } });
    off = await startTestIntake('pglite');
    for (const target of [h, off]) {
      const res = await new Client(() => target.origin).request('/api/tickets', {
        method: 'POST',
        json: ticket,
      });
      expect(res.status).toBe(201);
    }
    await agent.login(TEST_AGENT);
    await admin.login(TEST_ADMIN);
  }, 120_000);
  afterAll(async () => {
    await h?.close();
    await off?.close();
  });

  it('without a gateway configured the page says so and loads nothing', async () => {
    const c = new Client(() => off.origin);
    await c.login(TEST_AGENT);
    const page = await (await c.request(`/inbox/tickets/${ticket.id}`)).text();
    expect(page).toContain('data-state="not_configured"');
    expect(page).toContain('没有配置网关的只读访问');
    expect(page).not.toContain('data-load=');
  });

  it.each([
    ['down', 'unreachable', '连不上网关'],
    ['slow', 'timeout', '网关在 0.3 秒内没有回答'],
    ['401', 'unauthorized', '网关拒绝了配置的管理员凭据（401/403）'],
  ] as const)(
    'a gateway that is %s: the page renders at once, the record says %s in words',
    async (mode, state, words) => {
      gateway.mode = mode;
      const started = Date.now();
      const page = await agent.request(`/inbox/tickets/${ticket.id}`);
      expect(page.status).toBe(200);
      expect(Date.now() - started).toBeLessThan(2000);
      const body = await fragment(agent);
      expect(body).toContain(`data-state="${state}"`);
      expect(body).toContain(words);
      expect(body).toContain('重新查询');
      // The ticket page shows the kept state, with its time, and never calls the gateway itself.
      const again = await (await agent.request(`/inbox/tickets/${ticket.id}`)).text();
      expect(again).toContain(`data-state="${state}"`);
      expect(again).toContain('查询时间 2026-11-20 16:00');
    },
  );

  it('a lookup calls the gateway only on a POST with the CSRF token', async () => {
    gateway.mode = 'ok';
    gateway.orders = [pending()];
    let calls = 0;
    const find = gateway.findOrders.bind(gateway);
    gateway.findOrders = (q: { keyword?: string }) => {
      calls++;
      return find(q);
    };
    try {
      const get = await agent.request(`/inbox/tickets/${ticket.id}/reconcile`, {
        headers: { 'x-inbox-fragment': '1' },
      });
      expect(get.status).toBe(303);
      const forged = await agent.request(`/inbox/tickets/${ticket.id}/reconcile`, {
        method: 'POST',
        headers: { 'x-inbox-fragment': '1' },
        body: new URLSearchParams({ [CSRF_FIELD]: 'wrong' }),
      });
      expect(forged.status).toBe(403);
      expect(calls).toBe(0);
      expect(await fragment(agent)).toContain('data-state="found"');
      expect(calls).toBe(1);
    } finally {
      gateway.findOrders = find;
    }
  });

  it('found: pending, paid at the provider, account matches; an agent sees it but may not complete', async () => {
    gateway.mode = 'ok';
    gateway.orders = [pending()];
    const body = await fragment(agent);
    expect(body).toContain('data-state="found"');
    expect(body).toContain('订单 …0113');
    expect(body).toContain('待完成（等待支付或回调）');
    expect(body).toContain('¥73.00');
    expect(body).toContain('bob (#2)');
    expect(body).toMatch(/data-match="true">一致/);
    expect(body).toContain('2026-11-20 12:03 UTC+8');
    expect(body).toContain('支付平台 2026-11-20 12:04 UTC+8 已收款，¥73.00');
    expect(body).toContain('平台交易号 …8841');
    expect(body).toContain('支付平台已收款，但订单没有完成');
    expect(body).toContain('补单只能由管理员操作');
    expect(body).not.toContain(FULL);
    expect(body).not.toContain('5678'); // the payer's account, not even its tail
    const act = await agent.request(`/inbox/tickets/${ticket.id}/reconcile/act?candidate=0&expect=…0113`);
    expect(act.status).toBe(403);
  });

  it('the same record as JSON for the support API, masked; a look-up needs the CSRF header', async () => {
    gateway.mode = 'ok';
    gateway.orders = [pending()];
    const looked = await agent.json(`/api/tickets/${ticket.id}/reconcile`, { method: 'POST' });
    expect(looked.configured).toBe(true);
    expect(looked.record.outcome).toBe('found');
    expect(looked.record.orders[0].tradeNo).toBe('…0113');
    expect(looked.record.orders[0].provider.status).toBe('paid');
    const kept = await agent.json(`/api/tickets/${ticket.id}/reconcile`);
    expect(kept.record).toEqual(looked.record);
    expect(JSON.stringify(kept)).not.toContain(FULL);
    const forged = await agent.request(`/api/tickets/${ticket.id}/reconcile`, {
      method: 'POST',
      headers: { 'x-csrf-token': 'wrong' },
    });
    expect(forged.status).toBe(403);
    expect((await new Client(() => h.origin).request(`/api/tickets/${ticket.id}/reconcile`)).status).toBe(
      401,
    );
  });

  it('an admin completes it after the confirmation page; audit, conclusion and the record follow', async () => {
    gateway.mode = 'ok';
    gateway.orders = [pending()];
    const body = await fragment(admin);
    expect(body).toContain('id="recon-act-0"');
    const confirm = await (
      await admin.request(`/inbox/tickets/${ticket.id}/reconcile/act?candidate=0&expect=%E2%80%A60113`)
    ).text();
    expect(confirm).toContain('确认补单');
    expect(confirm).toContain('这会在网关把订单 …0113 标记为已完成，并给账号 bob (#2) 入账');
    expect(confirm).not.toContain('name="confirmed"'); // the platform says paid: no extra tick needed
    expect(confirm).not.toContain(FULL);
    const ref = refIn(confirm);
    expect(ref).toMatch(/^[\w-]{20,}$/);
    // Without the CSRF token: refused, nothing done.
    const forged = await admin.request(`/inbox/tickets/${ticket.id}/reconcile/act`, {
      method: 'POST',
      body: new URLSearchParams({ candidate: '0', expect: '…0113' }),
    });
    expect(forged.status).toBe(403);
    expect(gateway.completed).toEqual([]);
    // A candidate that is not the one confirmed: refused.
    const changed = await admin.request(`/inbox/tickets/${ticket.id}/reconcile/act`, {
      method: 'POST',
      body: new URLSearchParams({ candidate: '0', expect: '…9999', ref, [CSRF_FIELD]: admin.csrf ?? '' }),
    });
    expect(changed.headers.get('location')).toContain('recon=changed');
    expect(gateway.completed).toEqual([]);
    // A crafted address cannot make the page claim a completion: the notice comes from the audit trail.
    const crafted = await (
      await admin.request(`/inbox/tickets/${ticket.id}?recon=completed&n=%E2%80%A66666`)
    ).text();
    expect(crafted).not.toContain('网关已完成订单');
    expect(crafted).not.toContain('…6666');
    // Same masked tail, other order in the confirmed place (list position only): the ref tells them apart.
    const twin = { ...pending(), tradeNo: 'USR7NOaaaaaaaaaaaa0113' };
    gateway.orders = [twin, pending()];
    const swapped = await admin.request(`/inbox/tickets/${ticket.id}/reconcile/act`, {
      method: 'POST',
      body: new URLSearchParams({ candidate: '0', expect: '…0113', ref, [CSRF_FIELD]: admin.csrf ?? '' }),
    });
    expect(swapped.headers.get('location')).toContain('recon=changed');
    expect(gateway.completed).toEqual([]);
    gateway.orders = [pending()];
    const done = await admin.request(`/inbox/tickets/${ticket.id}/reconcile/act`, {
      method: 'POST',
      body: new URLSearchParams({ candidate: '0', expect: '…0113', ref, [CSRF_FIELD]: admin.csrf ?? '' }),
    });
    expect(done.status).toBe(303);
    expect(done.headers.get('location')).toContain('recon=completed');
    expect(gateway.completed).toEqual([FULL]);
    const page = await (await admin.request(done.headers.get('location') ?? '')).text();
    expect(page).toContain('网关已完成订单 …0113');
    expect(page).toContain('在网关补单 …0113：成功（订单 …0113 已补单成功）');
    expect(page).toMatch(/<option value="completed_by_operator" selected>/);
    expect(page).toContain('已在网关补单 …0113（网关回复：订单 …0113 已补单成功）');
    expect(page).toContain('data-status="success"');
    expect(page).not.toContain(FULL);
    const api = await admin.json(`/api/tickets/${ticket.id}`);
    expect(api.conclusion).toBe('completed_by_operator');
    const kept = await h.store.query<{ result: unknown }>('select result from ticket_reconcile');
    expect(JSON.stringify(kept.rows)).not.toContain(FULL);
    const audit = await h.store.query<{ after: string }>(
      `select after from ticket_audit where action = 'gateway_complete'`,
    );
    expect(JSON.stringify(audit.rows)).not.toContain(FULL);
  });

  it('not paid at the provider: says so and offers no completion, even to a forged request', async () => {
    gateway.mode = 'ok';
    gateway.completed = [];
    gateway.orders = [pending()];
    provider.payment = { status: 'unpaid' };
    const body = await fragment(admin);
    expect(body).toContain('支付平台显示未付款');
    expect(body).toContain('不提供补单');
    expect(body).not.toContain('recon-act-0');
    const res = await admin.request(`/inbox/tickets/${ticket.id}/reconcile/act`, {
      method: 'POST',
      body: new URLSearchParams({ candidate: '0', expect: '…0113', [CSRF_FIELD]: admin.csrf ?? '' }),
    });
    // No confirmation page offered it, so no ref: refused as not the confirmed record.
    expect(res.headers.get('location')).toContain('recon=changed');
    expect(gateway.completed).toEqual([]);
  });

  it('a provider nobody can ask: completion needs the explicit tick', async () => {
    const noProvider = await startTestIntake('pglite', { reconcile: { gateway, timeoutMs: 300 } });
    try {
      await new Client(() => noProvider.origin).request('/api/tickets', { method: 'POST', json: ticket });
      const c = new Client(() => noProvider.origin);
      await c.login(TEST_ADMIN);
      gateway.orders = [pending()];
      gateway.completed = [];
      const confirm = await (
        await c.request(`/inbox/tickets/${ticket.id}/reconcile/act?candidate=0&expect=%E2%80%A60113`)
      ).text();
      expect(confirm).toContain('name="confirmed"');
      const ref = refIn(confirm);
      const post = (extra: Record<string, string>) =>
        c.request(`/inbox/tickets/${ticket.id}/reconcile/act`, {
          method: 'POST',
          body: new URLSearchParams({
            candidate: '0',
            expect: '…0113',
            ref,
            [CSRF_FIELD]: c.csrf ?? '',
            ...extra,
          }),
        });
      expect((await post({})).headers.get('location')).toContain('recon=needs_confirmation');
      expect(gateway.completed).toEqual([]);
      expect((await post({ confirmed: '1' })).headers.get('location')).toContain('recon=completed');
      expect(gateway.completed).toEqual([FULL]);
    } finally {
      await noProvider.close();
    }
  }, 60_000);
});

describe('what the lookup asks', () => {
  const stored = (t: typeof ticket) => ({
    id: t.id,
    status: 'new' as const,
    receivedAt: T0,
    updatedAt: T0,
    conclusionNote: '',
    ticket: t,
  });

  it('a code mask is searched by both ends; a short code’s `…9f` is too short and says so without asking', async () => {
    const asked: string[] = [];
    const gateway = new FakeGateway();
    gateway.findCodes = (q?: { keyword: string }) => {
      asked.push(q?.keyword ?? '');
      return Promise.resolve({ ok: true as const, value: [] });
    };
    const redeem = (code: string) =>
      ticketFixture(2, { problem: 'redeem_not_credited', fields: { redeemCode: code } });
    const a = await lookupTicket(stored(redeem('ab…9f3e')), { gateway, timeoutMs: 300 }, T0);
    expect(asked).toEqual(['ab…9f3e']);
    expect(a.record.outcome).toBe('not_found');
    const b = await lookupTicket(stored(redeem('…9f')), { gateway, timeoutMs: 300 }, T0);
    expect(asked).toHaveLength(1);
    expect(b.record.tooShort).toBe(true);
    expect(b.record.gateway).toBe('ok');
  });

  it('a one-character order tail is not searched; a scan stopped at the page limit is marked', async () => {
    const gateway = new FakeGateway();
    let calls = 0;
    gateway.findOrders = () => {
      calls++;
      return Promise.resolve({ ok: true as const, value: Object.assign([], { truncatedAfter: 500 }) });
    };
    const one = ticketFixture(3, { problem: 'paid_not_credited', fields: { tradeNo: '…3' } });
    const r1 = await lookupTicket(stored(one), { gateway, timeoutMs: 300 }, T0);
    expect(r1.record.tooShort).toBe(true);
    expect(calls).toBe(0);
    const byAccount = ticketFixture(4, { problem: 'paid_not_credited', fields: { accountId: '2' } });
    const r2 = await lookupTicket(stored(byAccount), { gateway, timeoutMs: 300 }, T0);
    expect(calls).toBe(1);
    expect(r2.record.outcome).toBe('not_found');
    expect(r2.record.search.truncatedAfter).toBe(500);
  });
});

describe('other consoles', () => {
  it('a ticket from another kind of console is not looked up in this gateway, and says so', async () => {
    const gateway = new FakeGateway();
    gateway.orders = [pending()];
    let asked = 0;
    const counting: GatewayClient = {
      console: 'new-api',
      findOrders: (q) => {
        asked++;
        return gateway.findOrders(q);
      },
      getUser: (id) => gateway.getUser(id),
      findCodes: () => gateway.findCodes(),
      ledger: () => gateway.ledger(),
    };
    const h = await startTestIntake('pglite', { reconcile: { gateway: counting, timeoutMs: 300 } });
    try {
      const fromSub2api = ticketFixture(7, {
        ...ticket,
        id: 'TD-0000-0000-0007',
        idempotencyKey: 'topup-doctor:TD-0000-0000-0007',
        console: { kind: 'sub2api', origin: 'http://127.0.0.1:9' },
      });
      await new Client(() => h.origin).request('/api/tickets', { method: 'POST', json: fromSub2api });
      const c = new Client(() => h.origin);
      await c.login(TEST_AGENT);
      const body = await (
        await c.request(`/inbox/tickets/${fromSub2api.id}/reconcile`, {
          method: 'POST',
          headers: { 'x-inbox-fragment': '1' },
          body: new URLSearchParams({ [CSRF_FIELD]: c.csrf ?? '' }),
        })
      ).text();
      expect(body).toContain('data-state="other_console"');
      expect(body).toContain('这张工单来自 sub2api 控制台，配置的网关是 new-api');
      expect(asked).toBe(0);
    } finally {
      await h.close();
    }
  }, 60_000);

  it('sub2api: an admin asks the gateway to verify a pending order with the platform (its side effect only on that click)', async () => {
    const verified: string[] = [];
    const order = { ...pending(), tradeNo: 'sub2_20261120_ab12cd0113' };
    const sub2api: GatewayClient = {
      console: 'sub2api',
      findOrders: async () => ({ ok: true, value: [order] }),
      getUser: async (id) => ({ ok: true, value: { id, username: 'bob' } }),
      findCodes: async () => ({ ok: true, value: [] }),
      ledger: async () => ({ ok: true, value: [] }),
      verifyOrder: async (tradeNo) => {
        verified.push(tradeNo);
        return {
          ok: true,
          value: { ...order, status: 'success', rawStatus: 'COMPLETED', completedAt: T0 + 60_000 },
        };
      },
    };
    const h = await startTestIntake('pglite', { reconcile: { gateway: sub2api, timeoutMs: 300 } });
    try {
      const t = ticketFixture(8, {
        ...ticket,
        id: 'TD-0000-0000-0008',
        idempotencyKey: 'topup-doctor:TD-0000-0000-0008',
        console: { kind: 'sub2api', origin: 'http://127.0.0.1:9' },
      });
      await new Client(() => h.origin).request('/api/tickets', { method: 'POST', json: t });
      const c = new Client(() => h.origin);
      await c.login(TEST_ADMIN);
      const body = await (
        await c.request(`/inbox/tickets/${t.id}/reconcile`, {
          method: 'POST',
          headers: { 'x-inbox-fragment': '1' },
          body: new URLSearchParams({ [CSRF_FIELD]: c.csrf ?? '' }),
        })
      ).text();
      expect(body).toContain('向支付平台核实…');
      expect(verified).toEqual([]);
      const confirm = await (
        await c.request(`/inbox/tickets/${t.id}/reconcile/act?candidate=0&expect=%E2%80%A60113`)
      ).text();
      expect(confirm).toContain('确认向支付平台核实');
      expect(verified).toEqual([]);
      const res = await c.request(`/inbox/tickets/${t.id}/reconcile/act`, {
        method: 'POST',
        body: new URLSearchParams({
          candidate: '0',
          expect: '…0113',
          ref: refIn(confirm),
          [CSRF_FIELD]: c.csrf ?? '',
        }),
      });
      expect(res.headers.get('location')).toContain('recon=verified');
      expect(verified).toEqual([order.tradeNo]);
      const page = await (await c.request(res.headers.get('location') ?? '')).text();
      expect(page).toContain('向支付平台核实 …0113：成功（已完成）');
      expect(page).toMatch(/<option value="completed_by_operator" selected>/);
    } finally {
      await h.close();
    }
  }, 60_000);
});

describe.each(STORE_KINDS)('the record kept in the %s store', (kind) => {
  it('is saved, replaced and read back, masked', async () => {
    const ts = await testStore(kind);
    const store = await ts.open();
    try {
      await store.query(
        `insert into tickets (id, idempotency_key, received_at, updated_at, schema_version, problem, console_kind, locale, body)
         values ($1, $2, 0, 0, 1, 'paid_not_credited', 'new-api', 'zh-CN', $3::jsonb)`,
        [ticket.id, ticket.idempotencyKey, JSON.stringify(ticket)],
      );
      const gateway = new FakeGateway();
      gateway.orders = [pending()];
      const stored = {
        id: ticket.id,
        status: 'new' as const,
        receivedAt: T0,
        updatedAt: T0,
        conclusionNote: '',
        ticket,
      };
      const first = (await lookupTicket(stored, { gateway, timeoutMs: 500 }, T0)).record;
      await saveReconciliation(store, ticket.id, first);
      gateway.mode = 'down';
      const second: Reconciliation = (await lookupTicket(stored, { gateway, timeoutMs: 500 }, T0 + 1000))
        .record;
      expect(second.gateway).toBe('unreachable');
      await saveReconciliation(store, ticket.id, second);
      const back = await readReconciliation(store, ticket.id);
      expect(back).toEqual(second);
      await saveReconciliation(store, ticket.id, first);
      expect((await readReconciliation(store, ticket.id))?.orders[0]?.tradeNo).toBe('…0113');
      const raw = await store.query('select result::text as t from ticket_reconcile');
      expect(JSON.stringify(raw.rows)).not.toContain(FULL);
    } finally {
      await store.close();
      await ts.destroy();
    }
  }, 90_000);
});
