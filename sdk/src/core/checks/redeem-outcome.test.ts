import { describe, expect, it } from 'vitest';
import { ctx, facts } from '../diagnose/fixtures.js';
import type { RedeemOutcome } from '../facts/schema.js';
import { redeemOutcome } from './redeem-outcome.js';

describe('redeem-outcome', () => {
  it('no attempt', () => expect(redeemOutcome.run(ctx(facts()))).toBeNull());

  it.each<[RedeemOutcome, string]>([
    ['success', 'ok'],
    ['invalid', 'fail'],
    ['used', 'fail'],
    ['expired', 'fail'],
    ['disabled', 'fail'],
    ['locked', 'fail'],
    ['rate_limited', 'fail'],
    ['switched_off', 'fail'],
    ['generic_failure', 'unknown'],
    ['unknown', 'unknown'],
  ])('%s -> %s', (outcome, status) => {
    const r = redeemOutcome.run(ctx(facts({ redeem: { outcome } })));
    expect(r).toEqual({ id: 'redeem-outcome', status, evidence: { key: `check.redeem-outcome.${outcome}` } });
  });
});
