// The script-tag widget's stand-in for ui/i18n/flow.ts (swapped in by tsup.config.ts, as catalogs-lazy.ts
// stands in for the core's catalogs): the flow steps' words of the user's locale only, filled by
// catalogs-lazy.ts loadCatalog with the second stage. The other locale's words are never fetched.
import type { FlowCatalogs } from '../ui/i18n/index.js';

export const FLOW_WORDS = {} as FlowCatalogs;
