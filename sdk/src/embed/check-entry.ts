// topup-doctor-check.js: fetched by the script-tag loader when a widget is configured, before its
// launcher appears, so a mistake is reported when the page loads and not after the user opened the
// widget and picked a problem. The check is the config schema itself (zod/mini + the rules schema, the
// same chunk the panel uses later, so it is fetched once). It also delivers a masked ticket still waiting
// in this browser's outbox from an earlier visit.
import { validateConfig } from './config.js';
import { OUTBOX_PREFIX } from './constants.js';
import { followConsole } from './follow-console.js';
import { watchRedeems } from './redeem-watch.js';

/** A deep link opens one widget: the first that passes the check. */
let deepLink = /[#&]topup-doctor=/.test(location.hash);

/**
 * Logs the warnings and the one error (config.ts). 0: invalid (the widget removes itself); 1: the launcher
 * may show; 2: show it and open the panel now, for a help page's link `#topup-doctor=<problem>` (the panel
 * reads the problem from the hash; the loader only acts on the number, for bytes).
 */
export function check(raw: Record<string, unknown>): 0 | 1 | 2 {
  const config = validateConfig(raw);
  // The launcher (started after this) and the panel read raw: they speak the console's language and theme.
  if (config) followConsole(raw, document.documentElement, storage());
  // The page's own redeem answers are recorded from now on (redeem-watch.ts), for the redeem checks.
  if (config) watchRedeems();
  // The debug printer masks with the core's engine: loaded only when asked for.
  if (config?.debug) void import('./debug.js').then((m) => m.printConfig(raw, config));
  if (!config) return 0;
  if (!deepLink) return 1;
  deepLink = false;
  return 2;
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
