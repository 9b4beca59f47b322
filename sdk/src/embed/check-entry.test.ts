// @vitest-environment happy-dom
// The page-start check answers 2 ("show and open") to the first valid widget when the page was opened
// with a help page's deep link, 1 to the others, 0 to an invalid config (which then removes itself).
import { afterEach, describe, expect, test, vi } from 'vitest';

const VALID = { $attrs: 1, webhook: '/api/tickets', console: 'new-api' };

async function freshCheck(hash: string) {
  vi.resetModules();
  location.hash = hash;
  return (await import('./check-entry.js')).check;
}

describe('check-entry', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    location.hash = '';
  });

  test('a deep link opens one widget: the first that passes the check', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const check = await freshCheck('#topup-doctor=paid_not_credited');
    expect(check({ $attrs: 1, webhook: 'javascript:alert(1)' })).toBe(0);
    expect(check(VALID)).toBe(2);
    expect(check({ ...VALID, id: 'second' })).toBe(1);
  });

  test('without a deep link every valid widget only shows', async () => {
    const check = await freshCheck('#orders');
    expect(check(VALID)).toBe(1);
    expect(check(VALID)).toBe(1);
  });
});
