// Settings for tests: every optional part configured, so every section renders.
import { type HelpSettings, parseSettings } from './settings.js';

export function testSettings(over: Record<string, unknown> = {}): HelpSettings {
  const r = parseSettings({
    brand: { 'zh-CN': '示例网关', en: 'Example Gateway' },
    baseUrl: 'https://gw.example.com/help/',
    console: {
      topup: '/console/topup',
      orders: '/console/topup?show_history=true',
      redeem: '/console/topup',
      widget: '/console/topup',
    },
    rules: { contacts: [{ kind: 'email', value: 'support@example.com' }] },
    indexNow: { key: 'test-indexnow-key-0001', endpoint: 'http://127.0.0.1:9/indexnow' },
    ...over,
  });
  if (!r.ok) throw new Error(r.error);
  return r.settings;
}

/** 2026-11-21 16:00 Asia/Shanghai. */
export const NOW = Date.UTC(2026, 10, 21, 8, 0);
