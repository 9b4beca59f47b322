// @topup-doctor/sdk/core: the pure core. No DOM, no fetch, no clock or randomness (pass them in).
export * from './diagnosis/types.js';
export * from './facts/schema.js';
export * from './i18n/message.js';
export * from './mask/index.js';
export * from './rules/schema.js';
export * from './ticket/fields.js';
export * from './ticket/schema.js';
export * from './bridge/protocol.js';
