// One line per console folder (docs/architecture.md: adding a console = one folder + one registry line).
// registry.test.ts fails when a folder under consoles/ is missing here or has no test or fixtures.
import { newApiAdapter } from './new-api/adapter.js';
import { oneApiAdapter } from './one-api/adapter.js';
import { sub2apiAdapter } from './sub2api/adapter.js';
import type { ConsoleAdapter, ConsoleEnv } from './types.js';

/** Built-in presets, in detection order: the most specific storage signature first. */
export const adapters: readonly ConsoleAdapter[] = [
  sub2apiAdapter, // localStorage auth_token + auth_user
  newApiAdapter, // uid + user (B), user + new-api status keys (A), or the page observer (C)
  oneApiAdapter, // user without new-api signals
];

// Presets built from operator input (custom) are in factories.ts, not imported here: detection on auto
// then loads none of the custom preset's schemas (and no zod).

/**
 * Which console this page is: storage keys and path only, no network. Operator-provided adapters (a custom
 * preset, an override) are tried first. A detect() that throws counts as "not this console".
 */
export function detectConsole(
  env: ConsoleEnv,
  extra: readonly ConsoleAdapter[] = [],
): ConsoleAdapter | undefined {
  for (const adapter of [...extra, ...adapters]) {
    try {
      if (adapter.detect(env)) return adapter;
    } catch {
      // a broken detector must not hide the other consoles
    }
  }
  return undefined;
}
