// The contract between the gateway / payment-provider clients (reconcile/gateways, reconcile/providers)
// and what uses them (matching, the inbox). Clients never throw: every answer is an Outcome, and a
// failure names its state so the inbox can say "gateway unreachable" instead of blocking.
// Full order numbers and codes stay server-side (never rendered); payer accounts and provider
// transaction ids leave a client as their last 4 only.

export type Outcome<T> =
  | { ok: true; value: T }
  | {
      ok: false;
      state: 'not_configured' | 'unreachable' | 'timeout' | 'unauthorized' | 'bad_answer' | 'not_supported';
      detail?: string;
    };

export interface GatewayOrder {
  tradeNo: string /* full, server-side only, never rendered */;
  userId: string;
  username?: string;
  amount: number /* as ordered, console units */;
  money?: number /* paid, currency units */;
  currency?: string;
  method?: string;
  /** The payment platform the order went through, as the gateway names it (new-api's payment_provider,
   *  else derived from the method): the platform query only asks the configured platform about its own. */
  provider?: string;
  status: 'pending' | 'success' | 'failed' | 'expired' | 'other';
  rawStatus: string;
  createdAt: number /* ms epoch */;
  /** When the gateway itself recorded the payment (sub2api's paid_at): paid, whatever the status says. */
  paidAt?: number;
  completedAt?: number;
  /** The gateway's own key of the balance credit this order made (sub2api's recharge_code): server-side only. */
  creditRef?: string;
}

/** Orders as a client found them; `truncatedAfter`: the client stopped after reading this many records
 *  (newest first) while more existed, so "not found" only covers those. */
export type OrderList = GatewayOrder[] & { truncatedAfter?: number };

export interface GatewayUser {
  id: string;
  username: string;
  displayName?: string;
  email?: string /* support only */;
}

export interface GatewayCode {
  code: string /* full, server-side only */;
  status: 'unused' | 'used' | 'disabled' | 'expired' | 'other';
  rawStatus: string;
  /** The gateway's own number: raw quota on new-api / one-api, a balance in USD on sub2api. */
  quota?: number;
  /** What the code credits in US dollars: sub2api's value; new-api / one-api's quota / QuotaPerUnit when the
   *  client was given the console's QuotaPerUnit (unset otherwise: support then reads the raw quota). */
  usd?: number;
  usedByUserId?: string;
  usedAt?: number;
  createdAt?: number;
  expiresAt?: number;
}

export interface LedgerEntry {
  userId: string;
  at: number;
  amount: number;
  kind: 'topup' | 'redeem' | 'other';
  text: string;
  /** A credit that may be an order's though the client could not tell (sub2api: a `balance` code row when
   *  the order did not name its recharge code). */
  mayBeOrder?: boolean;
}

export interface GatewayClient {
  readonly console: 'new-api' | 'one-api' | 'sub2api';
  /** completeOrder only works on an order the gateway itself recorded as paid (GatewayOrder.paidAt):
   *  sub2api's retry refuses an unpaid order; an unpaid one can only be verified. */
  readonly completeNeedsPaid?: boolean;
  // Every call takes an optional AbortSignal: the service's time limit cancels the requests themselves.
  findOrders(
    q: { keyword?: string; userId?: string; from?: number; to?: number },
    signal?: AbortSignal,
  ): Promise<Outcome<OrderList>>;
  getUser(id: string, signal?: AbortSignal): Promise<Outcome<GatewayUser>>;
  findCodes(q: { keyword: string }, signal?: AbortSignal): Promise<Outcome<GatewayCode[]>>;
  /** refs: the orders' creditRef keys; a client that can tell marks those credits as `topup`. */
  ledger(
    q: { userId: string; from: number; to: number; refs?: string[] },
    signal?: AbortSignal,
  ): Promise<Outcome<LedgerEntry[]>>;
  completeOrder?(tradeNo: string, signal?: AbortSignal): Promise<Outcome<{ message: string }>>;
  verifyOrder?(tradeNo: string, signal?: AbortSignal): Promise<Outcome<GatewayOrder>>;
}

export interface ProviderPayment {
  status: 'unpaid' | 'paid' | 'refunded' | 'other';
  money?: number;
  currency?: string;
  paidAt?: number;
  tradeNoLast4?: string;
  buyerLast4?: string /* never the full payer account */;
  /** false: the provider has no record of this order (the user never reached its cashier); reported as 'unpaid'. */
  known?: boolean;
  /** The provider's own status word (Stripe's `status`, epay's numeric status), for support's detail line. */
  rawStatus?: string;
}

export interface ProviderClient {
  readonly provider: 'epay' | 'stripe';
  queryOrder(ref: string, signal?: AbortSignal): Promise<Outcome<ProviderPayment>>;
}
