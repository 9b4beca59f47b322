// The typed config of a script tag (or <topup-doctor> element) whose data attributes the loader's precheck
// vouches for (precheck.ts: every name known, every value of the right shape), built without the schema:
// the panel then needs neither config.ts nor zod on the way to a ticket. Anything the precheck cannot
// vouch for, and any data-rules (the precheck checks rule keys and JSON types, not ranges or formats), is
// decided by the full check (config.ts validateConfig), loaded from here only then.
// config-plain.test.ts keeps this equal to what the schema makes of the same attributes.
import type { WidgetConfig } from './config.js';
import type { RawConfig } from './contract.js';
import { plainlyValid } from './precheck.js';

/** The config from plainly valid attributes without data-rules; undefined when the schema must decide. */
export function plainConfig(raw: RawConfig): WidgetConfig | undefined {
  if (!plainlyValid(raw) || raw.rules !== undefined) return undefined;
  const a = raw as Record<string, string | undefined>;
  const config: WidgetConfig = {
    mode: (a.mode ?? 'launcher') as WidgetConfig['mode'],
    locale: (a.locale ?? 'auto') as WidgetConfig['locale'],
    theme: (a.theme ?? 'auto') as WidgetConfig['theme'],
    console: { preset: (a.console ?? 'auto') as WidgetConfig['console']['preset'] },
    // `data-clipboard` is on unless it says "false".
    transports: { clipboard: a.clipboard !== 'false' },
  };
  if (a.id !== undefined) config.id = a.id;
  if (a.target !== undefined) config.target = a.target;
  if (a.nonce !== undefined) config.nonce = a.nonce;
  if (a.consoleOrigin !== undefined) config.console.origin = a.consoleOrigin;
  if (a.webhook !== undefined) config.transports.webhook = { endpoint: a.webhook };
  if (a.mailto !== undefined) config.transports.mailto = { to: a.mailto };
  // The precheck passes data-debug only as "false" (debug output needs the full check's printing).
  if (a.debug !== undefined) config.debug = false;
  return config;
}

/** The panel's config check: the plain path when it applies, else the full schema (loaded only then). */
export async function panelConfig(raw: RawConfig): Promise<WidgetConfig | null> {
  return plainConfig(raw) ?? (await import('./config.js')).validateConfig(raw, true);
}
