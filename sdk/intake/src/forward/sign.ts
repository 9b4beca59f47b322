// The generic webhook's signature (the format is documented in docs/webhook.md, with receivers' code):
//   X-TopupDoctor-Timestamp: unix seconds when this attempt was signed
//   X-TopupDoctor-Signature: v1=<hex HMAC-SHA256(secret, `${timestamp}.${raw body}`)>
// A receiver recomputes it over the raw body, compares in constant time and refuses timestamps outside its
// replay window (5 minutes by default). Retries are signed again with their own timestamp; the delivery id
// (X-TopupDoctor-Delivery) stays the same, so a receiver drops a repeat it already processed.
import { createHmac, timingSafeEqual } from 'node:crypto';

export const TIMESTAMP_HEADER = 'x-topupdoctor-timestamp';
export const SIGNATURE_HEADER = 'x-topupdoctor-signature';
export const DELIVERY_HEADER = 'x-topupdoctor-delivery';
export const EVENT_HEADER = 'x-topupdoctor-event';
export const DEFAULT_TOLERANCE_S = 300;

export function signature(secret: string, timestamp: number, body: string): string {
  return `v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

export type VerifyResult =
  | { ok: true; timestamp: number }
  | { ok: false; reason: 'missing_headers' | 'bad_timestamp' | 'outside_window' | 'bad_signature' };

/**
 * Checks a received webhook. `secrets` may hold the current and the previous secret while rotating; the
 * signature header may carry several `v1=` values (comma separated) for the same reason.
 */
export function verifySignature(opts: {
  secrets: string | string[];
  body: string;
  timestamp: string | null | undefined;
  signature: string | null | undefined;
  nowMs: number;
  toleranceS?: number;
}): VerifyResult {
  if (!opts.timestamp || !opts.signature) return { ok: false, reason: 'missing_headers' };
  if (!/^\d{1,12}$/.test(opts.timestamp)) return { ok: false, reason: 'bad_timestamp' };
  const ts = Number(opts.timestamp);
  if (Math.abs(opts.nowMs / 1000 - ts) > (opts.toleranceS ?? DEFAULT_TOLERANCE_S))
    return { ok: false, reason: 'outside_window' };
  const given = opts.signature
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.startsWith('v1='));
  for (const secret of Array.isArray(opts.secrets) ? opts.secrets : [opts.secrets]) {
    const want = Buffer.from(signature(secret, ts, opts.body));
    for (const g of given) {
      const got = Buffer.from(g);
      if (got.length === want.length && timingSafeEqual(got, want)) return { ok: true, timestamp: ts };
    }
  }
  return { ok: false, reason: 'bad_signature' };
}
