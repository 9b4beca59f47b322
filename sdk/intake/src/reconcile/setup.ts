// The clients the operator's settings ask for (./config.ts): the gateway's admin client and, optionally,
// the payment platform's query client, each with the settings' time limit. Credentials go into the
// clients and nowhere else.
import type { ReconcileSettings } from './config.js';
import { newApiClient } from './gateways/new-api.js';
import { oneApiClient } from './gateways/one-api.js';
import { sub2apiClient } from './gateways/sub2api.js';
import { epayClient } from './providers/epay.js';
import { stripeClient } from './providers/stripe.js';
import type { ReconcileClients } from './service.js';
import type { GatewayClient, ProviderClient } from './types.js';

export function gatewayClientFor(
  s: NonNullable<ReconcileSettings['gateway']>,
  timeoutMs: number,
): GatewayClient {
  switch (s.kind) {
    case 'new-api':
      return newApiClient({
        baseUrl: s.baseUrl,
        accessToken: s.accessToken,
        adminUserId: s.adminUserId,
        timeoutMs,
        ...(s.quotaPerUnit ? { quotaPerUnit: s.quotaPerUnit } : {}),
      });
    case 'one-api':
      return oneApiClient({
        baseUrl: s.baseUrl,
        accessToken: s.token,
        timeoutMs,
        ...(s.quotaPerUnit ? { quotaPerUnit: s.quotaPerUnit } : {}),
      });
    case 'sub2api':
      return sub2apiClient({ baseUrl: s.baseUrl, adminApiKey: s.apiKey, timeoutMs });
  }
}

export function providerClientFor(
  s: NonNullable<ReconcileSettings['provider']>,
  timeoutMs: number,
): ProviderClient {
  switch (s.kind) {
    case 'epay':
      return epayClient({ baseUrl: s.baseUrl, pid: s.pid, key: s.key, timeoutMs });
    case 'stripe':
      return stripeClient({ secretKey: s.secretKey, timeoutMs });
  }
}

/** The intake's `reconcile` option from the settings (nothing when no gateway is configured). */
export function reconcileClients(s: ReconcileSettings): Partial<ReconcileClients> {
  if (!s.gateway) return { timeoutMs: s.timeoutMs };
  return {
    timeoutMs: s.timeoutMs,
    gateway: gatewayClientFor(s.gateway, s.timeoutMs),
    ...(s.provider ? { provider: providerClientFor(s.provider, s.timeoutMs) } : {}),
  };
}
