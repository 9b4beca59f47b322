// @topup-doctor/demo: start the demo console, payment simulator, intake and inbox from tests.

export { DEMO_ACCOUNTS, DEMO_CODES, demoCode } from './seed.js';
export { CSP, type Demo, type DemoOptions, startDemo } from './server.js';
