// @topup-doctor/intake: the operator-run ticket intake and support inbox (Node only).

export * from './forward/index.js';
export * from './store/index.js';
