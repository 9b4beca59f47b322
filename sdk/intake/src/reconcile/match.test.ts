// Matching a ticket to the gateway's records, per problem and per redeem reason: which record the ticket is
// about, and the flags that explain it. Only masked values come out.
import type { Ticket } from '@topup-doctor/sdk/core';
import { describe, expect, it } from 'vitest';
import { ticketFixture } from '../testing/fixture.js';
import {
  type CodeAnswers,
  codeCandidates,
  codeEnds,
  codeView,
  type OrderAnswers,
  orderCandidates,
  orderLedgerWindow,
  orderQueries,
  orderView,
  outcomeOf,
  providerHandles,
  searchOf,
  tailOf,
  ticketKeys,
} from './match.js';
import type { GatewayCode, GatewayOrder, LedgerEntry, ProviderPayment } from './types.js';

const T0 = Date.parse('2026-11-20T04:03:00Z'); // 12:03 in Shanghai
const MIN = 60_000;
const RECEIVED = Date.parse('2026-11-20T08:00:00Z');
const CAN = { complete: true, verify: false };

const order = (over: Partial<GatewayOrder> = {}): GatewayOrder => ({
  tradeNo: 'USR2NO9f8e7d6c5b4a0113',
  userId: '2',
  username: 'bob',
  amount: 10,
  money: 73,
  currency: 'CNY',
  method: 'alipay',
  status: 'pending',
  rawStatus: 'pending',
  createdAt: T0,
  ...over,
});

const paid = (over: Partial<ProviderPayment> = {}) => ({
  ok: true as const,
  value: {
    status: 'paid' as const,
    money: 73,
    currency: 'CNY',
    paidAt: T0 + MIN,
    tradeNoLast4: '8841',
    ...over,
  },
});

const ticket = (over: Partial<Ticket> = {}, fields: Ticket['fields'] = {}) => {
  const base = ticketFixture(1);
  return ticketFixture(1, {
    problem: 'paid_not_credited',
    ...over,
    fields: { ...base.fields, orderTime: new Date(T0).toISOString(), amount: 73, currency: 'CNY', ...fields },
  });
};

const keysOf = (t: Ticket) => ticketKeys(t, RECEIVED);
const view = (t: Ticket, a: Partial<OrderAnswers> = {}) =>
  orderView(keysOf(t), { order: order(), ...a }, CAN);
const flagKeys = (v: { flags: { key: string }[] }) => v.flags.map((f) => f.key);

describe('what a ticket gives the lookup', () => {
  it('takes the tail of a masked order number and a window around the order time, never more', () => {
    const k = keysOf(ticket());
    expect(k.subject).toBe('order');
    expect(k.tail).toBe('0113');
    expect(k.accountId).toBe('2');
    expect(k.from).toBe(T0 - 86_400_000);
    expect(k.to).toBe(Date.parse('2026-11-20T08:00:00Z') + 3_600_000);
    expect(orderQueries(k)).toEqual([{ keyword: '0113', from: k.from, to: k.to }]);
    expect(searchOf(k)).toEqual({ tail: '…0113', accountId: '2', from: k.from, to: k.to });
  });

  it('reads masks the widget makes', () => {
    expect(tailOf('…0113')).toBe('0113');
    expect(tailOf('…13')).toBe('13');
    expect(tailOf('')).toBeUndefined();
    expect(codeEnds('ab…9f3e')).toEqual({ head: 'ab', tail: '9f3e' });
    expect(codeEnds('…9f')).toEqual({ head: '', tail: '9f' });
    expect(codeEnds('…')).toBeUndefined();
  });

  it('without a tail asks for the account’s orders in the window', () => {
    const t = ticket({}, { tradeNo: '' });
    const k = keysOf(t);
    expect(k.tail).toBeUndefined();
    expect(orderQueries(k)).toEqual([{ userId: '2', from: k.from, to: k.to }]);
  });

  it('a duplicate ticket looks up every masked order it lists', () => {
    const k = keysOf(ticket({ problem: 'duplicate_or_refund' }, { duplicateOrders: '…0114, …0115' }));
    expect(orderQueries(k).map((q) => q.keyword)).toEqual(['0113', '0114', '0115']);
  });

  it('a redeem ticket looks up its code by the mask’s tail', () => {
    const k = keysOf(
      ticket(
        { problem: 'redeem_not_credited', reason: 'used' },
        { redeemCode: 'ab…9f3e', redeemTime: new Date(T0).toISOString() },
      ),
    );
    expect(k.subject).toBe('code');
    expect(k.codeTail).toBe('9f3e');
    expect(searchOf(k).code).toBe('ab…9f3e');
  });

  it('a ticket with nothing to look up says so', () => {
    const t = ticketFixture(3, { fields: { username: 'x' } });
    expect(keysOf(t).subject).toBe('none');
  });
});

describe('found / not found / several candidates', () => {
  const k = keysOf(ticket());
  it('keeps only keyword hits that end with the tail and fall in the window', () => {
    const hits = orderCandidates(k, [
      order(),
      order({ tradeNo: 'USR2NO0113ffff' }), // the tail in the middle: a keyword search matches it, we do not
      order({ tradeNo: 'USR2NOold0113', createdAt: T0 - 5 * 86_400_000 }),
    ]);
    expect(hits.map((o) => o.tradeNo)).toEqual(['USR2NO9f8e7d6c5b4a0113']);
    expect(outcomeOf(hits.length)).toBe('found');
    expect(outcomeOf(0)).toBe('not_found');
  });

  it('several orders ending alike are candidates, the ticket’s account and amount first', () => {
    const hits = orderCandidates(k, [
      order({ tradeNo: 'USR7NOaaaa0113', userId: '7', createdAt: T0 + MIN }),
      order({ tradeNo: 'USR2NObbbb0113', money: 30, amount: 4, createdAt: T0 - MIN }),
      order(),
    ]);
    expect(hits.map((o) => o.tradeNo)).toEqual([
      'USR2NO9f8e7d6c5b4a0113',
      'USR2NObbbb0113',
      'USR7NOaaaa0113',
    ]);
    expect(outcomeOf(hits.length)).toBe('candidates');
  });

  it('without a tail, the account’s orders of the ticket’s amount', () => {
    const kk = keysOf(ticket({}, { tradeNo: '' }));
    const hits = orderCandidates(kk, [
      order(),
      order({ tradeNo: 'x1', money: 30, amount: 4 }),
      order({ tradeNo: 'x2', userId: '9' }),
    ]);
    expect(hits.map((o) => o.tradeNo)).toEqual(['USR2NO9f8e7d6c5b4a0113']);
  });
});

describe('paid_not_credited', () => {
  it('pending, paid at the provider: paid but not completed, completion offered without extra confirmation', () => {
    const v = view(ticket(), { provider: paid() });
    expect(v.tradeNo).toBe('…0113');
    expect(v.accountMatches).toBe(true);
    expect(v.provider).toEqual({
      state: 'ok',
      status: 'paid',
      money: 73,
      currency: 'CNY',
      paidAt: T0 + MIN,
      tradeNo: '…8841',
    });
    expect(flagKeys(v)).toEqual(['paidNotCompleted']);
    expect(v.action).toEqual({ kind: 'complete', needsConfirmation: false });
    expect(JSON.stringify(v)).not.toContain('9f8e7d6c5b4a');
  });

  it('pending, not paid at the provider: "not paid" and no completion', () => {
    const v = view(ticket(), { provider: { ok: true, value: { status: 'unpaid' } } });
    expect(flagKeys(v)).toEqual(['pending', 'notPaid']);
    expect(v.action).toBeUndefined();
  });

  it('pending without a payment platform: completion only with support’s explicit confirmation', () => {
    const v = view(ticket());
    expect(v.provider.state).toBe('not_configured');
    expect(flagKeys(v)).toEqual(['pending']);
    expect(v.action).toEqual({ kind: 'complete', needsConfirmation: true });
  });

  it('a gateway that only verifies (sub2api) offers verification, not completion', () => {
    const v = orderView(keysOf(ticket()), { order: order() }, { complete: false, verify: true });
    expect(v.action).toEqual({ kind: 'verify', needsConfirmation: false });
  });

  it('completed for another account: flagged with both accounts', () => {
    const v = view(ticket(), {
      order: order({ userId: '7', username: 'mallory', status: 'success', completedAt: T0 + 2 * MIN }),
    });
    expect(v.accountMatches).toBe(false);
    expect(v.flags[0]).toEqual({ key: 'otherAccount', params: { owner: 'mallory (#7)', account: '#2' } });
    expect(v.action).toBeUndefined();
  });

  it('completed but no credit in the ledger; completed with its credit is clean', () => {
    const done = order({ status: 'success', completedAt: T0 + 2 * MIN });
    const credit: LedgerEntry = { userId: '2', at: T0 + 2 * MIN, amount: 10, kind: 'topup', text: '' };
    const none = view(ticket(), { order: done, ledger: { ok: true, value: [] } });
    expect(flagKeys(none)).toEqual(['completedNoLedger']);
    expect(none.ledger).toEqual({ state: 'ok', entries: 0 });
    const ok = view(ticket(), {
      order: done,
      ledger: { ok: true, value: [credit, { ...credit, userId: '7' }] },
    });
    expect(flagKeys(ok)).toEqual([]);
    expect(ok.ledger).toEqual({ state: 'ok', entries: 1 });
    const down = view(ticket(), { order: done, ledger: { ok: false, state: 'timeout' } });
    expect(down.ledger).toEqual({ state: 'timeout' });
    expect(flagKeys(down)).toEqual([]);
  });

  it('amount differs: the ticket’s amount is neither the ordered nor the paid amount', () => {
    const v = view(ticket({}, { amount: 50 }));
    expect(v.flags[0]).toEqual({
      key: 'amountDiffers',
      params: { ticketMoney: 50, ticketMoneyCurrency: 'CNY', gatewayMoney: 73, gatewayMoneyCurrency: 'CNY' },
    });
    expect(flagKeys(view(ticket({}, { amount: 10 })))).not.toContain('amountDiffers');
  });

  it('sub2api: an order credits through its own code; that balance row is its ledger entry', () => {
    const done = order({ status: 'success', completedAt: T0 + 2 * MIN, creditRef: 'RC-1' });
    const row: LedgerEntry = { userId: '2', at: T0 + 2 * MIN, amount: 10, kind: 'topup', text: 'balance' };
    expect(view(ticket(), { order: done, ledger: { ok: true, value: [row] } }).ledger?.entries).toBe(1);
    const other: LedgerEntry = { ...row, kind: 'redeem', mayBeOrder: true };
    expect(flagKeys(view(ticket(), { order: done, ledger: { ok: true, value: [other] } }))).toEqual([
      'completedNoLedger',
    ]);
    // A build without recharge_code: a keyed credit of the order's amount in the window counts.
    const { creditRef: _, ...noKey } = done;
    expect(view(ticket(), { order: noKey, ledger: { ok: true, value: [other] } }).ledger?.entries).toBe(1);
    expect(orderLedgerWindow(done).refs).toEqual(['RC-1']);
  });

  it('sub2api: paid (paid_at) or failed after payment -> retry; pending unpaid -> verify only', () => {
    const can = { complete: true, verify: true, completeNeedsPaid: true };
    const k = keysOf(ticket());
    const paidAt = T0 + MIN;
    const paidOrder = orderView(k, { order: order({ rawStatus: 'PAID', paidAt }) }, can);
    expect(paidOrder.action).toEqual({ kind: 'complete', needsConfirmation: false });
    expect(flagKeys(paidOrder)).toEqual(['gatewayPaidNotCompleted']);
    const failed = orderView(k, { order: order({ status: 'failed', rawStatus: 'FAILED', paidAt }) }, can);
    expect(failed.action?.kind).toBe('complete');
    expect(flagKeys(failed)).toEqual(['gatewayPaidNotCompleted', 'failed']);
    const unpaid = orderView(k, { order: order({ rawStatus: 'PENDING' }) }, can);
    expect(unpaid.action).toEqual({ kind: 'verify', needsConfirmation: false });
    expect(flagKeys(unpaid)).toEqual(['pending']);
    const failedUnpaid = orderView(k, { order: order({ status: 'failed', rawStatus: 'FAILED' }) }, can);
    expect(failedUnpaid.action).toBeUndefined();
  });

  it('the platform has no record of the order: said apart from "not paid", completion left to confirmation', () => {
    const v = view(ticket(), { provider: { ok: true, value: { status: 'unpaid', known: false } } });
    expect(v.provider.known).toBe(false);
    expect(flagKeys(v)).toContain('providerNoRecord');
    expect(flagKeys(v)).not.toContain('notPaid');
    expect(v.action).toEqual({ kind: 'complete', needsConfirmation: true });
  });

  it('an order paid through another platform is not asked of the configured one', () => {
    expect(providerHandles('epay', order({ provider: 'stripe' }))).toBe(false);
    expect(providerHandles('epay', order({ provider: 'epay' }))).toBe(true);
    expect(providerHandles('stripe', order())).toBe(true);
    const v = view(ticket(), {
      order: order({ provider: 'creem' }),
      provider: { ok: false, state: 'not_supported', detail: 'another platform' },
    });
    expect(v.provider).toEqual({ state: 'not_supported', otherPlatform: 'creem' });
    expect(flagKeys(v)).not.toContain('notPaid');
    expect(v.action).toEqual({ kind: 'complete', needsConfirmation: true });
  });

  it('the user’s paid amount against what the provider received; the provider against the order', () => {
    const v = view(ticket({}, { paidAmount: 80 }), { provider: paid({ money: 70 }) });
    expect(flagKeys(v)).toEqual(['paidAmountDiffers', 'providerAmountDiffers', 'paidNotCompleted']);
  });
});

describe('order_processing, payment_failed, duplicate_or_refund', () => {
  it('order_processing: pending and unpaid shows the wait; a provider that is down leaves completion to confirmation', () => {
    const t = ticket({ problem: 'order_processing' });
    expect(flagKeys(view(t))).toEqual(['pending']);
    const down = view(t, { provider: { ok: false, state: 'unreachable' } });
    expect(down.provider).toEqual({ state: 'unreachable' });
    expect(down.action).toEqual({ kind: 'complete', needsConfirmation: true });
  });

  it('payment_failed: failed and not paid; failed yet paid is flagged', () => {
    const t = ticket({ problem: 'payment_failed' });
    const failed = order({ status: 'failed' });
    expect(flagKeys(view(t, { order: failed, provider: { ok: true, value: { status: 'unpaid' } } }))).toEqual(
      ['failed', 'notPaid'],
    );
    expect(flagKeys(view(t, { order: order({ status: 'expired' }), provider: paid() }))).toEqual([
      'paidNotCompleted',
      'expired',
    ]);
    expect(view(t, { order: failed, provider: paid() }).action).toBeUndefined();
  });

  it('duplicate_or_refund: refunded at the provider, completed but not paid', () => {
    const t = ticket({ problem: 'duplicate_or_refund' });
    const done = order({ status: 'success', completedAt: T0 });
    expect(
      flagKeys(
        view(t, {
          order: done,
          provider: { ok: true, value: { status: 'refunded', tradeNoLast4: '12345678' } },
        }),
      ),
    ).toEqual(['refunded']);
    expect(
      view(t, {
        order: done,
        provider: { ok: true, value: { status: 'refunded', tradeNoLast4: '12345678' } },
      }).provider.tradeNo,
    ).toBe('…5678');
    expect(flagKeys(view(t, { order: done, provider: { ok: true, value: { status: 'unpaid' } } }))).toEqual([
      'completedNotPaid',
    ]);
  });
});

describe('redeem_not_credited, per reason', () => {
  const code = (over: Partial<GatewayCode> = {}): GatewayCode => ({
    code: 'ab12cd34ef56789f3e',
    status: 'used',
    rawStatus: '3',
    quota: 500000,
    usedByUserId: '2',
    usedAt: T0,
    createdAt: T0 - 86_400_000,
    ...over,
  });
  const t = (reason: string) =>
    ticket(
      { problem: 'redeem_not_credited', reason },
      { redeemCode: 'ab…9f3e', redeemTime: new Date(T0).toISOString() },
    );
  const cv = (reason: string, a: Partial<CodeAnswers> = {}) =>
    codeView(keysOf(t(reason)), { code: code(), ...a }, RECEIVED);

  it('finds the code by both ends of its mask', () => {
    const k = keysOf(t('used'));
    const hits = codeCandidates(k, [
      code(),
      code({ code: 'zz12cd34ef56789f3e' }),
      code({ code: 'ab12cd34ef5678aaaa' }),
    ]);
    expect(hits.map((c) => c.code)).toEqual(['ab12cd34ef56789f3e']);
  });

  it('used by another account: which user id, not the ticket’s', () => {
    const v = cv('other_account', {
      code: code({ usedByUserId: '7' }),
      user: { ok: true, value: { id: '7', username: 'mallory' } },
    });
    expect(v.code).toBe('ab…9f3e');
    expect(v.usedByThisAccount).toBe(false);
    expect(v.flags).toEqual([{ key: 'codeUsedByOther', params: { user: 'mallory (#7)' } }]);
    expect(JSON.stringify(v)).not.toContain('ab12cd34');
  });

  it('used here: with its ledger credit, or without one (delayed)', () => {
    const credit: LedgerEntry = { userId: '2', at: T0 + 1000, amount: 1, kind: 'redeem', text: '' };
    expect(flagKeys(cv('used', { ledger: { ok: true, value: [credit] } }))).toEqual(['codeUsedHere']);
    expect(flagKeys(cv('delayed', { ledger: { ok: true, value: [] } }))).toEqual([
      'codeUsedHere',
      'codeUsedNoLedger',
    ]);
  });

  it('invalid: not used; disabled; expired (by status or by date)', () => {
    expect(
      flagKeys(cv('invalid', { code: code({ status: 'unused', usedByUserId: '0', usedAt: 0 }) })),
    ).toEqual(['codeUnused']);
    expect(flagKeys(cv('disabled', { code: code({ status: 'disabled', usedByUserId: undefined }) }))).toEqual(
      ['codeDisabled'],
    );
    expect(flagKeys(cv('expired', { code: code({ status: 'expired', usedByUserId: undefined }) }))).toEqual([
      'codeExpired',
    ]);
    expect(
      flagKeys(
        cv('expired', { code: code({ status: 'unused', usedByUserId: undefined, expiresAt: T0 - MIN }) }),
      ),
    ).toEqual(['codeUnused', 'codeExpired']);
  });
});
