// @vitest-environment happy-dom
import { beforeEach, describe, expect, test } from 'vitest';
import type { Ticket } from '../../core/index.js';
import { OUTBOX_PREFIX } from '../constants.js';
import {
  BACKOFF_MS,
  claim,
  enqueue,
  flushOutbox,
  MAX_ENTRIES,
  type OutboxEntry,
  readOutbox,
} from './outbox.js';
import { sendTicket } from './send.js';
import { postTicket } from './webhook.js';

const ticket = (id = 'TD-AAAA-BBBB-CCCC'): Ticket => ({
  schemaVersion: 1,
  id,
  idempotencyKey: `topup-doctor:${id}`,
  createdAt: '2026-01-03T00:00:00.000Z',
  audience: 'support',
  locale: 'zh-CN',
  rulesVersion: 'default-1',
  console: { kind: 'new-api', origin: 'https://gateway.example' },
  problem: 'paid_not_credited',
  resolution: 'operator',
  fields: { tradeNo: '…8400', amount: 146 },
  checks: [{ id: 'order-in-list', status: 'ok', evidence: '在订单列表里找到了这笔订单' }],
  note: '卡号 **** **** **** 0128',
  masked: [{ field: 'note', kind: 'bank_card' }],
});

type Answer = number | 'throw' | 'hang' | { status: number; body: unknown };
type Call = { url: string; init: RequestInit };
function fakeFetch(...answers: Answer[]) {
  const calls: Call[] = [];
  const fn = (async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    const next = answers.shift() ?? 201;
    if (next === 'throw') throw new TypeError('Failed to fetch');
    if (next === 'hang')
      return new Promise((_, fail) =>
        init.signal?.addEventListener('abort', () => fail(new DOMException('aborted', 'AbortError'))),
      );
    if (typeof next === 'object') return new Response(JSON.stringify(next.body), { status: next.status });
    return new Response(JSON.stringify({ id: 'TD-AAAA-BBBB-CCCC' }), { status: next });
  }) as unknown as typeof fetch;
  return { fn, calls };
}

const entry = (id: string, extra: Partial<OutboxEntry> = {}): OutboxEntry => ({
  endpoint: '/api/tickets',
  ticket: ticket(id),
  attempts: 0,
  queuedAt: 1,
  ...extra,
});
const keys = () => Object.keys(localStorage).filter((k) => k.startsWith(OUTBOX_PREFIX));

describe('webhook', () => {
  test('POSTs the ticket with the idempotency key in the header and the body', async () => {
    const { fn, calls } = fakeFetch(201);
    expect(await postTicket({ endpoint: '/api/tickets' }, ticket(), { fetch: fn })).toEqual({
      ok: true,
      id: 'TD-AAAA-BBBB-CCCC',
    });
    const headers = calls[0]!.init.headers as Record<string, string>;
    expect(headers['idempotency-key']).toBe('topup-doctor:TD-AAAA-BBBB-CCCC');
    expect(JSON.parse(String(calls[0]!.init.body)).idempotencyKey).toBe(headers['idempotency-key']);
  });

  test.each([
    [200, { ok: true }],
    // 409 = another ticket holds this id: not an acceptance of this key, and never will be.
    [409, { ok: false, code: 'http_409', retry: false }],
    [400, { ok: false, code: 'http_400', retry: false }],
    [422, { ok: false, code: 'http_422', retry: false }],
    [
      { status: 422, body: { error: 'unstorable', field: 'note' } },
      { ok: false, code: 'unstorable', retry: false },
    ],
    [429, { ok: false, code: 'http_429', retry: true }],
    [500, { ok: false, code: 'http_500', retry: true }],
    [503, { ok: false, code: 'http_503', retry: true }],
    ['throw' as const, { ok: false, code: 'network', retry: true }],
    ['hang' as const, { ok: false, code: 'timeout', retry: true }],
  ])('classifies %j', async (answer, expected) => {
    const { fn } = fakeFetch(answer);
    expect(
      await postTicket({ endpoint: '/api/tickets' }, ticket(), { fetch: fn, timeoutMs: 20 }),
    ).toMatchObject(expected);
  });
});

describe('outbox', () => {
  beforeEach(() => localStorage.clear());

  test('one key per entry; what an entry cannot hold is refused, tampered entries are removed on read', () => {
    // The ticket is typed (buildTicket made it), so writing checks only what a type cannot carry; every
    // read validates (below): anything on the origin can write to localStorage.
    expect(enqueue({ ...entry('TD-X'), endpoint: `https://gw.example/${'x'.repeat(2000)}` })).toBe('invalid');
    expect(keys()).toEqual([]);
    expect(enqueue(entry('TD-AAAA-BBBB-CCCC'))).toBe('stored');
    expect(keys()).toEqual([`${OUTBOX_PREFIX}v2:topup-doctor:TD-AAAA-BBBB-CCCC`]);
    localStorage.setItem(
      `${OUTBOX_PREFIX}v2:evil`,
      JSON.stringify({
        endpoint: '/evil',
        ticket: { note: '6222021234567890128' },
        attempts: 0,
        queuedAt: 1,
      }),
    );
    // A valid entry under someone else's key is not trusted either.
    localStorage.setItem(`${OUTBOX_PREFIX}v2:topup-doctor:TD-OTHER`, JSON.stringify(entry('TD-THIRD-0001')));
    expect(readOutbox().map((e) => e.ticket.id)).toEqual(['TD-AAAA-BBBB-CCCC']);
    expect(keys()).toHaveLength(1);
  });

  test('full: a new ticket is refused (not queued) and nothing queued is cut', async () => {
    for (let i = 0; i < MAX_ENTRIES; i++)
      expect(enqueue(entry(`TD-FULL-${i}`, { queuedAt: i }))).toBe('stored');
    const result = await sendTicket({ endpoint: '/api/tickets' }, ticket('TD-ONE-MORE'), {
      fetch: fakeFetch('throw').fn,
      delays: [],
    });
    expect(result).toEqual({ ok: false, code: 'outbox_full', queued: false });
    expect(readOutbox()).toHaveLength(MAX_ENTRIES);
    expect(readOutbox()[0]!.ticket.id).toBe('TD-FULL-0');
    // With a full box a ticket can still be sent now; it is just not kept for later.
    const sent = await sendTicket({ endpoint: '/api/tickets' }, ticket('TD-ONE-MORE'), {
      fetch: fakeFetch(201).fn,
      delays: [],
    });
    expect(sent.ok).toBe(true);
  });

  test('retries with the same key, then succeeds; the outbox is empty afterwards', async () => {
    const { fn, calls } = fakeFetch('throw', 503, 201);
    const result = await sendTicket({ endpoint: '/api/tickets' }, ticket(), { fetch: fn, delays: [0, 0] });
    expect(result).toEqual({ ok: true, id: 'TD-AAAA-BBBB-CCCC' });
    expect(calls).toHaveLength(3);
    expect(
      new Set(calls.map((c) => (c.init.headers as Record<string, string>)['idempotency-key'])).size,
    ).toBe(1);
    expect(readOutbox()).toEqual([]);
  });

  test('a hung intake: "sending" ends within the budget with the ticket queued, not sent', async () => {
    const started = Date.now();
    const result = await sendTicket({ endpoint: '/api/tickets' }, ticket(), {
      fetch: fakeFetch('hang', 'hang', 'hang').fn,
      delays: [0, 0],
      budgetMs: 1_500,
    });
    expect(result).toEqual({ ok: false, code: 'timeout', queued: true });
    expect(Date.now() - started).toBeLessThan(4_000);
    const [waiting] = readOutbox();
    expect(waiting).toMatchObject({ attempts: 1, state: 'waiting', code: 'timeout' });
    expect(waiting!.claim).toBeUndefined();
  });

  test('a refused ticket is not kept; a network failure is kept and flushed later, once', async () => {
    const refused = await sendTicket({ endpoint: '/api/tickets' }, ticket('TD-REFUSED-0001'), {
      fetch: fakeFetch(422).fn,
      delays: [],
    });
    expect(refused).toEqual({ ok: false, code: 'http_422', queued: false });
    expect(readOutbox()).toEqual([]);

    let clock = 1_000_000;
    const now = () => clock;
    const down = await sendTicket({ endpoint: '/api/tickets' }, ticket(), {
      fetch: fakeFetch('throw').fn,
      delays: [],
      now,
    });
    expect(down).toEqual({ ok: false, code: 'network', queued: true });
    expect(readOutbox()).toMatchObject([{ attempts: 1, nextAt: clock + BACKOFF_MS[0]! }]);

    const later = fakeFetch(201);
    await flushOutbox({ fetch: later.fn, now });
    expect(later.calls).toHaveLength(0); // not due yet
    clock += BACKOFF_MS[0]!;
    await flushOutbox({ fetch: later.fn, now });
    expect(later.calls).toHaveLength(1);
    expect(readOutbox()).toEqual([]);
    await flushOutbox({ fetch: later.fn, now });
    expect(later.calls).toHaveLength(1);
  });

  test('the schedule ends: after the last backoff step the entry is stalled, tried once per page load', async () => {
    let clock = 0;
    const now = () => clock;
    enqueue(entry('TD-STALL-0001'));
    const failing = fakeFetch(...Array.from({ length: 20 }, () => 503));
    for (let i = 0; i <= BACKOFF_MS.length; i++) {
      await flushOutbox({ fetch: failing.fn, now });
      clock += 24 * 3600_000;
    }
    expect(failing.calls).toHaveLength(BACKOFF_MS.length + 1);
    expect(readOutbox()[0]).toMatchObject({ state: 'stalled', code: 'http_503' });
    await flushOutbox({ fetch: failing.fn, now });
    expect(failing.calls).toHaveLength(BACKOFF_MS.length + 1); // no loop
    const visit = fakeFetch(201);
    await flushOutbox({ fetch: visit.fn, now, atLoad: true });
    expect(visit.calls).toHaveLength(1);
    expect(readOutbox()).toEqual([]);
  });

  test('a refusal in the background is kept as refused and never sent again', async () => {
    enqueue(entry('TD-BAD-0001'));
    const { fn, calls } = fakeFetch({ status: 422, body: { error: 'unstorable' } });
    await flushOutbox({ fetch: fn });
    expect(readOutbox()[0]).toMatchObject({ state: 'refused', code: 'unstorable' });
    await flushOutbox({ fetch: fn, atLoad: true });
    expect(calls).toHaveLength(1);
  });

  test('an entry claimed by another sender is left alone until the claim expires', async () => {
    let clock = 1_000;
    const now = () => clock;
    enqueue(entry('TD-CLAIM-0001'));
    expect(await claim('topup-doctor:TD-CLAIM-0001', 'other-tab', clock, 5_000)).toBeDefined();
    const { fn, calls } = fakeFetch(201);
    await flushOutbox({ fetch: fn, now, atLoad: true });
    expect(calls).toHaveLength(0);
    clock += 5_001; // the other tab was closed: its claim expired
    await flushOutbox({ fetch: fn, now, atLoad: true });
    expect(calls).toHaveLength(1);
    expect(readOutbox()).toEqual([]);
  });

  test('a flush is bounded: hung requests time out and the flush returns by its deadline', async () => {
    for (let i = 0; i < 5; i++) enqueue(entry(`TD-HUNG-${i}`, { queuedAt: i }));
    const started = Date.now();
    const { fn, calls } = fakeFetch('hang', 'hang', 'hang', 'hang', 'hang');
    await flushOutbox({ fetch: fn, deadlineMs: 2_500 });
    expect(Date.now() - started).toBeLessThan(4_000);
    expect(calls.length).toBeLessThan(5);
    expect(readOutbox()).toHaveLength(5);
  });
});
