// Stripe: "did this payment go through?" by the id the console stored.
// - `GET /v1/payment_intents/{pi_…}?expand[]=latest_charge` (API reference "Retrieve a PaymentIntent"):
//   `{id, object: "payment_intent", amount, amount_received, currency, status, created, latest_charge}`;
//   status `succeeded` is paid, `requires_payment_method | requires_confirmation | requires_action |
//   canceled` unpaid, `processing | requires_capture` neither yet. The expanded charge carries `refunded`,
//   `amount_refunded`, `created` and `payment_method_details.card.last4`.
// - `GET /v1/checkout/sessions/{cs_…}?expand[]=payment_intent.latest_charge` ("Retrieve a Checkout
//   Session"): `{id, object: "checkout.session", payment_status: paid | unpaid | no_payment_required,
//   status: open | complete | expired, amount_total, currency, created, payment_intent}` (new-api's Stripe
//   top-up stores the session's client_reference_id as its trade number and the session id in its webhook).
// Amounts are in the currency's minor unit (cents) except the zero-decimal currencies. Auth is the secret
// key as `Authorization: Bearer sk_…` (a restricted key with read access to PaymentIntents and Checkout
// Sessions is enough); errors are `{error: {type, code, message}}` with 401 for a bad key and 404
// `resource_missing` for an unknown id. Only the last 4 of the charge id and of the card leave this file.
import * as z from 'zod';
import { fail, type HttpOptions, isFailure, last4, ok, parse, request, urlOf } from '../http.js';
import type { Outcome, ProviderClient, ProviderPayment } from '../types.js';

export interface StripeOptions extends Omit<HttpOptions, 'baseUrl'> {
  /** A secret or restricted key (sk_… / rk_…). Stays in the intake's environment. */
  secretKey: string;
  /** https://api.stripe.com unless testing against a local fake. */
  baseUrl?: string;
}

// https://docs.stripe.com/currencies#zero-decimal
const ZERO_DECIMAL = new Set('bif clp djf gnf jpy kmf krw mga pyg rwf ugx vnd vuv xaf xof xpf'.split(' '));

const Charge = z.object({
  id: z.string(),
  created: z.number(),
  refunded: z.boolean().optional(),
  amount_refunded: z.number().optional(),
  payment_method_details: z.object({ card: z.object({ last4: z.string().nullish() }).nullish() }).nullish(),
});

const Intent = z.object({
  id: z.string(),
  object: z.literal('payment_intent'),
  amount: z.number(),
  amount_received: z.number().optional(),
  currency: z.string(),
  status: z.string(),
  created: z.number(),
  latest_charge: z.union([z.string(), Charge]).nullish(),
});

const Session = z.object({
  id: z.string(),
  object: z.literal('checkout.session'),
  payment_status: z.string(),
  status: z.string().nullish(),
  amount_total: z.number().nullish(),
  currency: z.string().nullish(),
  created: z.number(),
  payment_intent: z.union([z.string(), Intent]).nullish(),
});

const ErrorBody = z.object({ error: z.object({ code: z.string().optional(), type: z.string().optional() }) });

const UNPAID = new Set(['requires_payment_method', 'requires_confirmation', 'requires_action', 'canceled']);

const money = (minor: number, currency: string) =>
  ZERO_DECIMAL.has(currency.toLowerCase()) ? minor : minor / 100;

function fromIntent(pi: z.output<typeof Intent>): ProviderPayment {
  const charge = typeof pi.latest_charge === 'object' && pi.latest_charge ? pi.latest_charge : undefined;
  const status: ProviderPayment['status'] =
    pi.status === 'succeeded'
      ? charge?.refunded
        ? 'refunded'
        : 'paid'
      : UNPAID.has(pi.status)
        ? 'unpaid'
        : 'other';
  const currency = pi.currency.toUpperCase();
  const chargeId = charge?.id ?? (typeof pi.latest_charge === 'string' ? pi.latest_charge : undefined);
  const card = last4(charge?.payment_method_details?.card?.last4 ?? undefined);
  return {
    status,
    known: true,
    rawStatus: pi.status,
    currency,
    ...(status === 'paid' || status === 'refunded'
      ? {
          money: money(pi.amount_received ?? pi.amount, currency),
          paidAt: (charge?.created ?? pi.created) * 1000,
        }
      : { money: money(pi.amount, currency) }),
    ...(chargeId ? { tradeNoLast4: last4(chargeId) } : {}),
    ...(card ? { buyerLast4: card } : {}),
  };
}

export function stripeClient(opts: StripeOptions): ProviderClient {
  const http: HttpOptions = { ...opts, baseUrl: opts.baseUrl ?? 'https://api.stripe.com' };
  const headers = { Authorization: `Bearer ${opts.secretKey}` };
  return {
    provider: 'stripe',
    async queryOrder(ref, signal): Promise<Outcome<ProviderPayment>> {
      const id = ref.trim();
      const isSession = id.startsWith('cs_');
      // new-api keeps some Stripe orders under its own `ref_…` number (controller/topup_stripe.go): Stripe
      // cannot be asked about those, which is not an unreadable answer.
      if (!isSession && !id.startsWith('pi_'))
        return fail('not_supported', 'not a PaymentIntent or Checkout Session id');
      const url = isSession
        ? urlOf(http.baseUrl, `/v1/checkout/sessions/${encodeURIComponent(id)}`, {
            'expand[]': 'payment_intent.latest_charge',
          })
        : urlOf(http.baseUrl, `/v1/payment_intents/${encodeURIComponent(id)}`, {
            'expand[]': 'latest_charge',
          });
      const a = await request(http, url, { headers, pass: [404], signal });
      if (isFailure(a)) return a;
      if (a.status === 404) {
        const e = ErrorBody.safeParse(a.json);
        if (e.success && e.data.error.code === 'resource_missing')
          return ok({ status: 'unpaid', known: false });
        return fail('bad_answer', 'HTTP 404');
      }
      if (!isSession) {
        const pi = parse(Intent, a.json);
        return pi.ok ? ok(fromIntent(pi.value)) : pi;
      }
      const s = parse(Session, a.json);
      if (!s.ok) return s;
      const cs = s.value;
      const currency = (cs.currency ?? '').toUpperCase();
      if (typeof cs.payment_intent === 'object' && cs.payment_intent)
        return ok(fromIntent(cs.payment_intent));
      const status: ProviderPayment['status'] =
        cs.payment_status === 'paid' ? 'paid' : cs.payment_status === 'unpaid' ? 'unpaid' : 'other';
      return ok({
        status,
        known: true,
        rawStatus: cs.payment_status,
        ...(currency ? { currency } : {}),
        ...(cs.amount_total != null && currency ? { money: money(cs.amount_total, currency) } : {}),
      });
    },
  };
}
