import { Rules } from '@topup-doctor/sdk/core';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { alice, bob, snap } from './fixtures.js';
import { pendingKeys } from './serial.js';
import type { PagePart, ReadPart } from './snapshot.js';
import {
  clearHistory,
  getTabView,
  handleReport,
  loadHistory,
  onOtherTabView,
  reportPage,
  setKeyLast4,
  viewLocale,
} from './state.js';

const ORIGIN = 'http://127.0.0.1:5173';
const T0 = Date.UTC(2026, 10, 20, 8, 0, 0);

describe('background state', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    fakeBrowser.i18n.getUILanguage = () => 'en-US';
  });

  it('keeps history per origin, words the warnings and sets the badge', async () => {
    const badge = vi.spyOn(fakeBrowser.action, 'setBadgeText');
    await handleReport(7, ORIGIN, snap({ account: alice }), T0);
    await handleReport(
      7,
      ORIGIN,
      snap({ account: alice, created: [{ status: 'pending', createdAt: T0 + 1000, tradeNoTail: 'q7w8' }] }),
      T0 + 1000,
    );
    const view = await handleReport(7, ORIGIN, snap({ account: bob, pageKind: 'orders' }), T0 + 120_000);
    expect(view.locale).toBe('en');
    expect(view.warnings.map((w) => w.id)).toEqual(['other-account-order', 'several-accounts']);
    expect(view.warnings[0]?.text).toContain('alice (#1)');
    expect(view.warnings[0]?.text).toContain('…q7w8');
    expect(badge).toHaveBeenLastCalledWith({ tabId: 7, text: '2' });
    // another origin knows nothing of it
    expect((await loadHistory('https://other.example')).accounts).toEqual([]);
    expect((await handleReport(8, 'https://other.example', snap({ account: bob }), T0)).warnings).toEqual([]);
    // the stored history holds masked refs only
    const stored = JSON.stringify(await fakeBrowser.storage.local.get(null));
    expect(stored).toContain('q7w8');
    expect(stored).not.toMatch(/USR\d+NO/);
  });

  it('checks the key last-4 typed in the popup against this tab only', async () => {
    await handleReport(3, ORIGIN, snap({ account: alice, keysLast4: ['abcd'] }), T0);
    expect((await setKeyLast4(3, 'zzzz', T0))?.warnings.map((w) => w.id)).toEqual(['key-not-in-account']);
    // a new report keeps the typed value
    expect((await handleReport(3, ORIGIN, snap({ account: alice, keysLast4: ['abcd'] }), T0))?.keyLast4).toBe(
      'zzzz',
    );
    expect((await setKeyLast4(3, 'abcd', T0))?.warnings).toEqual([]);
    expect(await setKeyLast4(99, 'abcd', T0)).toBeNull();
    expect(await getTabView(99, T0)).toBeNull();
  });

  it('a report or key check arriving while a fresh page is being read waits for that read', async () => {
    // The login page was read before (console known, nobody logged in, no key list).
    const loginRead: ReadPart = { console: { kind: 'new-api', generation: 'A' } };
    const page = (partial: Partial<PagePart>): PagePart => ({
      pageKind: 'topup',
      fresh: false,
      created: [],
      widget: false,
      ...partial,
    });
    await reportPage(4, ORIGIN, page({ pageKind: 'other', fresh: true }), T0, async () => loginRead);
    // The wallet page loads: its console read (bob, with his key list) takes a page round trip ...
    let finishRead: ((read: ReadPart) => void) | undefined;
    const fresh = reportPage(
      4,
      ORIGIN,
      page({ fresh: true }),
      T0 + 1,
      () => new Promise<ReadPart>((resolve) => (finishRead = resolve)),
    );
    await vi.waitFor(() => expect(finishRead).toBeTypeOf('function'));
    // ... meanwhile the observer saw the page's own /api/user/self (bob, no keys), and the user opens the
    // popup and types a key that is not bob's.
    const observed = reportPage(4, ORIGIN, page({ account: bob }), T0 + 2, async () => {
      throw new Error('not a fresh page: the last read is reused');
    });
    const popupView = getTabView(4, T0 + 3);
    const keyCheck = setKeyLast4(4, 'Zz99', T0 + 3);
    finishRead?.({ ...loginRead, account: bob, keysLast4: ['abcd', 'efgh'] });
    expect((await fresh)?.snapshot?.keysLast4).toEqual(['abcd', 'efgh']);
    expect((await observed)?.snapshot?.keysLast4).toEqual(['abcd', 'efgh']);
    expect((await popupView)?.snapshot?.account?.id).toBe('2');
    expect((await keyCheck)?.warnings.map((w) => w.id)).toEqual(['key-not-in-account']);
    // and the stored state keeps both the read and the typed last 4
    const stored = await getTabView(4, T0 + 4);
    expect(stored?.snapshot?.keysLast4).toEqual(['abcd', 'efgh']);
    expect(stored?.keyLast4).toBe('Zz99');
    await vi.waitFor(() => expect(pendingKeys()).toEqual([]));
  });

  it('a failed console read does not block the tab', async () => {
    await expect(
      reportPage(6, ORIGIN, { pageKind: 'topup', fresh: true, created: [], widget: false }, T0, async () => {
        throw new Error('frame gone');
      }),
    ).rejects.toThrow('frame gone');
    const view = await reportPage(
      6,
      ORIGIN,
      { pageKind: 'topup', fresh: true, created: [], widget: false, account: alice },
      T0 + 1,
      async () => undefined,
    );
    expect(view?.snapshot?.account?.id).toBe('1');
  });

  it('reads nothing on a sign-in page, where the console storage may still hold the last user', async () => {
    await handleReport(5, ORIGIN, snap({ account: alice }), T0);
    const read = vi.fn(async (): Promise<ReadPart> => ({ console: { kind: 'new-api' }, account: alice }));
    const badge = vi.spyOn(fakeBrowser.action, 'setBadgeText');
    const view = await reportPage(
      5,
      ORIGIN,
      { pageKind: 'login', fresh: true, created: [], widget: false },
      T0 + 1,
      read,
    );
    expect(view).toBeNull();
    expect(read).not.toHaveBeenCalled();
    // the tab's last reading is dropped (the popup then says nothing was read), the badge cleared
    expect(await getTabView(5, T0 + 2)).toBeNull();
    expect(badge).toHaveBeenLastCalledWith({ tabId: 5, text: '' });
  });

  it('a tab left open on another account: a later login read in another tab makes it stale', async () => {
    const shown: { tabId: number; ids: string[] }[] = [];
    onOtherTabView((tabId, view) => shown.push({ tabId, ids: view.warnings.map((w) => w.id) }));
    const wallet = (partial: Partial<PagePart> = {}): PagePart => ({
      pageKind: 'topup',
      fresh: true,
      created: [],
      widget: false,
      ...partial,
    });
    const reading =
      (account: typeof alice): (() => Promise<ReadPart>) =>
      async () => ({
        console: { kind: 'new-api', generation: 'A' },
        account,
      });
    // Tab 1 reads alice; tab 2, later, reads bob (logged in there: the console's session is now bob's).
    await reportPage(1, ORIGIN, wallet(), T0, reading(alice));
    expect((await getTabView(1, T0))?.warnings.map((w) => w.id)).toEqual([]);
    await reportPage(2, ORIGIN, wallet(), T0 + 60_000, reading(bob));
    await vi.waitFor(() =>
      expect(shown).toEqual([{ tabId: 1, ids: ['stale-tab', 'several-accounts', 'will-credit'] }]),
    );
    const stale = await getTabView(1, T0 + 61_000);
    expect(stale?.warnings[0]?.text).toContain('alice (#1)');
    expect(stale?.warnings[0]?.text).toContain('b***@example.com (#2)');
    expect(stale?.banner).toBe(true);
    // tab 2 itself is not stale; a report of tab 1 that reuses its old reading confirms nothing
    expect((await getTabView(2, T0 + 61_000))?.warnings.map((w) => w.id)).not.toContain('stale-tab');
    await reportPage(1, ORIGIN, wallet({ fresh: false }), T0 + 62_000, async () => {
      throw new Error('not read again');
    });
    expect((await getTabView(1, T0 + 62_000))?.warnings.map((w) => w.id)).toContain('stale-tab');
    // tab 1 reloads and reads bob: no longer stale
    await reportPage(1, ORIGIN, wallet(), T0 + 63_000, reading(bob));
    expect((await getTabView(1, T0 + 63_000))?.warnings.map((w) => w.id)).not.toContain('stale-tab');
    // another origin's tabs are not touched
    expect(shown.map((x) => x.tabId)).toEqual([1]);
  });

  it("words the warnings with the rules the page's widget declares", async () => {
    await handleReport(9, ORIGIN, snap({ account: alice }), T0);
    const rules = Rules.parse({ recentAccountsDays: 1 });
    const read: ReadPart = { console: { kind: 'new-api', generation: 'A' }, account: bob, rules };
    const later = T0 + 2 * 86_400_000;
    const view = await reportPage(
      9,
      ORIGIN,
      { pageKind: 'orders', fresh: true, created: [], widget: false },
      later,
      async () => read,
    );
    // alice was seen two days ago: outside the operator's one-day window, so no "several accounts"
    expect(view?.warnings).toEqual([]);
    const defaults = await handleReport(10, ORIGIN, snap({ account: bob, pageKind: 'orders' }), later);
    expect(defaults.warnings.map((w) => w.id)).toEqual(['several-accounts']);
  });

  it('clears one origin on request', async () => {
    await handleReport(1, ORIGIN, snap({ account: alice }), T0);
    await handleReport(1, ORIGIN, snap({ account: bob }), T0 + 1);
    await clearHistory(ORIGIN);
    expect(await loadHistory(ORIGIN)).toEqual({ accounts: [], orders: [], redeems: [] });
    const view = await getTabView(1, T0 + 2);
    expect(view?.accounts).toEqual([]);
  });

  it('falls back to zh-CN when the UI language is not available', async () => {
    fakeBrowser.i18n.getUILanguage = () => 'zh-TW';
    await handleReport(1, ORIGIN, snap({ account: alice }), T0);
    const view = await handleReport(1, ORIGIN, snap({ account: bob, pageKind: 'redeem' }), T0 + 1);
    expect(view.locale).toBe('zh-CN');
    expect(view.warnings.find((w) => w.id === 'will-credit')?.text).toContain(
      '此次兑换将记入 b***@example.com (#2)',
    );
  });

  it('speaks the console’s language when the page tells, else the browser’s', async () => {
    const zh = await handleReport(5, ORIGIN, snap({ account: alice, lang: 'zh-CN' }), T0);
    expect(zh.locale).toBe('zh-CN');
    expect(zh.labels.title).toBe('充值到账自查提醒');
    expect((await handleReport(5, ORIGIN, snap({ account: alice, lang: 'en-GB' }), T0)).locale).toBe('en');
    // the page in a language we do not speak: en, as the widget on that page; none: the browser UI language
    fakeBrowser.i18n.getUILanguage = () => 'zh-TW';
    expect(viewLocale('ja')).toBe('en');
    expect(viewLocale(undefined)).toBe('zh-CN');
    fakeBrowser.i18n.getUILanguage = () => 'en-US';
    expect(viewLocale(undefined)).toBe('en');
  });
});
