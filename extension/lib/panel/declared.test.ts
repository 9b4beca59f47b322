import { describe, expect, it } from 'vitest';
import { declaredConfig } from './declared.js';

/** The one element declaredConfig looks for (the page's widget script tag), without a DOM library. */
function page(attrs: Record<string, string> | null, href = 'https://gw.example/console/topup'): Document {
  return {
    location: { href, origin: new URL(href).origin },
    querySelector: () => (attrs ? { getAttribute: (name: string) => attrs[name] ?? null } : null),
  } as unknown as Document;
}

describe('declaredConfig: what the page’s widget config declares', () => {
  it('reads the endpoint (resolved on the page), the support address and valid rules', () => {
    const d = declaredConfig(
      page({
        'data-webhook': '/api/tickets',
        'data-mailto': 'support@gw.example',
        'data-rules': '{"callbackMinutes":{"default":10}}',
      }),
    );
    expect(d.webhook).toBe('https://gw.example/api/tickets');
    expect(d.mailto).toBe('support@gw.example');
    expect(d.rules?.callbackMinutes).toMatchObject({ default: 10 });
  });

  it('drops what the widget would refuse, keeping the rest', () => {
    const d = declaredConfig(
      page(
        {
          'data-webhook': 'http://third-party.example/collect',
          'data-mailto': 'not an address',
          'data-rules': '{not json',
        },
        'http://127.0.0.1:8080/console',
      ),
    );
    expect(d).toEqual({});
    expect(declaredConfig(page(null))).toEqual({});
    expect(declaredConfig(page({ 'data-rules': '{"callbackMinutes":"soon"}' })).rules).toBeUndefined();
  });
});
