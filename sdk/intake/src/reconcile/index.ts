// Reconciliation clients: read (and, where the console offers it, complete) orders, users, codes and
// ledgers in the gateway's own records, and ask the payment platform whether it saw the money. Every
// call answers an Outcome and never throws; credentials stay in the intake's process (docs/reconcile.md).

export {
  describeReconcile,
  parseReconcileSettings,
  ReconcileSettings,
  ReconcileSettingsError,
  type ReconcileSettingsInput,
  reconcileSettingsFromEnv,
} from './config.js';
export { type NewApiOptions, newApiClient } from './gateways/new-api.js';
export { type OneApiOptions, oneApiClient } from './gateways/one-api.js';
export { type Sub2apiOptions, sub2apiClient } from './gateways/sub2api.js';
export type { HttpOptions } from './http.js';
export type { Reconciliation } from './match.js';
export { type EpayOptions, epayClient } from './providers/epay.js';
export { type StripeOptions, stripeClient } from './providers/stripe.js';
export { lookupTicket, type ReconcileClients } from './service.js';
export { reconcileClients } from './setup.js';
export type * from './types.js';
