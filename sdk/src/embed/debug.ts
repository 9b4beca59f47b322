// `data-debug` (config `debug: true`): prints to the console, masked, what the widget was told and what
// it read, and why a preset was chosen, so an operator can see why the widget says what it says.
// Everything goes through the masking engine's public audience first: a debug line is as safe to paste
// into a forum as the widget's public copy (no email, order number, code, key or token in clear).
import type { ConsoleAdapter, ConsoleEnv, ConsoleRead } from '../consoles/types.js';
import { maskText } from '../core/mask/index.js';
import type { WidgetConfig } from './config.js';

const PREFIX = '[topup-doctor] debug:';
const masked = (value: unknown) => maskText(JSON.stringify(value) ?? '', { audience: 'public' }).text;

/** localStorage keys the presets look at (names only; values are never printed here). */
const SIGNAL_KEYS = [
  'user',
  'uid',
  'status',
  'quota_display_type',
  'enable_task',
  'auth_token',
  'auth_user',
  'i18nextLng',
  'theme-mode',
];

export function printConfig(raw: Record<string, unknown>, config: WidgetConfig): void {
  const headers = config.transports.webhook?.headers;
  const shown = {
    ...config,
    console: {
      ...config.console,
      options: config.console.options ? Object.keys(config.console.options) : undefined,
    },
    transports: {
      ...config.transports,
      // Custom headers may carry a credential: names only.
      webhook: config.transports.webhook && {
        endpoint: config.transports.webhook.endpoint,
        headers: headers && Object.keys(headers),
      },
    },
    target: typeof config.target === 'string' ? config.target : config.target && 'element',
  };
  console.info(PREFIX, 'config', masked(shown), raw.$attrs ? '(from data attributes)' : '(from JavaScript)');
}

/** Why this adapter reads the page: the configured preset, or what auto-detection saw. */
export function presetReason(
  config: WidgetConfig,
  env: ConsoleEnv,
  adapter: ConsoleAdapter | undefined,
): string {
  const { preset } = config.console;
  if (preset !== 'auto') return `preset "${preset}" configured (data-console or console.preset)`;
  const seen = SIGNAL_KEYS.filter((key) => {
    try {
      return env.storage?.getItem(key) != null;
    } catch {
      return false;
    }
  });
  const storage = `localStorage keys seen: ${seen.length ? seen.join(', ') : 'none'}; path ${env.pathname}`;
  return adapter
    ? `auto: detected ${adapter.kind} (${storage})`
    : `auto: no preset recognised this page (${storage}); set data-console`;
}

export function printRead(reason: string, read: ConsoleRead): void {
  console.info(PREFIX, reason);
  console.info(PREFIX, 'read', masked(read));
}
