// @topup-doctor/sdk/ui: the widget's words, for what shows or checks its copy outside the panel (the inbox,
// the help pages, the browser tests). The panel itself is loaded by the embed entry, not from here.

export type { CatalogKey, Words } from './i18n/index.js';
export { tr } from './i18n/tr.js';
