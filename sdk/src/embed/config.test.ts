import { afterEach, describe, expect, test, vi } from 'vitest';
import { parseConfig, validateConfig } from './config.js';

describe('operator config', () => {
  afterEach(() => vi.restoreAllMocks());

  test('script-tag attributes map to the structured config with defaults', () => {
    const result = parseConfig({
      $attrs: 1,
      webhook: '/api/tickets',
      mailto: 'support@example.com',
      console: 'new-api',
      clipboard: 'false',
      rules: '{"callbackMinutes":{"default":15},"contacts":[{"kind":"email","value":"support@example.com"}]}',
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.config.mode).toBe('launcher');
    expect(result.config.locale).toBe('auto');
    expect(result.config.console.preset).toBe('new-api');
    expect(result.config.transports).toEqual({
      webhook: { endpoint: '/api/tickets' },
      mailto: { to: 'support@example.com' },
      clipboard: false,
    });
    expect(result.config.rules?.callbackMinutes).toEqual({ default: 15 });
    expect(result.config.rules?.version).toBe('default-1');
  });

  test.each([
    [{ $attrs: 1, webhook: 'javascript:alert(1)' }, 'data-webhook'],
    [{ $attrs: 1, mode: 'popup' }, 'data-mode'],
    [{ $attrs: 1, mailto: 'not an address' }, 'data-mailto'],
    [{ $attrs: 1, rules: '{bad json' }, 'data-rules'],
    [
      { $attrs: 1, rules: '{"callbackMinutes":{"default":-1}}' },
      'data-rules (rules.callbackMinutes.default)',
    ],
    [{ theme: 'neon' }, 'theme'],
    [{ transports: { webhook: { endpoint: 'ftp://x' } } }, 'transports.webhook.endpoint'],
    [{ webhook: '/api/tickets' }, 'webhook'],
    [{ mode: 'inline' }, 'target'],
  ])('names the field of a bad value: %j', (raw, field) => {
    const result = parseConfig(raw as Record<string, unknown>);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.field).toBe(field);
  });

  test('an unknown JS option is named (a typo must not pass silently)', () => {
    const result = parseConfig({ transports: { webhok: { endpoint: '/x' } } });
    expect(result).toMatchObject({
      ok: false,
      field: 'transports.webhok',
      message: 'unknown option webhok; did you mean webhook?',
    });
  });

  test('data-console="newapi" is an error naming the attribute and the closest preset', () => {
    const result = parseConfig({ $attrs: 1, console: 'newapi', webhook: '/api/tickets' });
    expect(result).toMatchObject({ ok: false, field: 'data-console' });
    if (!result.ok)
      expect(result.message).toBe(
        '"newapi" is not one of "auto", "new-api", "one-api", "sub2api", "custom"; did you mean "new-api"?',
      );
  });

  test('unknown attributes and rule keys warn with the closest valid one; the config still works', () => {
    const result = parseConfig({
      $attrs: 1,
      webhok: '/api/tickets',
      consoleOrign: 'https://gw.example',
      colour: 'red',
      rules: '{"callbackMinute":{"default":5},"contacts":[]}',
    });
    expect(result.ok).toBe(true);
    expect(result.warnings).toEqual([
      'unknown attribute data-webhok, ignored; did you mean data-webhook?',
      'unknown attribute data-console-orign, ignored; did you mean data-console-origin?',
      'unknown attribute data-colour, ignored',
      'unknown rule key "callbackMinute" in data-rules, ignored; did you mean "callbackMinutes"?',
    ]);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    validateConfig({ $attrs: 1, webhok: '/x' });
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toBe(
      '[topup-doctor] unknown attribute data-webhok, ignored; did you mean data-webhook?.',
    );
    validateConfig({ $attrs: 1, webhok: '/x' }, true);
    expect(warn).toHaveBeenCalledTimes(1);
  });

  test('data-debug alone turns debug on; "false" keeps it off', () => {
    const on = parseConfig({ $attrs: 1, debug: '' });
    const off = parseConfig({ $attrs: 1, debug: 'false' });
    expect(on.ok && on.config.debug).toBe(true);
    expect(off.ok && off.config.debug).toBe(false);
  });

  test('validateConfig logs exactly one console error and returns null', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(validateConfig({ $attrs: 1, webhook: 'javascript:alert(1)' })).toBeNull();
    expect(error).toHaveBeenCalledTimes(1);
    expect(String(error.mock.calls[0]?.[0])).toMatch(
      /^\[topup-doctor\] invalid config: data-webhook: must be an http\(s\) URL/,
    );
  });
});
