import { describe, expect, it } from 'vitest';
import { ctx, facts } from '../diagnose/fixtures.js';
import { keyInAccount } from './key-in-account.js';

describe('key-in-account', () => {
  it.each([
    { name: 'no key asked', f: facts(), status: null },
    { name: 'key of this account', f: facts({ answers: { keyLast4: 'x9Q2' } }), status: 'ok' },
    { name: 'key of another account', f: facts({ answers: { keyLast4: 'Zz11' } }), status: 'fail' },
    { name: 'keys are case-sensitive', f: facts({ answers: { keyLast4: 'X9q2' } }), status: 'fail' },
    {
      name: 'key list unreadable',
      f: facts({ keys: undefined, answers: { keyLast4: 'x9Q2' } }),
      status: 'unknown',
    },
  ])('$name', ({ f, status }) => {
    expect(keyInAccount.run(ctx(f))?.status ?? null).toBe(status);
  });

  it('evidence names the tail and how many keys were compared', () => {
    expect(keyInAccount.run(ctx(facts({ answers: { keyLast4: 'Zz11' } })))?.evidence.params).toEqual({
      last4: 'Zz11',
      count: 1,
    });
  });
});
