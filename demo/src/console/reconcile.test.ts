// The intake's reconciliation clients (@topup-doctor/intake) against this demo's admin endpoints and
// payment simulator, started in-process on a free port: the records support sees for each seeded
// situation, the admin completion crediting exactly like the callback, and the refusals without the
// admin credential.
import { epayClient, lookupTicket, newApiClient, sub2apiClient } from '@topup-doctor/intake';
import { ticketFixture } from '@topup-doctor/intake/testing';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { EPAY_KEY, EPAY_PID, QUOTA_PER_UNIT } from '../config.js';
import type { ScenarioName, ScenarioSetup } from '../scenarios/seeds.js';
import { DEMO_ADMIN } from '../seed.js';
import { S2_ADMIN_KEY } from '../sub2api/seed.js';
import { Client, type Harness, startTestDemo } from '../testing.js';

let h: Harness;
const apply = async (name: ScenarioName): Promise<ScenarioSetup> =>
  (
    await fetch(`${h.demo.origin}/demo/api/scenario`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name }),
    })
  ).json() as Promise<ScenarioSetup>;

const gateway = () =>
  newApiClient({
    baseUrl: h.demo.origin,
    accessToken: DEMO_ADMIN.accessToken,
    adminUserId: DEMO_ADMIN.id,
    now: () => h.clock.now,
  });
const platform = (key = EPAY_KEY) => epayClient({ baseUrl: `${h.demo.origin}/sim`, pid: EPAY_PID, key });
const s2 = (key = S2_ADMIN_KEY) => sub2apiClient({ baseUrl: h.demo.sub2apiOrigin, adminApiKey: key });
const tail = (s: string) => s.slice(-4);

beforeAll(async () => {
  h = await startTestDemo();
}, 120_000);
afterAll(async () => {
  await h?.close();
});

describe('new-api admin endpoints and the payment platform', () => {
  test('paid, callback never came: pending order of the ticket account, paid at the platform; complete credits once', async () => {
    const s = await apply('callback-never');
    const no = s.orders.order ?? '';
    const found = await gateway().findOrders({ keyword: tail(no) });
    expect(found.ok && found.value).toEqual([
      expect.objectContaining({
        tradeNo: no,
        userId: '1',
        username: 'alice',
        amount: 10,
        money: 73,
        status: 'pending',
      }),
    ]);
    const paid = await platform().queryOrder(no);
    expect(paid).toMatchObject({
      ok: true,
      value: { status: 'paid', known: true, money: 73, currency: 'CNY', paidAt: h.clock.now - 39 * 60_000 },
    });
    expect(paid.ok && paid.value.buyerLast4).toMatch(/^\d{4}$/);

    const alice = new Client(() => h.demo.origin);
    await alice.login('alice', 'alice123');
    const quota = async () => (await alice.json('/api/user/self')).data.quota as number;
    const before = await quota();
    expect(await gateway().completeOrder?.(no)).toEqual({ ok: true, value: { message: '' } });
    expect((await quota()) - before).toBe(10 * QUOTA_PER_UNIT);
    // Idempotent like the console: a second completion answers success and credits nothing.
    expect(await gateway().completeOrder?.(no)).toMatchObject({ ok: true });
    expect((await quota()) - before).toBe(10 * QUOTA_PER_UNIT);

    const after = await gateway().findOrders({ keyword: tail(no) });
    expect(after.ok && after.value[0]).toMatchObject({ status: 'success', completedAt: expect.any(Number) });
    const ledger = await gateway().ledger({
      userId: '1',
      from: h.clock.now - 3_600_000,
      to: h.clock.now + 60_000,
    });
    expect(ledger.ok && ledger.value.filter((e) => e.text.startsWith('管理员补单成功'))).toEqual([
      expect.objectContaining({ kind: 'topup', amount: 10 }),
    ]);
    // The user's own log shows the same row the callback path would have written (type 1).
    const own = await alice.json('/api/log/self?type=1&p=1&page_size=5');
    expect(own.data.items[0].content).toMatch(
      /^管理员补单成功，充值金额: ＄10\.000000 额度，支付金额：73\.000000$/,
    );
  }, 60_000);

  test('never paid: the platform says not paid; an order it never saw is unknown; a wrong merchant key is refused', async () => {
    const s = await apply('never-paid');
    const no = s.orders.order ?? '';
    expect(await platform().queryOrder(no)).toEqual({
      ok: true,
      value: { status: 'unpaid', known: true, rawStatus: '0', money: 73, currency: 'CNY' },
    });
    expect(await platform().queryOrder('USR1NOnever01763624580')).toEqual({
      ok: true,
      value: { status: 'unpaid', known: false },
    });
    expect(await platform('wrong-merchant-key').queryOrder(no)).toMatchObject({
      ok: false,
      state: 'unauthorized',
    });
  }, 60_000);

  test('paid on another account: the order belongs to bob', async () => {
    const s = await apply('paid-as-bob');
    const no = s.orders.bobOrder ?? '';
    const found = await gateway().findOrders({ keyword: tail(no) });
    expect(found.ok && found.value).toEqual([
      expect.objectContaining({ userId: '2', username: 'bob', status: 'success' }),
    ]);
    expect(await gateway().getUser('2')).toEqual({
      ok: true,
      value: { id: '2', username: 'bob', displayName: '鲍勃', email: 'bob@example.com' },
    });
  }, 60_000);

  test('a code used by another user, found from its masked form; the redemption is in that user’s ledger', async () => {
    const s = await apply('redeem-codes');
    const code = s.codes.used_other ?? '';
    const found = await gateway().findCodes({ keyword: `${code.slice(0, 2)}…${code.slice(-4)}` });
    expect(found.ok && found.value).toEqual([
      expect.objectContaining({ code, status: 'used', usedByUserId: '2', quota: 20 * QUOTA_PER_UNIT }),
    ]);
    const expired = await gateway().findCodes({ keyword: s.codes.expired ?? '' });
    expect(expired.ok && expired.value.map((c) => c.status)).toEqual(['expired']);
    const ledger = await gateway().ledger({
      userId: '2',
      from: h.clock.now - 3 * 86_400_000,
      to: h.clock.now,
    });
    expect(ledger.ok && ledger.value.some((e) => e.kind === 'redeem' && e.amount === 20)).toBe(true);
  }, 60_000);

  test('without the admin credential: 401 or the console’s refusal, never data', async () => {
    const noToken = await fetch(`${h.demo.origin}/api/user/topup?p=1`);
    expect(noToken.status).toBe(401);
    const wrong = newApiClient({ baseUrl: h.demo.origin, accessToken: 'not-a-token', adminUserId: 99 });
    expect(await wrong.findOrders({ keyword: '0000' })).toMatchObject({ ok: false, state: 'unauthorized' });
    const otherHeader = newApiClient({
      baseUrl: h.demo.origin,
      accessToken: DEMO_ADMIN.accessToken,
      adminUserId: 1,
    });
    expect(await otherHeader.getUser('1')).toMatchObject({ ok: false, state: 'unauthorized' });
    // A user's session is not an admin credential either.
    const alice = new Client(() => h.demo.origin);
    await alice.login('alice', 'alice123');
    expect((await alice.request('/api/user/topup?p=1')).status).toBe(401);
  }, 60_000);
});

describe('sub2api admin endpoints', () => {
  test('paid at the provider, never credited: PAID order, verify reads it, completion (retry) credits once', async () => {
    const s = await apply('s2-paid-not-credited');
    const no = s.orders.order ?? '';
    const found = await s2().findOrders({ keyword: tail(no) });
    expect(found.ok && found.value).toEqual([
      expect.objectContaining({
        tradeNo: no,
        userId: '1',
        username: 'alice',
        amount: 10,
        money: 72,
        rawStatus: 'PAID',
      }),
    ]);
    expect(await s2().verifyOrder?.(no)).toMatchObject({ ok: true, value: { rawStatus: 'PAID' } });
    const balance = async () =>
      (
        await (
          await fetch(`${h.demo.sub2apiOrigin}/api/v1/admin/users/1`, {
            headers: { 'x-api-key': S2_ADMIN_KEY },
          })
        ).json()
      ).data.balance as number;
    const before = await balance();
    expect(await s2().completeOrder?.(no)).toEqual({ ok: true, value: { message: 'fulfillment retried' } });
    expect((await balance()) - before).toBe(10);
    expect(await s2().completeOrder?.(no)).toMatchObject({ ok: true });
    expect((await balance()) - before).toBe(10);
    const done = await s2().findOrders({ keyword: tail(no) });
    expect(done.ok && done.value[0]).toMatchObject({ status: 'success', rawStatus: 'COMPLETED' });
  }, 60_000);

  test('through the matcher: PAID offers the retry, PENDING only verification; the retried order’s own balance credit is found', async () => {
    const lookUp = (no: string) =>
      lookupTicket(
        {
          id: 'TD-0000-0000-0001',
          status: 'new',
          receivedAt: h.clock.now,
          updatedAt: h.clock.now,
          conclusionNote: '',
          ticket: ticketFixture(1, {
            problem: 'paid_not_credited',
            // A ticket filed on the sub2api console: the intake searches only the gateway of the ticket's console.
            console: { kind: 'sub2api', origin: 'http://127.0.0.1:5174' },
            createdAt: new Date(h.clock.now).toISOString(),
            fields: { tradeNo: `…${tail(no)}`, accountId: '1' },
          }),
        },
        { gateway: s2(), timeoutMs: 10_000 },
        h.clock.now,
      );
    const paid = (await apply('s2-paid-not-credited')).orders.order ?? '';
    const before = await lookUp(paid);
    expect(before.record.outcome).toBe('found');
    const order = before.record.orders[0];
    // paid_at on a PAID order: the gateway's retry (RetryFulfillment) is what completes it.
    expect(order?.action).toEqual({ kind: 'complete', needsConfirmation: false });
    expect(order?.flags.map((f) => f.key)).toEqual(['gatewayPaidNotCompleted']);
    expect(await s2().completeOrder?.(paid)).toMatchObject({ ok: true });
    const after = (await lookUp(paid)).record.orders[0];
    // Completed through its recharge code: that balance-history row is the order's ledger entry.
    expect(after).toMatchObject({ status: 'success', ledger: { state: 'ok', entries: 1 } });
    expect(after?.flags.map((f) => f.key)).not.toContain('completedNoLedger');
    expect(after?.action).toBeUndefined();
    expect(JSON.stringify(after)).not.toContain(paid);

    const pending = (await apply('s2-pending')).orders.order ?? '';
    const waiting = (await lookUp(pending)).record.orders[0];
    expect(waiting?.action).toEqual({ kind: 'verify', needsConfirmation: false });
    expect(waiting?.flags.map((f) => f.key)).toEqual(['pending']);
    // The console refuses to retry an order it never saw paid, as upstream does.
    expect(await s2().completeOrder?.(pending)).toMatchObject({
      ok: false,
      state: 'bad_answer',
      detail: 'refused: INVALID_STATUS order is not paid',
    });
  }, 60_000);

  test('a code used by another user; the balance history; the owner-only verify refuses others; a wrong key', async () => {
    const s = await apply('s2-redeem-codes');
    const code = s.codes.used_other ?? '';
    const found = await s2().findCodes({ keyword: `${code.slice(0, 2)}…${code.slice(-4)}` });
    expect(found.ok && found.value).toEqual([
      expect.objectContaining({ code, status: 'used', usedByUserId: '2' }),
    ]);
    const ledger = await s2().ledger({ userId: '2', from: h.clock.now - 3 * 86_400_000, to: h.clock.now });
    expect(ledger.ok && ledger.value).toEqual([
      expect.objectContaining({ kind: 'redeem', amount: 20, text: 'balance' }),
    ]);
    expect(await s2(`admin-${'0'.repeat(64)}`).getUser('1')).toMatchObject({
      ok: false,
      state: 'unauthorized',
    });

    // The signed-in verify answers 403 for an order of another user (what support could not use).
    const login = await (
      await fetch(`${h.demo.sub2apiOrigin}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'alice@example.com', password: 'alice123' }),
      })
    ).json();
    const bobs = await s2().findOrders({ userId: '2' });
    const bobOrder = bobs.ok ? (bobs.value[0]?.tradeNo ?? '') : '';
    const refused = await fetch(`${h.demo.sub2apiOrigin}/api/v1/payment/orders/verify`, {
      method: 'POST',
      headers: { authorization: `Bearer ${login.data.access_token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ out_trade_no: bobOrder }),
    });
    expect([refused.status, ((await refused.json()) as { reason: string }).reason]).toEqual([
      403,
      'FORBIDDEN',
    ]);
  }, 60_000);
});
