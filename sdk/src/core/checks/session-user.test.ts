import { describe, expect, it } from 'vitest';
import { ctx, facts } from '../diagnose/fixtures.js';
import { sessionUser } from './session-user.js';

describe('session-user', () => {
  it.each([
    { name: 'no session info', session: undefined, status: null },
    { name: 'same user', session: { storedUserId: '42', serverUserId: '42' }, status: 'ok' },
    { name: 'tab holds an old user', session: { storedUserId: '7', serverUserId: '42' }, status: 'fail' },
    { name: 'New-Api-User mismatch answer', session: { userHeaderMismatch: true }, status: 'fail' },
    { name: 'only one side known', session: { serverUserId: '42' }, status: null },
  ])('$name', ({ session, status }) => {
    const r = sessionUser.run(ctx(facts({ session })));
    expect(r?.status ?? null).toBe(status);
  });

  it('names both accounts as evidence', () => {
    const r = sessionUser.run(ctx(facts({ session: { storedUserId: '7', serverUserId: '42' } })));
    expect(r?.evidence).toEqual({
      key: 'check.session-user.fail',
      params: { storedId: '7', accountId: '42' },
    });
  });
});
