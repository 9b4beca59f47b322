// Epay ("易支付") protocol as new-api uses it through Calcium-Ion/go-epay: the merchant posts a form to
// {PayAddress}/submit.php and receives a server-to-server notify (GET) with the same MD5 signature:
// md5(sorted non-empty params except sign/sign_type, joined k=v&..., + merchant key).
import { createHash } from 'node:crypto';
import type { Context } from 'hono';

export type EpayParams = Record<string, string>;

export function epaySign(params: EpayParams, key: string): string {
  const text = Object.keys(params)
    .filter((k) => k !== 'sign' && k !== 'sign_type' && params[k] !== '' && params[k] !== undefined)
    .sort()
    .map((k) => `${k}=${params[k]}`)
    .join('&');
  return createHash('md5')
    .update(text + key)
    .digest('hex');
}

export function epayVerify(params: EpayParams, key: string): boolean {
  return typeof params.sign === 'string' && params.sign === epaySign(params, key);
}

export function signed(params: EpayParams, key: string): EpayParams {
  return { ...params, sign: epaySign(params, key), sign_type: 'MD5' };
}

/** The epay parameters of a request: a posted form (submit.php, notify by POST) or the query (notify by
 *  GET, as go-epay sends it). Only string values count: a file part is never a parameter. */
export async function epayParams(c: Context): Promise<EpayParams> {
  if (c.req.method !== 'POST') return c.req.query();
  return Object.fromEntries(
    Object.entries(await c.req.parseBody()).filter(([, v]) => typeof v === 'string'),
  ) as EpayParams;
}
