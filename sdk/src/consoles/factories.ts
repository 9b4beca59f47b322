// Presets built from operator input (the custom preset's functions), never guessed from the page; listed
// with the detected presets in registry.ts. Apart from it so the auto preset's detection does not load the
// custom preset's schemas and zod.
import { createCustomAdapter } from './custom/adapter.js';

export const factories = {
  custom: createCustomAdapter,
} as const;
