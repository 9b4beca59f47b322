// The exact formats of a ticket's structured values: what the widget produces (ids, keys, console ids,
// the masking engine's masks) and therefore the only shapes the intake stores. Free text (the note, a
// check's evidence, a page message, a username) has no format: it is scanned instead.
import { CODE_MASK, isLabel, KEY_MASK, TAIL_MASK } from '../mask/masks.js';
import type { TicketFieldName } from './fields.js';

/** Crockford base32 without I, L, O, U (what embed/ids.ts draws from). */
const B32 = '[0-9A-HJKMNP-TV-Z]';
/** A ticket id a user can read out to support: `TD-XXXX-XXXX-XXXX`. */
export const TICKET_ID = new RegExp(`^TD-${B32}{4}-${B32}{4}-${B32}{4}$`);
export const IDEMPOTENCY_PREFIX = 'topup-doctor:';
/** Console account / order ids: new-api, one-api and sub2api number them (model/user.go `Id int`);
 *  a custom console may use a UUID. Ten digits at most: an eleven-digit "id" is a phone number. */
export const CONSOLE_ID =
  /^(?:0|[1-9][0-9]{0,9}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;
export const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/;
/** scheme://host[:port], nothing else (cleanOrigin's output). */
export const ORIGIN =
  /^https?:\/\/(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*|\[[0-9A-Fa-f:.]{2,45}\])(?::\d{1,5})?$/;
export const RULES_VERSION = /^[A-Za-z0-9._-]{1,64}$/;
export const REASON = /^[a-z0-9_]{1,60}$/;
export const CHECK_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$/;
export const FINDING_KIND = /^[a-z][a-z0-9_]{0,39}$/;
/** A key's last characters as the user typed them (at most 4), or the engine's mask of a longer value. */
const KEY_TAIL = /^[A-Za-z0-9_-]{1,4}$/;
/** Payment method and status codes as consoles name them ('alipay', 'wxpay', 'pending', 'success'). */
const CODE_WORD = /^[\p{L}\p{N}_. -]{1,40}$/u;
const CURRENCY = /^[A-Za-z]{3}$/;
/** Support keeps the account email (it locates the account); any other address is a finding. */
export const EMAIL =
  /^[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;

export type FieldFormat =
  | { type: 'number' | 'boolean' }
  | { type: 'string'; shape: (v: string) => boolean; scan: boolean };

const shaped =
  (...shapes: RegExp[]) =>
  (v: string) =>
    shapes.some((s) => s.test(v));
const exact = (...shapes: RegExp[]): FieldFormat => ({
  type: 'string',
  shape: shaped(...shapes),
  scan: false,
});
const text = (...shapes: RegExp[]): FieldFormat => ({
  type: 'string',
  shape: shapes.length ? shaped(...shapes) : () => true,
  scan: true,
});

/**
 * Per field: its type, the exact shape it must have, and whether its text is scanned as well. Masks are
 * exact (nothing sits outside them); words (a status, a method, a username) are scanned.
 */
export const FIELD_FORMATS: Record<TicketFieldName, FieldFormat> = {
  accountId: exact(CONSOLE_ID),
  username: text(),
  accountEmail: exact(EMAIL),
  paymentMethod: text(CODE_WORD),
  orderTime: exact(ISO_TIME),
  amount: { type: 'number' },
  currency: exact(CURRENCY),
  orderStatus: text(CODE_WORD),
  pageMessage: text(),
  orderedAgain: { type: 'boolean' },
  orderRef: exact(CONSOLE_ID, TAIL_MASK),
  tradeNo: exact(TAIL_MASK),
  redeemCode: exact(CODE_MASK, TAIL_MASK),
  redeemTime: exact(ISO_TIME),
  balanceChangeAt: exact(ISO_TIME),
  keyLast4: exact(KEY_TAIL, TAIL_MASK, KEY_MASK),
  taskId: exact(TAIL_MASK),
  requestId: exact(TAIL_MASK),
  payAccount: { type: 'string', shape: isLabel, scan: false },
};
