// The words of one locale the script-tag widget loads with its second stage, in one file: the core's
// catalog and the flow steps' words (catalogs-lazy.ts loads the user's locale only).
export { en as core } from '../core/i18n/en.js';
export { enFlow as flow } from '../ui/i18n/en.flow.js';
