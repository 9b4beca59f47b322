// The reconciliation settings: read from the environment or a JSON file, a wrong one names the variable
// and never echoes a credential.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  describeReconcile,
  parseReconcileSettings,
  ReconcileSettingsError,
  reconcileSettingsFromEnv,
} from './config.js';

const TOKEN = 'newapi-secret-access-token-1234';

describe('reconcileSettingsFromEnv', () => {
  it('nothing set: reconciliation is off', () => {
    const s = reconcileSettingsFromEnv({});
    expect(s.gateway).toBeUndefined();
    expect(describeReconcile(s)).toMatch(/off/);
  });

  it('new-api with an epay platform', () => {
    const s = reconcileSettingsFromEnv({
      RECONCILE_GATEWAY: 'new-api',
      RECONCILE_GATEWAY_URL: 'https://gw.example.com/',
      RECONCILE_NEWAPI_ACCESS_TOKEN: TOKEN,
      RECONCILE_NEWAPI_USER_ID: '1',
      RECONCILE_PROVIDER: 'epay',
      RECONCILE_EPAY_URL: 'https://pay.example.com',
      RECONCILE_EPAY_PID: '1001',
      RECONCILE_EPAY_KEY: 'epay-merchant-key-xyz',
      RECONCILE_TIMEOUT_MS: '2500',
    });
    expect(s).toEqual({
      gateway: { kind: 'new-api', baseUrl: 'https://gw.example.com', accessToken: TOKEN, adminUserId: '1' },
      provider: {
        kind: 'epay',
        baseUrl: 'https://pay.example.com',
        pid: '1001',
        key: 'epay-merchant-key-xyz',
      },
      timeoutMs: 2500,
    });
    const line = describeReconcile(s);
    expect(line).toContain('new-api at https://gw.example.com');
    expect(line).not.toContain(TOKEN);
    expect(line).not.toContain('epay-merchant-key-xyz');
  });

  it('sub2api and one-api take their own credential', () => {
    expect(
      reconcileSettingsFromEnv({
        RECONCILE_GATEWAY: 'sub2api',
        RECONCILE_GATEWAY_URL: 'http://127.0.0.1:8080',
        RECONCILE_SUB2API_ADMIN_KEY: 'admin-0123456789abcdef',
      }).gateway,
    ).toEqual({ kind: 'sub2api', baseUrl: 'http://127.0.0.1:8080', apiKey: 'admin-0123456789abcdef' });
    expect(
      reconcileSettingsFromEnv({
        RECONCILE_GATEWAY: 'one-api',
        RECONCILE_GATEWAY_URL: 'http://127.0.0.1:3000',
        RECONCILE_ONEAPI_TOKEN: 'oneapi-token-123456',
      }).gateway?.kind,
    ).toBe('one-api');
  });

  it("the console's QuotaPerUnit, from a variable or JSON, for new-api and one-api only", () => {
    const newApi = {
      RECONCILE_GATEWAY: 'new-api',
      RECONCILE_GATEWAY_URL: 'https://gw.example.com',
      RECONCILE_NEWAPI_ACCESS_TOKEN: TOKEN,
      RECONCILE_NEWAPI_USER_ID: '1',
    };
    expect(reconcileSettingsFromEnv({ ...newApi, RECONCILE_QUOTA_PER_UNIT: '250000' }).gateway).toMatchObject(
      {
        quotaPerUnit: 250000,
      },
    );
    expect(reconcileSettingsFromEnv(newApi).gateway).not.toHaveProperty('quotaPerUnit', expect.anything());
    expect(
      parseReconcileSettings({
        gateway: {
          kind: 'one-api',
          baseUrl: 'http://127.0.0.1:3000',
          token: 'oneapi-token-123456',
          quotaPerUnit: 500000,
        },
      }).gateway,
    ).toMatchObject({ quotaPerUnit: 500000 });
    for (const wrong of ['0', '5e5', '-1', 'half'])
      expect(() => reconcileSettingsFromEnv({ ...newApi, RECONCILE_QUOTA_PER_UNIT: wrong })).toThrow(
        /RECONCILE_QUOTA_PER_UNIT/,
      );
    // sub2api counts dollars: the setting is not one of its settings.
    expect(() =>
      parseReconcileSettings({
        gateway: {
          kind: 'sub2api',
          baseUrl: 'http://127.0.0.1:8080',
          apiKey: 'admin-0123456789abcdef',
          quotaPerUnit: 1,
        },
      }),
    ).toThrow(/unknown setting quotaPerUnit/);
  });

  it('a wrong setting names its variable, never its value', () => {
    const bad = (env: NodeJS.ProcessEnv) => () => reconcileSettingsFromEnv(env);
    const base = {
      RECONCILE_GATEWAY: 'new-api',
      RECONCILE_GATEWAY_URL: 'https://gw.example.com',
      RECONCILE_NEWAPI_USER_ID: '1',
    };
    expect(bad({ ...base })).toThrow(/RECONCILE_NEWAPI_ACCESS_TOKEN/);
    expect(bad({ ...base, RECONCILE_NEWAPI_ACCESS_TOKEN: TOKEN, RECONCILE_NEWAPI_USER_ID: 'admin' })).toThrow(
      /RECONCILE_NEWAPI_USER_ID/,
    );
    expect(
      bad({ ...base, RECONCILE_NEWAPI_ACCESS_TOKEN: TOKEN, RECONCILE_GATEWAY_URL: `https://u:${TOKEN}@gw` }),
    ).toThrow(/RECONCILE_GATEWAY_URL: an http\(s\) URL without a user, password, query or fragment/);
    // Paths are appended to the base URL: a query or fragment would swallow them.
    for (const url of [
      'https://gw.example.com/?x=1',
      'https://gw.example.com#top',
      'https://gw.example.com?',
    ]) {
      expect(bad({ ...base, RECONCILE_NEWAPI_ACCESS_TOKEN: TOKEN, RECONCILE_GATEWAY_URL: url })).toThrow(
        /RECONCILE_GATEWAY_URL/,
      );
    }
    expect(
      bad({
        ...base,
        RECONCILE_NEWAPI_ACCESS_TOKEN: TOKEN,
        RECONCILE_PROVIDER: 'epay',
        RECONCILE_EPAY_URL: 'https://pay.example.com/#x',
        RECONCILE_EPAY_PID: '1',
        RECONCILE_EPAY_KEY: 'merchant-key-1',
      }),
    ).toThrow(/RECONCILE_EPAY_URL/);
    expect(bad({ RECONCILE_GATEWAY: 'newapi' })).toThrow(
      /RECONCILE_GATEWAY: one of new-api, one-api, sub2api/,
    );
    expect(
      bad({
        ...base,
        RECONCILE_NEWAPI_ACCESS_TOKEN: TOKEN,
        RECONCILE_PROVIDER: 'stripe',
        RECONCILE_STRIPE_SECRET_KEY: 'pk_live_abc',
      }),
    ).toThrow(/RECONCILE_STRIPE_SECRET_KEY/);
    expect(bad({ RECONCILE_PROVIDER: 'epay' })).toThrow(/set RECONCILE_GATEWAY too/);
    let thrown: unknown;
    try {
      reconcileSettingsFromEnv({ ...base, RECONCILE_NEWAPI_ACCESS_TOKEN: 'tk9Q2x' });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ReconcileSettingsError);
    expect((thrown as Error).message).not.toContain('tk9Q2x');
    expect(bad({ ...base, RECONCILE_NEWAPI_ACCESS_TOKEN: TOKEN, RECONCILE_TIMEOUT_MS: '5' })).toThrow(
      /RECONCILE_TIMEOUT_MS/,
    );
  });

  it('RECONCILE_CONFIG reads the same shape from a JSON file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'td-recon-'));
    const file = join(dir, 'reconcile.json');
    writeFileSync(
      file,
      JSON.stringify({ gateway: { kind: 'sub2api', baseUrl: 'http://gw', apiKey: 'admin-0123456789' } }),
    );
    expect(reconcileSettingsFromEnv({ RECONCILE_CONFIG: file }).gateway?.kind).toBe('sub2api');
    writeFileSync(
      file,
      JSON.stringify({
        gateway: { kind: 'sub2api', baseUrl: 'http://gw', apiKey: 'admin-0123456789', extra: 1 },
      }),
    );
    expect(() => reconcileSettingsFromEnv({ RECONCILE_CONFIG: file })).toThrow(/unknown setting extra/);
    // A platform without a gateway is refused from the file as from the variables.
    writeFileSync(
      file,
      JSON.stringify({
        provider: { kind: 'epay', baseUrl: 'https://pay.example.com', pid: '1', key: 'merchant-key-1' },
      }),
    );
    expect(() => reconcileSettingsFromEnv({ RECONCILE_CONFIG: file })).toThrow(
      /provider in .*reconcile\.json: set the gateway too/,
    );
    expect(() => reconcileSettingsFromEnv({ RECONCILE_CONFIG: join(dir, 'missing.json') })).toThrow(/ENOENT/);
  });
});
