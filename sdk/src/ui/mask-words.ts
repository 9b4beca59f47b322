// Why a value was masked, in the user's words: grouped by the masking engine's finding kinds.
import type { CatalogKey, Words } from './i18n/index.js';

const SECRET = ['api_key', 'jwt', 'bearer', 'secret', 'private_key', 'url_credential', 'high_entropy'];
const IDENTITY = [
  'bank_card',
  'card_cvv',
  'card_expiry',
  'resident_id',
  'hk_tw_id',
  'passport',
  'phone',
  'email',
  'pay_account',
];
const REFERENCE = ['order_no', 'redeem_code', 'long_digits'];

export function whyMasked(kind: string): CatalogKey {
  if (SECRET.includes(kind)) return 'mask.why.secret';
  if (IDENTITY.includes(kind)) return 'mask.why.identity';
  if (REFERENCE.includes(kind)) return 'mask.why.reference';
  return 'mask.why.other';
}

/** "a bank card number": the catalog's words for a finding kind, or a generic one for a kind it lacks. */
export function kindWords(tr: Words, kind: string): string {
  const key = `mask.kind.${kind}` as CatalogKey;
  const text = tr(key);
  return text === key ? tr('mask.kind.other') : text;
}
