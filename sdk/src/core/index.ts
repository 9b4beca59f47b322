// @topup-doctor/sdk/core: the pure core. No DOM, no fetch, no clock or randomness (pass them in).

export * from './bridge/gate.js';
export * from './bridge/protocol.js';
export * from './checks/registry.js';
export * from './diagnose/index.js';
export * from './diagnose/types.js';
export * from './facts/reading.js';
export * from './facts/redeem.js';
export * from './facts/schema.js';
export * from './facts/to-facts.js';
export * from './facts/trade-no.js';
export * from './i18n/index.js';
export { type KeyedParams, type MessageKey, msg } from './i18n/message.js';
export * from './i18n/message-schema.js';
export * from './mask/index.js';
export * from './problems/registry.js';
export * from './rules/defaults.js';
export * from './rules/schema.js';
export * from './text/limit.js';
export * from './ticket/fields.js';
export * from './ticket/index.js';
export * from './ticket/schema.js';
