import type { ConsoleEnv } from '@topup-doctor/sdk/consoles';
import { createCustomAdapter } from '@topup-doctor/sdk/consoles';
import { describe, expect, it } from 'vitest';
import type { TabView } from '../messages.js';
import { customSource } from './source.js';

const env: ConsoleEnv = {
  fetch: () => Promise.reject(new Error('the custom preset must not fetch')),
  storage: null,
  origin: 'https://gw.example',
  pathname: '/console/topup',
  now: () => 0,
};
const T = Date.UTC(2026, 10, 21, 8, 0);

function view(snapshot: TabView['snapshot']): TabView {
  return {
    origin: 'https://gw.example',
    locale: 'zh-CN',
    ...(snapshot ? { snapshot } : {}),
    banner: true,
    warnings: [],
    labels: { title: 't', close: 'c' },
    accounts: [],
    ordersHere: 0,
    observations: { accountsSeen: [], ordersCreatedHere: [] },
  };
}

describe('customSource: the extension facts through the widget custom preset', () => {
  it('serves the adapters’ masked read as it is (account, balance, orders, ledger, key tails)', async () => {
    const source = customSource(
      {
        console: { kind: 'new-api', historyWindowDays: 30 },
        errors: [],
        account: {
          id: '2',
          username: 'bob',
          balance: { raw: 500_000, quotaPerUnit: 500_000, displayUnit: 'USD' },
        },
        session: { serverUserId: '2', storedUserId: '1' },
        orders: [
          {
            ref: '7',
            tradeNo: 'USR…9F3K',
            tradeNoTail: '9F3K',
            tradeNoUserId: '1',
            status: 'pending',
            rawStatus: 'pending',
            createdAt: T,
            amount: 10,
          },
        ],
        ledger: [{ kind: 'online', at: T, text: '在线充值成功', amount: 10 }],
        keys: [{ masked: 'sk-a**********Zz99', last4: 'Zz99', name: 'main' }],
      },
      view(undefined),
    );
    const read = await createCustomAdapter(source).read(env);
    expect(read.errors).toEqual([]);
    expect(read.account).toMatchObject({ id: '2', username: 'bob', balance: { raw: 500_000 } });
    expect(read.session).toEqual({ serverUserId: '2', storedUserId: '1' });
    expect(read.orders?.[0]).toMatchObject({ ref: '7', tradeNoTail: '9F3K', tradeNoUserId: '1', amount: 10 });
    expect(read.ledger?.[0]).toMatchObject({ kind: 'online', amount: 10 });
    expect(read.keys?.map((k) => k.last4)).toEqual(['Zz99']);
    // the ticket names the console the extension read, not the preset that carried the facts
    expect(read.console).toEqual({ kind: 'new-api', historyWindowDays: 30 });
  });

  it('falls back to what the background kept (new-api generation C: the observer only)', async () => {
    const source = customSource(
      undefined,
      view({
        console: { kind: 'new-api', generation: 'C' },
        pageKind: 'topup',
        account: {
          id: '42',
          label: 'Alice',
          balance: { raw: 7_250_000, quotaPerUnit: 500_000 / 7.3, displayUnit: 'CNY' },
        },
        session: { storedUserId: '41' },
        orders: [{ status: 'paid', createdAt: T, tradeNoTail: 'x9Yz', tradeNoUserId: '43', amount: 5 }],
        created: [],
        keysLast4: ['Zt8K'],
        widget: false,
      }),
    );
    const read = await createCustomAdapter(source).read(env);
    // the adapter's balance reading travels as it is (CNY at the console's 7.3 rate)
    expect(read.account).toEqual({
      id: '42',
      displayName: 'Alice',
      balance: { raw: 7_250_000, quotaPerUnit: 500_000 / 7.3, displayUnit: 'CNY' },
    });
    expect(read.session?.storedUserId).toBe('41');
    expect(read.orders?.[0]).toMatchObject({ status: 'paid', tradeNoTail: 'x9Yz', tradeNoUserId: '43' });
    expect(read.keys?.map((k) => k.last4)).toEqual(['Zt8K']);
    expect(read.console).toEqual({ kind: 'new-api', generation: 'C' });
    // No ledger known: not an error, simply unknown.
    expect(read.ledger).toBeUndefined();
    expect(read.errors).toEqual([]);
  });

  it('says "not logged in" when nothing is known', async () => {
    const read = await createCustomAdapter(customSource(undefined, view(undefined))).read(env);
    expect(read.errors).toEqual([{ part: 'account', code: 'not_logged_in' }]);
    expect(read.console).toEqual({ kind: 'custom' });
  });
});
