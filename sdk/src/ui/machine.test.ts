import { describe, expect, test } from 'vitest';
import type { Diagnosis } from '../core/index.js';
import { toFacts } from '../core/index.js';
import { initialState, reduce, type State } from './machine.js';

const diagnosis: Diagnosis = {
  problem: 'paid_not_credited',
  checks: [],
  nextSteps: [],
  avoid: [],
  resolution: 'operator',
  ticketFields: ['tradeNo'],
  rulesVersion: 'default-1',
};

const run = (...actions: Parameters<typeof reduce>[1][]): State => actions.reduce(reduce, initialState());

describe('flow state machine', () => {
  test('problem -> known (read and questions) -> result -> preview -> sending -> sent', () => {
    const s = run(
      { type: 'choose', problem: 'paid_not_credited' },
      { type: 'read', read: { console: { kind: 'new-api' }, errors: [] } },
      { type: 'answer', key: 'tradeNoTail', value: '8400' },
      { type: 'diagnosed', diagnosis },
      { type: 'preview', ticketId: 'TD-AAAA-BBBB-CCCC' },
      { type: 'sending' },
      { type: 'delivered', ok: true, delivery: { transport: 'webhook', id: 'TD-AAAA-BBBB-CCCC' } },
    );
    expect(s.step).toBe('sent');
    expect(s.history).toEqual(['problem', 'known', 'result', 'preview']);
    expect(toFacts({ read: s.read, answers: { ...s.answers, problem: s.problem } }).answers).toEqual({
      problem: 'paid_not_credited',
      tradeNoTail: '8400',
    });
  });

  test('back never lands on "sending"; a failed send can go back to the preview', () => {
    const s = run(
      { type: 'choose', problem: 'order_processing' },
      { type: 'diagnosed', diagnosis },
      { type: 'preview', ticketId: 'TD-1' },
      { type: 'sending' },
      { type: 'delivered', ok: false, delivery: { transport: 'webhook', code: 'network', queued: true } },
      { type: 'back' },
    );
    expect(s.step).toBe('preview');
  });

  test('the ticket id stays the same for the whole preview (same idempotency key on retries)', () => {
    const s = run(
      { type: 'preview', ticketId: 'TD-1' },
      { type: 'back' },
      { type: 'preview', ticketId: 'TD-2' },
    );
    expect(s.ticketId).toBe('TD-1');
  });

  test('an emptied answer is removed, note kinds accumulate, restart keeps what the console said', () => {
    const read = { console: { kind: 'new-api' as const }, errors: [] };
    let s = run(
      { type: 'read', read },
      { type: 'answer', key: 'keyLast4', value: 'Zt8K' },
      { type: 'answer', key: 'keyLast4', value: '' },
      { type: 'note', text: '**** 0128', kinds: ['bank_card'] },
      { type: 'note', text: '**** 0128 138****5678', kinds: ['phone'] },
    );
    expect(s.answers).toEqual({});
    expect(s.noteKinds).toEqual(['bank_card', 'phone']);
    s = reduce(s, { type: 'restart' });
    expect(s.read).toBe(read);
    expect(s.note).toBe('');
  });

  test('a read taken before the choice and found too old is dropped until the console is read again', () => {
    const read = { console: { kind: 'new-api' as const }, errors: [] };
    const s = run(
      { type: 'read', read },
      { type: 'unread' },
      { type: 'choose', problem: 'paid_not_credited' },
    );
    expect(s.step).toBe('known');
    expect(s.read).toBeUndefined();
  });
});
