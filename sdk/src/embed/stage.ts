// The second stage as one dynamic import of the panel: the typed config, the services, the later steps and
// the user's catalog loader. esbuild splits by entry point and gives every set of entries that shares
// modules a chunk of its own: as four imports the stage came in ~15 files, and a page served over HTTP/1.1
// fetches six at a time from one origin, so each six more were one more round trip before the first read.
export { loadCatalog } from '../core/i18n/catalogs.js';
export * as steps from '../ui/steps/later.js';
export { panelConfig } from './config-plain.js';
export { createServices, loadOutbox } from './services.js';
