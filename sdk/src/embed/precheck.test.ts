// @vitest-environment happy-dom
// The loader's precheck may only vouch for what the full check (config.ts) accepts: every config it calls
// plainly valid must parse, and what it cannot vouch for goes to the full check (which names the mistake).
import { describe, expect, test } from 'vitest';
import { Rules } from '../core/rules/schema.js';
import { parseConfig } from './config.js';
import { plainlyValid, RULE_TYPES } from './precheck.js';

const attrs = (a: Record<string, string>) => ({ ...a, $attrs: 1 });

const VALID: Record<string, string>[] = [
  {},
  { webhook: '/api/tickets', console: 'new-api' },
  { webhook: 'https://gw.example/hook', mailto: 'support@example.com', clipboard: 'false' },
  { mode: 'inline', target: '#help', id: 'orders', locale: 'en', theme: 'dark', manual: '' },
  { consoleOrigin: 'https://gw.example', nonce: 'cmFuZG9tLW5vbmNlLTEy', debug: 'false' },
  { rules: '{"callbackMinutes":{"default":15},"contacts":[{"kind":"email","value":"a@b.cn"}]}' },
  { rules: '{"redemptionEnabled":false,"version":"ops-3","amountTolerance":0.5}' },
];
const TO_FULL_CHECK: Record<string, string>[] = [
  { webhok: '/api/tickets' },
  { webhook: 'javascript:alert(1)' },
  { console: 'newapi' },
  { mode: 'popup' },
  { mailto: 'not an address' },
  { rules: '{bad json' },
  { rules: '{"callbackMinute":{"default":5}}' },
  { rules: '{"duplicateWindowMinutes":"30"}' },
  { rules: '[1]' },
  { id: 'has space' },
  { nonce: 'short' },
  { target: '' },
  { debug: '' },
];

describe('loader precheck', () => {
  test.each(VALID)('vouches for %j, which the full check accepts', (a) => {
    expect(plainlyValid(attrs(a))).toBe(true);
    expect(parseConfig(attrs(a)).ok).toBe(true);
  });

  test.each(TO_FULL_CHECK)('sends %j to the full check', (a) => {
    expect(plainlyValid(attrs(a))).toBe(false);
  });

  test('a JS config object and a deep link always go to the full check', () => {
    expect(plainlyValid({ webhook: '/api/tickets' })).toBe(false);
    location.hash = '#topup-doctor=paid_not_credited';
    expect(plainlyValid(attrs({}))).toBe(false);
    location.hash = '';
  });

  test('knows every rule key with its JSON type', () => {
    expect(Object.keys(RULE_TYPES).sort()).toEqual(Object.keys(Rules.def.shape).sort());
    const sample: Record<string, unknown> = { n: 1, s: 'x', b: true, o: {}, a: [] };
    const parsed = Rules.safeParse(
      Object.fromEntries(
        Object.entries(RULE_TYPES)
          .filter(([, t]) => t !== 'o' && t !== 'a')
          .map(([k, t]) => [k, sample[t]]),
      ),
    );
    expect(parsed.success).toBe(true);
  });
});
