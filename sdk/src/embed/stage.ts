// The second stage as one dynamic import of the panel: the typed config, the services, the later steps and
// the user's catalog loader. esbuild splits by entry point and gives every set of entries that shares
// modules a chunk of its own: as four imports the stage came in ~15 files, and a page served over HTTP/1.1
// fetches six at a time from one origin, so each six more were one more round trip before the first read.
export { loadCatalog } from '../core/i18n/catalogs.js';
export { panelConfig } from './config-plain.js';
export { createServices, loadOutbox } from './services.js';

import type { Stage } from '../ui/App.js';
import { Delivery, FLOW_WORDS, Known, Preview, Result, Undelivered, warmUps } from '../ui/steps/later.js';

/**
 * The later steps as a plain object, not `export * as steps`: a module namespace object is built by
 * rolldown's runtime helper, which came as a file of its own on the way to a ticket (shared with the zod
 * chunks). Typed as the module, so an export added to later.ts and not here fails tsc.
 */
export const steps: Stage['steps'] = { Delivery, FLOW_WORDS, Known, Preview, Result, Undelivered, warmUps };
