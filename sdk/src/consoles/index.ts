// @topup-doctor/sdk/consoles: console presets (adapters) that read the facts a console already knows.

export {
  type CustomAccount,
  type CustomConsoleSource,
  type CustomKey,
  type CustomLedgerEntry,
  type CustomOrder,
  createCustomAdapter,
} from './custom/adapter.js';
export { factories } from './factories.js';
export { createNewApiAdapter, type NewApiAdapterOptions, newApiAdapter } from './new-api/adapter.js';
export { NEW_API_ORDER_STATUS } from './new-api/map.js';
export {
  createNewApiObserver,
  type NewApiObservation,
  type NewApiObserver,
  newApiObserver,
} from './new-api/page-responses.js';
export { oneApiAdapter } from './one-api/adapter.js';
export {
  isRedeemRequest,
  REDEEM_PATHS,
  type RedeemExchange,
  type RedeemReading,
  readRedeem,
  redeemAnswerOf,
} from './redeem-answer.js';
export { adapters, detectConsole } from './registry.js';
export { SUB2API_ORDER_STATUS, sub2apiAdapter } from './sub2api/adapter.js';
export type * from './types.js';
