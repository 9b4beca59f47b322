// Why a value was masked, in the user's words: grouped by the masking engine's finding kinds.
import type { CatalogKey } from './i18n/index.js';

const SECRET = ['api_key', 'jwt', 'bearer', 'secret', 'private_key', 'url_credential', 'high_entropy'];
const IDENTITY = ['bank_card', 'resident_id', 'hk_tw_id', 'passport', 'phone', 'email', 'pay_account'];
const REFERENCE = ['order_no', 'redeem_code', 'long_digits'];

export function whyMasked(kind: string): CatalogKey {
  if (SECRET.includes(kind)) return 'mask.why.secret';
  if (IDENTITY.includes(kind)) return 'mask.why.identity';
  if (REFERENCE.includes(kind)) return 'mask.why.reference';
  return 'mask.why.other';
}

export const kindKey = (kind: string): string => `mask.kind.${kind}`;
