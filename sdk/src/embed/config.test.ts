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
    expect(result).toMatchObject({ ok: false, field: 'transports.webhok', message: 'unknown option webhok' });
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
