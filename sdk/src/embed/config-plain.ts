// The typed config of a script tag (or <topup-doctor> element) whose data attributes the loader's precheck
// vouched for (precheck.ts: every name known, every value of the right shape), built without the schema:
// the panel then needs neither config.ts nor zod on the way to a ticket. Anything the precheck could not
// vouch for, and any data-rules (the precheck checks rule keys and JSON types, not ranges or formats), is
// decided by the full check (config.ts validateConfig), loaded from here only then.
// The precheck's verdict comes from the loader (PanelContext.vouched) instead of a second run here: the
// second stage carried precheck.ts (~0.5 KB gzip) only to repeat what the loader had decided.
// config-plain.test.ts keeps this equal to what the schema makes of the same attributes.
import type { WidgetConfig } from './config.js';
import type { RawConfig } from './contract.js';

/** The config from attributes the precheck vouched for, without data-rules; undefined when the schema must
 *  decide. */
export function plainConfig(raw: RawConfig, vouched: boolean | undefined): WidgetConfig | undefined {
  if (!vouched || raw.rules !== undefined) return undefined;
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
export async function panelConfig(raw: RawConfig, vouched?: boolean): Promise<WidgetConfig | null> {
  return plainConfig(raw, vouched) ?? (await import('./config.js')).validateConfig(raw, true);
}
