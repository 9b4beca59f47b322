// topup-doctor-check.js: fetched by the script-tag loader when a widget is configured, before its
// launcher appears, so a mistake is reported when the page loads and not after the user opened the
// widget and picked a problem. The check is the config schema itself (zod/mini + the rules schema, the
// same chunk the panel uses later, so it is fetched once). It also delivers a masked ticket still waiting
// in this browser's outbox from an earlier visit.
import { validateConfig } from './config.js';
import { OUTBOX_PREFIX } from './constants.js';
import { followConsole } from './follow-console.js';

/** Logs the warnings and the one error (config.ts); true when the launcher may show. */
export function check(raw: Record<string, unknown>): boolean {
  const config = validateConfig(raw);
  // The launcher (started after this) and the panel read raw: they speak the console's language and theme.
  if (config) followConsole(raw, document.documentElement, storage());
  // The debug printer masks with the core's engine: loaded only when asked for.
  if (config?.debug) void import('./debug.js').then((m) => m.printConfig(raw, config));
  return !!config;
}

function storage(): Storage | null {
  try {
    return localStorage;
  } catch {
    return null;
  }
}

try {
  // One key per waiting ticket (transports/outbox.ts).
  if (Object.keys(localStorage).some((k) => k.startsWith(OUTBOX_PREFIX)))
    void import('./outbox-entry.js').then((m) => m.flushOutbox());
} catch {
  // storage blocked: nothing can be waiting
}
