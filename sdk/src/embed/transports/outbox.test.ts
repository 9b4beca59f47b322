// @vitest-environment happy-dom
import { beforeEach, describe, expect, test } from 'vitest';
import type { Ticket } from '../../core/index.js';
import { OUTBOX_KEY } from '../constants.js';
import { flushOutbox, putOutbox, readOutbox } from './outbox.js';
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

type Call = { url: string; init: RequestInit };
function fakeFetch(...answers: (number | 'throw')[]) {
  const calls: Call[] = [];
  const fn = (async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    const next = answers.shift() ?? 201;
    if (next === 'throw') throw new TypeError('Failed to fetch');
    return new Response(JSON.stringify({ id: 'TD-AAAA-BBBB-CCCC' }), { status: next });
  }) as unknown as typeof fetch;
  return { fn, calls };
}

describe('webhook and outbox', () => {
  beforeEach(() => localStorage.clear());

  test('POSTs the ticket with the idempotency key in the header and the body', async () => {
    const { fn, calls } = fakeFetch(201);
    expect(await postTicket({ endpoint: '/api/tickets' }, ticket(), fn)).toEqual({
      ok: true,
      id: 'TD-AAAA-BBBB-CCCC',
    });
    const headers = calls[0]!.init.headers as Record<string, string>;
    expect(headers['idempotency-key']).toBe('topup-doctor:TD-AAAA-BBBB-CCCC');
    expect(JSON.parse(String(calls[0]!.init.body)).idempotencyKey).toBe(headers['idempotency-key']);
  });

  test.each([
    [409, { ok: true }],
    [400, { ok: false, code: 'http_400', retry: false }],
    [422, { ok: false, code: 'http_422', retry: false }],
    [429, { ok: false, code: 'http_429', retry: true }],
    [503, { ok: false, code: 'http_503', retry: true }],
    ['throw' as const, { ok: false, code: 'network', retry: true }],
  ])('classifies %s', async (answer, expected) => {
    const { fn } = fakeFetch(answer);
    expect(await postTicket({ endpoint: '/api/tickets' }, ticket(), fn)).toMatchObject(expected);
  });

  test('only valid tickets enter and leave the outbox (tampered entries are dropped on read)', () => {
    expect(
      putOutbox({
        endpoint: '/api/tickets',
        ticket: { id: 'x' } as unknown as Ticket,
        attempts: 0,
        queuedAt: 1,
      }),
    ).toBe(false);
    expect(putOutbox({ endpoint: '/api/tickets', ticket: ticket(), attempts: 0, queuedAt: 1 })).toBe(true);
    const stored = JSON.parse(localStorage.getItem(OUTBOX_KEY)!) as unknown[];
    stored.push({ endpoint: '/evil', ticket: { note: '6222021234567890128' }, attempts: 0, queuedAt: 1 });
    localStorage.setItem(OUTBOX_KEY, JSON.stringify(stored));
    expect(readOutbox().map((e) => e.ticket.id)).toEqual(['TD-AAAA-BBBB-CCCC']);
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

  test('a refused ticket is not kept; a network failure is kept and flushed later, once', async () => {
    const refused = await sendTicket({ endpoint: '/api/tickets' }, ticket('TD-REFUSED-0001'), {
      fetch: fakeFetch(422).fn,
      delays: [],
    });
    expect(refused).toEqual({ ok: false, code: 'http_422', queued: false });
    expect(readOutbox()).toEqual([]);

    const down = await sendTicket({ endpoint: '/api/tickets' }, ticket(), {
      fetch: fakeFetch('throw').fn,
      delays: [],
    });
    expect(down).toEqual({ ok: false, code: 'network', queued: true });
    expect(readOutbox()).toHaveLength(1);
    expect(readOutbox()[0]!.attempts).toBe(1);

    const later = fakeFetch(201);
    await flushOutbox(later.fn);
    expect(later.calls).toHaveLength(1);
    expect(readOutbox()).toEqual([]);
    await flushOutbox(later.fn);
    expect(later.calls).toHaveLength(1);
  });
});
