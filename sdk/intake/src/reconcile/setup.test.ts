// The settings become the clients they name, with the settings' time limit; no gateway, no clients.
import { describe, expect, it } from 'vitest';
import { parseReconcileSettings } from './config.js';
import { fakeServer, fixture } from './fakes.js';
import { reconcileClients } from './setup.js';

describe('reconcileClients', () => {
  it('builds the gateway and platform clients the settings name', () => {
    const c = reconcileClients(
      parseReconcileSettings({
        gateway: {
          kind: 'new-api',
          baseUrl: 'http://127.0.0.1:1',
          accessToken: 'token-123456789',
          adminUserId: '1',
        },
        provider: { kind: 'epay', baseUrl: 'http://127.0.0.1:1', pid: '1001', key: 'merchant-key-1' },
        timeoutMs: 1500,
      }),
    );
    expect(c.timeoutMs).toBe(1500);
    expect(c.gateway?.console).toBe('new-api');
    expect(typeof c.gateway?.completeOrder).toBe('function');
    expect(c.provider?.provider).toBe('epay');
    const s2 = reconcileClients(
      parseReconcileSettings({
        gateway: { kind: 'sub2api', baseUrl: 'http://127.0.0.1:1', apiKey: 'admin-0123456789' },
        provider: { kind: 'stripe', secretKey: 'sk_test_abcdefgh1234' },
      }),
    );
    expect(s2.gateway?.console).toBe('sub2api');
    expect(typeof s2.gateway?.verifyOrder).toBe('function');
    expect(s2.provider?.provider).toBe('stripe');
    expect(
      reconcileClients(
        parseReconcileSettings({
          gateway: { kind: 'one-api', baseUrl: 'http://127.0.0.1:1', token: 'token-123456789' },
        }),
      ).gateway?.console,
    ).toBe('one-api');
  });

  it('no gateway: no clients (the inbox says reconciliation is not set up)', () => {
    expect(reconcileClients(parseReconcileSettings({}))).toEqual({ timeoutMs: 4000 });
  });

  it('a gateway that is down answers a state, never throws', async () => {
    const c = reconcileClients(
      parseReconcileSettings({
        gateway: {
          kind: 'new-api',
          baseUrl: 'http://127.0.0.1:9',
          accessToken: 'token-123456789',
          adminUserId: '1',
        },
        timeoutMs: 500,
      }),
    );
    const answer = await c.gateway?.findOrders({ keyword: '0113' });
    expect(answer).toMatchObject({ ok: false });
    expect(['unreachable', 'timeout']).toContain(answer && !answer.ok ? answer.state : '');
  });

  it("hands the console's QuotaPerUnit to the gateway client: a code's dollars follow it", async () => {
    const fake = await fakeServer([{ path: '/api/redemption/', body: fixture('new-api-redemptions') }]);
    try {
      const settings = (quotaPerUnit?: number) =>
        parseReconcileSettings({
          gateway: {
            kind: 'new-api',
            baseUrl: fake.url,
            accessToken: 'generated-access-token-0123456789',
            adminUserId: '99',
            ...(quotaPerUnit ? { quotaPerUnit } : {}),
          },
        });
      const code = async (quotaPerUnit?: number) => {
        const found = await reconcileClients(settings(quotaPerUnit)).gateway?.findCodes({
          keyword: 'ab…9f3e',
        });
        return found?.ok ? found.value[0] : undefined;
      };
      expect(await code(250_000)).toMatchObject({ quota: 5_000_000, usd: 20 });
      expect(await code()).not.toHaveProperty('usd');
    } finally {
      await fake.close();
    }
  });
});
