import { describe, expect, it } from 'vitest';
import { fakeEnv, recorded } from '../fake-env.js';
import { newApiAdapter } from './adapter.js';
import { pageObserver } from './page-observer.js';

// This file imports the adapter without page-responses.ts, as the script-tag widget's new-api preset does.
describe('the default new-api adapter and the page-wide observer', () => {
  it('without page-responses.ts loaded, a generation C page (nothing stored) reads as not logged in', async () => {
    expect(pageObserver()).toBeUndefined();
    const env = fakeEnv({ storage: {}, routes: {} });
    expect(newApiAdapter.detect(env)).toBe(false);
    const read = await newApiAdapter.read(env);
    expect(env.requests).toEqual([]);
    expect(read.errors).toEqual([{ part: 'account', code: 'not_logged_in' }]);
  });

  it('once page-responses.ts loaded, reads what the page fed to newApiObserver', async () => {
    const { newApiObserver } = await import('./page-responses.js');
    expect(pageObserver()).toBe(newApiObserver);
    expect(newApiObserver.feed('/api/user/self', recorded('new-api', 'user-self'))).toBe(true);
    const env = fakeEnv({ storage: {}, routes: {} });
    expect(newApiAdapter.detect(env)).toBe(true);
    const read = await newApiAdapter.read(env);
    expect(env.requests).toEqual([]);
    expect(read.console.generation).toBe('C');
    expect(read.account?.id).toBe('42');
    newApiObserver.clear();
  });
});
