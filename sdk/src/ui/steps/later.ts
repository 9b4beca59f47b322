// The steps after the first one: loaded with the second stage (when the user picks a problem), so the
// first open carries only the shell and the problem choice (size budget, sdk/scripts/size.mjs).

export { FLOW_WORDS } from '../i18n/flow.js';
export { Delivery } from './Delivery.js';
export { Known } from './Known.js';
export { Preview } from './Preview.js';
export { Result } from './Result.js';
export { Undelivered } from './Undelivered.js';
export { warmUps } from './warm.js';
