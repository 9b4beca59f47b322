// Stripe client against a local fake answering Stripe's recorded JSON (fixtures/stripe-*.json); never the network.
import { afterEach, describe, expect, test } from 'vitest';
import { type Fake, fakeServer, fixture } from '../fakes.js';
import { stripeClient } from './stripe.js';

const KEY = 'sk_test_generatedFixtureKey0123456789';
const PI = 'pi_3QaBcD2eZvKYlo2C1x7YzAbc';
let fake: Fake | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});
const client = (url: string) => stripeClient({ baseUrl: url, secretKey: KEY });

describe('stripe client', () => {
  test('a succeeded PaymentIntent (charge expanded): paid, in major units, charge and card last 4 only', async () => {
    fake = await fakeServer([
      {
        path: `/v1/payment_intents/${PI}`,
        query: { 'expand[]': 'latest_charge' },
        headers: { authorization: `Bearer ${KEY}` },
        body: fixture('stripe-payment-intent-succeeded'),
      },
    ]);
    const out = await client(fake.url).queryOrder(PI);
    expect(out).toEqual({
      ok: true,
      value: {
        status: 'paid',
        known: true,
        rawStatus: 'succeeded',
        currency: 'USD',
        money: 10,
        paidAt: 1763624645_000,
        tradeNoLast4: 'h9Ij',
        buyerLast4: '4242',
      },
    });
    expect(JSON.stringify(out)).not.toContain('payer@example.com');
  });

  test('unpaid intent; an unpaid Checkout Session in a zero-decimal currency; an unknown id', async () => {
    fake = await fakeServer([
      {
        path: '/v1/payment_intents/pi_3QaBcD2eZvKYlo2C0unpaid01',
        body: fixture('stripe-payment-intent-unpaid'),
      },
      {
        path: '/v1/checkout/sessions/cs_test_a1B2c3D4e5F6g7H8i9J0generated',
        query: { 'expand[]': 'payment_intent.latest_charge' },
        body: fixture('stripe-checkout-session-unpaid'),
      },
      {
        path: '/v1/payment_intents/pi_missing000000000000000',
        status: 404,
        body: fixture('stripe-error-missing'),
      },
    ]);
    const c = client(fake.url);
    expect(await c.queryOrder('pi_3QaBcD2eZvKYlo2C0unpaid01')).toMatchObject({
      ok: true,
      value: { status: 'unpaid', rawStatus: 'requires_payment_method', money: 10 },
    });
    expect(await c.queryOrder('cs_test_a1B2c3D4e5F6g7H8i9J0generated')).toEqual({
      ok: true,
      value: { status: 'unpaid', known: true, rawStatus: 'unpaid', currency: 'JPY', money: 73000 },
    });
    expect(await c.queryOrder('pi_missing000000000000000')).toEqual({
      ok: true,
      value: { status: 'unpaid', known: false },
    });
  });

  test('a bad key is unauthorized; something that is not a Stripe id is refused without a request', async () => {
    fake = await fakeServer([
      { path: `/v1/payment_intents/${PI}`, status: 401, body: fixture('stripe-error-auth') },
    ]);
    expect(await client(fake.url).queryOrder(PI)).toMatchObject({ ok: false, state: 'unauthorized' });
    expect(await client(fake.url).queryOrder('USR1NOq7Hk2b1763624580')).toMatchObject({
      ok: false,
      state: 'not_supported',
    });
    expect(fake.seen).toHaveLength(1);
  });
});
