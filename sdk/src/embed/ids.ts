// Random ids from crypto.getRandomValues (crypto.randomUUID needs a secure context; consoles run on plain
// http inside some operators' networks).
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'; // Crockford base32: no I, L, O, U to misread on the phone

export function randomId(length: number, alphabet = ALPHABET): string {
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  let out = '';
  for (const b of bytes) out += alphabet[b % alphabet.length];
  return out;
}

/** A ticket id a user can read out to support: TD-XXXX-XXXX-XXXX. */
export function newTicketId(): string {
  const r = randomId(12);
  return `TD-${r.slice(0, 4)}-${r.slice(4, 8)}-${r.slice(8)}`;
}

/** Bridge nonce: matches core/bridge/protocol.ts `^[A-Za-z0-9_-]{16,64}$`. */
export function newNonce(): string {
  return randomId(32, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_');
}
