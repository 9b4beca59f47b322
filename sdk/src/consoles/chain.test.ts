// The fact chain end to end, from RECORDED console JSON: adapter -> toFacts -> diagnose -> buildTicket. Each
// case changes the recorded answers only where the situation needs it (a second order, an older date).
import { describe, expect, it } from 'vitest';
import {
  type Answers,
  buildTicket,
  type ConsoleReading,
  defaultRules,
  diagnose,
  type Observations,
  Rules,
  readTradeNo,
  toFacts,
} from '../core/index.js';
import { type FakeAnswer, fakeEnv, recorded } from './fake-env.js';
import { createNewApiAdapter } from './new-api/adapter.js';
import { createNewApiObserver } from './new-api/page-responses.js';
import { redeemAnswerOf } from './redeem-answer.js';

// biome-ignore lint/suspicious/noExplicitAny: recorded JSON, edited by hand per case
type Json = Record<string, any>;

const S = 1000;
const MIN = 60 * S;
const DAY = 24 * 60 * MIN;

/** The recorded new-api answers, with `edit` applied to copies of the top-up list and the log. */
async function readNewApi(edit: (topups: Json[], logs: Json[]) => void = () => {}): Promise<ConsoleReading> {
  const topup = structuredClone(recorded('new-api', 'topup-self'));
  const log = structuredClone(recorded('new-api', 'log-self-topup'));
  edit(topup.data.items, log.data.items);
  const ok = (body: unknown): FakeAnswer => ({ status: 200, body });
  const env = fakeEnv({
    storage: recorded('new-api', 'storage-b') as Record<string, string>,
    routes: {
      '/api/status': ok(recorded('new-api', 'status')),
      '/api/user/self': ok(recorded('new-api', 'user-self')),
      '/api/user/topup/self': ok(topup),
      '/api/log/self': ok(log),
      '/api/token/': ok(recorded('new-api', 'token-list')),
    },
  });
  return createNewApiAdapter({ observer: createNewApiObserver() }).read(env);
}

function chain(
  read: ConsoleReading,
  answers: Answers,
  now: number,
  rules = defaultRules(),
  observations?: Observations,
) {
  const facts = toFacts({ read, answers, observations });
  const diagnosis = diagnose(facts, { now, rules });
  const ticket = buildTicket(facts, diagnosis, '', {
    audience: 'support',
    now,
    id: 'TD-AAAA-BBBB-CCCC',
    locale: 'zh-CN',
  });
  const en = buildTicket(facts, diagnosis, '', {
    audience: 'support',
    now,
    id: 'TD-AAAA-BBBB-CCCC',
    locale: 'en',
  });
  return { facts, diagnosis, ticket, en };
}

const at = (unix: number) => unix * S;

describe('fact chain from recorded new-api answers', () => {
  it('the credited order picked from the list: its own credit, words not codes in the ticket', async () => {
    const read = await readNewApi();
    const { diagnosis, ticket, en } = chain(
      read,
      { problem: 'paid_not_credited', orderRef: '305', paidAmount: 73, currency: 'CNY' },
      at(1767312000) + DAY,
    );
    expect(diagnosis.reason).toBe('credited');
    expect(diagnosis.basis?.order?.ref).toBe('305');
    expect(diagnosis.basis?.credit?.at).toBe(at(1767312061)); // "充值金额: ＄10 ... 支付金额：73" is this order's
    expect(ticket.fields).toMatchObject({
      paymentMethod: '微信支付',
      orderStatus: '已入账',
      tradeNo: '…2000',
      paidAmount: 73,
      currency: 'CNY',
    });
    expect(ticket.fields.balanceChangeAt).toBe(new Date(at(1767312061)).toISOString());
    expect(en.fields).toMatchObject({ paymentMethod: 'WeChat Pay', orderStatus: 'credited' });
    expect(JSON.stringify(en)).not.toMatch(/[\u4e00-\u9fff]/); // nothing in the other locale
    expect(ticket.schemaVersion).toBe(2);
    expect(ticket.checks.every((c) => c.key !== undefined)).toBe(true);
  });

  it('a pending order never borrows the credit of a same-amount order paid seconds before; both are listed', async () => {
    const read = await readNewApi((topups) => {
      topups.unshift({
        ...topups[1],
        id: 306,
        trade_no: 'USR42NOz8Yx7w1767312020',
        create_time: 1767312020,
        complete_time: 0,
        status: 'pending',
      });
    });
    const { diagnosis, ticket } = chain(
      read,
      { problem: 'paid_not_credited', orderRef: '306' },
      at(1767312020) + 3 * MIN,
    );
    expect(diagnosis.basis?.credit).toBeUndefined();
    expect(diagnosis.reason).toBe('pending');
    expect(diagnosis.resolution).toBe('wait');
    expect(diagnosis.basis?.duplicates.map((o) => o.ref)).toEqual(['305']);
    expect(ticket.fields.duplicateOrders).toBe('…2000');
    expect(diagnosis.checks.find((c) => c.id === 'duplicate-orders')?.status).toBe('warn');
  });

  it('a 45-day-old order is not credited by a credit 35 days after it', async () => {
    const created = 1767139200;
    const read = await readNewApi((topups, logs) => {
      const o = topups.find((t) => t.id === 290);
      if (o) o.status = 'pending';
      const manual = logs.find((l) => l.id === 512);
      if (manual) manual.created_at = created + 35 * 86400;
    });
    const { diagnosis } = chain(
      read,
      { problem: 'paid_not_credited', orderRef: '290' },
      at(created) + 45 * DAY,
    );
    expect(diagnosis.basis?.credit).toBeUndefined();
    expect(diagnosis.reason).not.toBe('credited');
  });

  it('a pasted full order number: its account id is read before masking; only the mask is kept', async () => {
    const read = await readNewApi();
    const pasted = readTradeNo('USR7NOk3x9Qa1767398400');
    const answers: Answers = {
      problem: 'paid_not_credited',
      tradeNoTail: pasted?.tail,
      tradeNoUserId: pasted?.userId,
      tradeNoMasked: pasted?.masked,
      masked: [{ field: 'tradeNoTail', kind: 'order_no' }],
    };
    const { diagnosis, ticket } = chain(read, answers, at(1767398400) + 5 * MIN);
    expect(diagnosis.reason).toBe('other_account');
    expect(diagnosis.nextSteps[0]).toEqual({ key: 'step.switchAccountId', params: { targetId: '7' } });
    expect(JSON.stringify(ticket)).not.toContain('USR7NOk3x9Qa1767398400');
    expect(ticket.masked).toContainEqual({ field: 'tradeNoTail', kind: 'order_no' });
  });

  it('a redemption made yesterday in this account is found in the ledger (redeem flow: no order checks)', async () => {
    const read = await readNewApi();
    const redeemedAt = at(1767200000) - 5 * MIN; // what the user typed, a few minutes off
    const { diagnosis, ticket } = chain(
      read,
      { problem: 'redeem_not_credited', redeemCode: '3f…9f3e', redeemedAt },
      at(1767200000) + DAY,
    );
    expect(diagnosis.reason).toBe('redeemed');
    expect(diagnosis.nextSteps[0]?.key).toBe('step.checkRedeemAt');
    // About a code, not an order: no order check, and no display-unit note about an order's money.
    expect(diagnosis.checks.map((c) => c.id)).not.toContain('order-status');
    expect(diagnosis.checks.map((c) => c.evidence.key)).not.toContain('check.display-unit.ratio');
    expect(diagnosis.basis?.order).toBeUndefined();
    expect(diagnosis.nextSteps.map((s) => s.key)).not.toContain('step.keepEvidence');
    expect(ticket.fields).toMatchObject({
      redeemCode: '3f…9f3e',
      redeemTime: new Date(redeemedAt).toISOString(),
      balanceChangeAt: new Date(at(1767200000)).toISOString(),
    });
    expect(ticket.fields.orderStatus).toBeUndefined();
  });

  it('the page’s own redeem answer ("该兑换码已被使用") with no redemption in this account: another account', async () => {
    const answer = redeemAnswerOf({
      url: '/api/user/topup',
      method: 'POST',
      requestBody: { key: '3f2a9c0e1b7d4c6e8f0a2b4c6d8e9f3e' },
      responseBody: recorded('new-api', 'redeem-answers').used,
      at: at(1767200000) + 30 * DAY,
    });
    const read = { ...(await readNewApi()), redeems: answer ? [answer] : [] };
    const { diagnosis, ticket } = chain(
      read,
      { problem: 'redeem_not_credited' },
      at(1767200000) + 30 * DAY + MIN,
    );
    expect(diagnosis.basis?.redeem).toMatchObject({
      outcome: 'used',
      source: 'console',
      codeMasked: '3f…9f3e',
    });
    expect(diagnosis.reason).toBe('other_account');
    expect(diagnosis.resolution).toBe('operator');
    expect(ticket.fields.pageMessage).toBe('该兑换码已被使用');
  });

  it('a mistyped code (无效的兑换码) is self-resolvable with what to check, no ticket needed', async () => {
    const read = await readNewApi();
    const { diagnosis } = chain(
      read,
      { problem: 'redeem_not_credited', pageMessage: '无效的兑换码' },
      at(1767200000),
    );
    expect(diagnosis).toMatchObject({ reason: 'invalid', resolution: 'self' });
    expect(diagnosis.nextSteps[0]?.key).toBe('step.checkCodeChars');
  });

  it('sub2api rate limit: how long comes from the operator’s rule, else no number at all', async () => {
    const limited = recorded('sub2api', 'redeem-answers').rateLimited;
    const answer = redeemAnswerOf({
      url: '/api/v1/redeem',
      method: 'POST',
      requestBody: { code: 'AB12CD34-EF56GH78-IJ90KL12-MN34OP56' },
      responseBody: limited.body,
      at: at(1767200000),
    });
    const read: ConsoleReading = {
      console: { kind: 'sub2api' },
      account: { id: '42' },
      ledger: [],
      errors: [],
      redeems: answer ? [answer] : [],
    };
    const none = chain(read, { problem: 'redeem_not_credited' }, at(1767200000) + MIN).diagnosis;
    expect(none).toMatchObject({ reason: 'locked', resolution: 'wait' });
    expect(none.waitMinutes).toBeUndefined();
    expect(none.nextSteps.map((s) => s.key)).toEqual([
      'step.waitLock',
      'step.checkCodeChars',
      'step.checkCodeCase',
    ]);
    const ruled = chain(
      read,
      { problem: 'redeem_not_credited' },
      at(1767200000) + MIN,
      Rules.parse({ redeemLockMinutes: 60 }),
    ).diagnosis;
    expect(ruled.waitMinutes).toBe(60);
    expect(ruled.nextSteps[0]).toEqual({ key: 'step.waitLockMinutes', params: { minutes: 60 } });
  });
});
