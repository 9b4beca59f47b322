import { describe, expect, it } from 'vitest';
import { signature, verifySignature } from './sign.js';

const secret = 'whsec_0123456789abcdef0123456789abcdef';
const body = '{"event":"ticket.created"}';
const ts = 1_795_000_000;
const KNOWN = 'a5bdfa4ae3b492908f174a3f581d068b7868394a30635f8fa054e39decc94325';

describe('webhook signature', () => {
  it('is HMAC-SHA256 over "timestamp.body", hex, with a version prefix', () => {
    // Known answer computed independently: printf '1795000000.{"event":"ticket.created"}' | openssl dgst -sha256 -hmac <secret>
    expect(signature(secret, ts, body)).toBe(`v1=${KNOWN}`);
  });

  it('verifies within the replay window and refuses outside it, a changed body or another secret', () => {
    const sig = signature(secret, ts, body);
    const base = { secrets: secret, body, timestamp: String(ts), signature: sig };
    expect(verifySignature({ ...base, nowMs: ts * 1000 + 299_000 })).toEqual({ ok: true, timestamp: ts });
    expect(verifySignature({ ...base, nowMs: ts * 1000 + 301_000 })).toEqual({
      ok: false,
      reason: 'outside_window',
    });
    expect(verifySignature({ ...base, nowMs: ts * 1000 - 301_000 })).toEqual({
      ok: false,
      reason: 'outside_window',
    });
    expect(verifySignature({ ...base, body: `${body} `, nowMs: ts * 1000 })).toEqual({
      ok: false,
      reason: 'bad_signature',
    });
    expect(verifySignature({ ...base, secrets: 'another', nowMs: ts * 1000 })).toEqual({
      ok: false,
      reason: 'bad_signature',
    });
    expect(verifySignature({ ...base, timestamp: '12e3', nowMs: ts * 1000 })).toEqual({
      ok: false,
      reason: 'bad_timestamp',
    });
    expect(verifySignature({ ...base, signature: null, nowMs: ts * 1000 })).toEqual({
      ok: false,
      reason: 'missing_headers',
    });
  });

  it('accepts the previous secret while rotating, and several signatures in one header', () => {
    const old = signature('old-secret', ts, body);
    expect(
      verifySignature({
        secrets: [secret, 'old-secret'],
        body,
        timestamp: String(ts),
        signature: old,
        nowMs: ts * 1000,
      }).ok,
    ).toBe(true);
    const both = `${signature('new-secret', ts, body)}, ${old}`;
    expect(
      verifySignature({
        secrets: 'old-secret',
        body,
        timestamp: String(ts),
        signature: both,
        nowMs: ts * 1000,
      }).ok,
    ).toBe(true);
  });
});
