// @vitest-environment happy-dom
// The panel's plain path must give exactly the config the schema gives for the same attributes: checked on
// every combination fast-check draws from valid and near-valid values of each data attribute.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseConfig } from './config.js';
import { panelConfig, plainConfig } from './config-plain.js';
import { plainlyValid } from './precheck.js';

// The loader's precheck verdict, as PanelContext.vouched carries it to the panel.
const fromAttributes = (raw: Record<string, unknown>) => plainConfig(raw, plainlyValid(raw));
const checked = (raw: Record<string, unknown>) => panelConfig(raw, plainlyValid(raw));

const VALUES: Record<string, string[]> = {
  id: ['orders', 'a-b_c', 'has space', ''],
  mode: ['launcher', 'inline', 'popup'],
  target: ['#help', ''],
  locale: ['auto', 'zh-CN', 'en', 'fr'],
  theme: ['auto', 'light', 'dark', 'blue'],
  nonce: ['cmFuZG9tLW5vbmNlLTEy', 'short'],
  console: ['auto', 'new-api', 'one-api', 'sub2api', 'custom', 'newapi'],
  consoleOrigin: ['https://gw.example', '/relative', 'javascript:alert(1)'],
  webhook: ['/api/tickets', 'https://gw.example/hook', 'javascript:alert(1)'],
  mailto: ['support@example.com', 'not an address'],
  clipboard: ['', 'true', 'false', 'no'],
  manual: [''],
  debug: ['false', '', 'true'],
  rules: ['{"redemptionEnabled":false}', '{"callbackMinutes":{"default":-1}}'],
  webhok: ['/api/tickets'],
};
const attributes = fc
  .dictionary(fc.constantFrom(...Object.keys(VALUES)), fc.nat())
  .map((picks) =>
    Object.fromEntries(Object.entries(picks).map(([k, i]) => [k, VALUES[k]![i % VALUES[k]!.length]!])),
  );

describe('plainConfig', () => {
  test('is the schema’s config whenever it gives one, and leaves everything else to the schema', () => {
    let plain = 0;
    fc.assert(
      fc.property(attributes, (a) => {
        const raw = { ...a, $attrs: 1 };
        const config = fromAttributes(raw);
        if (!config) return;
        plain++;
        const full = parseConfig(raw);
        expect(full.ok).toBe(true);
        if (full.ok) expect(config).toEqual(full.config);
      }),
      { numRuns: 2000 },
    );
    expect(plain).toBeGreaterThan(20);
  });

  test('the bench’s and the README’s script tags take the plain path', () => {
    const tag = { webhook: '/api/tickets', console: 'new-api', mailto: 'support@example.com', $attrs: 1 };
    expect(fromAttributes(tag)).toEqual({
      mode: 'launcher',
      locale: 'auto',
      theme: 'auto',
      console: { preset: 'new-api' },
      transports: {
        clipboard: true,
        webhook: { endpoint: '/api/tickets' },
        mailto: { to: 'support@example.com' },
      },
    });
  });

  test('data-rules, a JS config and a deep link go to the schema', async () => {
    expect(fromAttributes({ rules: '{"redemptionEnabled":false}', $attrs: 1 })).toBeUndefined();
    expect(fromAttributes({ webhook: '/api/tickets' })).toBeUndefined();
    // Attributes the loader did not vouch for (the ESM API's mount, a check-entry verdict) go to the schema
    // even when they are plainly valid.
    expect(plainConfig({ console: 'new-api', $attrs: 1 }, undefined)).toBeUndefined();
    expect(plainConfig({ console: 'new-api', $attrs: 1 }, true)).toMatchObject({
      console: { preset: 'new-api' },
    });
    location.hash = '#topup-doctor=paid_not_credited';
    expect(fromAttributes({ $attrs: 1 })).toBeUndefined();
    location.hash = '';
    // Through the panel's check: the schema decides, with its one error for a bad rule.
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      expect(await checked({ rules: '{"callbackMinutes":{"default":-1}}', $attrs: 1 })).toBeNull();
      expect(await checked({ rules: '{"redemptionEnabled":false}', $attrs: 1 })).toMatchObject({
        rules: { redemptionEnabled: false, version: 'default-1' },
      });
    } finally {
      console.error = original;
    }
    expect(errors).toHaveLength(1);
  });
});
