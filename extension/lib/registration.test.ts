import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { patternFor, syncRegistrations, webPatterns } from './registration.js';

type Registered = { id: string; matches?: string[]; js?: string[]; world?: string; runAt?: string };

describe('content script registration', () => {
  let granted: string[];
  let registered: Registered[];

  beforeEach(() => {
    fakeBrowser.reset();
    granted = [];
    registered = [{ id: 'someone-else', matches: ['https://x.example/*'] }];
    Object.assign(fakeBrowser.permissions, {
      getAll: vi.fn(async () => ({ permissions: ['storage'], origins: granted })),
    });
    Object.assign(fakeBrowser.scripting, {
      getRegisteredContentScripts: vi.fn(async () => registered),
      unregisterContentScripts: vi.fn(async ({ ids }: { ids: string[] }) => {
        registered = registered.filter((s) => !ids.includes(s.id));
      }),
      registerContentScripts: vi.fn(async (scripts: Registered[]) => {
        registered.push(...scripts);
      }),
    });
  });

  it('registers nothing before the user grants an origin', async () => {
    expect(await syncRegistrations()).toEqual([]);
    expect(registered.map((s) => s.id)).toEqual(['someone-else']);
  });

  it('registers the observer (main world, document_start) and the content script for granted origins only', async () => {
    granted = ['https://gateway.example/*', 'http://127.0.0.1/*', 'chrome-extension://abc/*'];
    expect(await syncRegistrations()).toEqual(['http://127.0.0.1/*', 'https://gateway.example/*']);
    const ours = registered.filter((s) => s.id.startsWith('td-'));
    expect(ours).toEqual([
      expect.objectContaining({
        id: 'td-observer',
        world: 'MAIN',
        runAt: 'document_start',
        js: ['/tap.js'],
        matches: ['http://127.0.0.1/*', 'https://gateway.example/*'],
      }),
      expect.objectContaining({ id: 'td-content', runAt: 'document_idle', js: ['/page-watch.js'] }),
    ]);
    // access removed: unregistered
    granted = [];
    await syncRegistrations();
    expect(registered.map((s) => s.id)).toEqual(['someone-else']);
  });

  it('turns an origin into its match pattern (any port, as Chrome match patterns do)', () => {
    expect(patternFor('http://127.0.0.1:5173')).toBe('http://127.0.0.1/*');
    expect(patternFor('https://gateway.example')).toBe('https://gateway.example/*');
    expect(webPatterns(['<all_urls>', 'https://*/*', 'https://a.example/*'])).toEqual([
      'https://a.example/*',
    ]);
  });
});
