// The exact formats of a ticket's structured values: what the widget produces (ids, keys, console ids,
// the masking engine's masks) and therefore the only shapes the intake stores. Free text (the note, a
// check's evidence, a page message, a username) has no format: it is scanned instead.
import { CODE_MASK, isLabel, KEY_MASK, TAIL_MASK } from '../mask/masks.js';
import type { TicketFieldName } from './fields.js';

/** Version 2 adds each check's message key and masked params beside its words; version 1 is still accepted
 *  (schema.ts). Here, zod-free, for buildTicket. */
export const TICKET_SCHEMA_VERSION = 2;
/** A ticket id a user can read out to support: `TD-XXXX-XXXX-XXXX`, Crockford base32 without I, L, O, U
 *  (what embed/ids.ts draws from). */
export const TICKET_ID = /^TD-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;
export const IDEMPOTENCY_PREFIX = 'topup-doctor:';
/** Console account / order ids: new-api, one-api and sub2api number them (model/user.go `Id int`);
 *  a custom console may use a UUID. Ten digits at most: an eleven-digit "id" is a phone number. */
export const CONSOLE_ID =
  /^(?:0|[1-9][0-9]{0,9}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/;
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
/** A method or a status in the ticket's words ('微信支付', '已支付，待入账', 'Paid, not credited yet'). */
const WORDS = /^[\p{L}\p{N}_.,，、 -]{1,40}$/u;
/** Duplicate candidates: their masked order numbers, comma-separated (`…1832, …9F3K`). */
const TAIL_LIST = /^…[A-Za-z0-9]{0,4}(?:, …[A-Za-z0-9]{0,4}){0,19}$/;
/** Support keeps the account email (it locates the account); any other address is a finding. */
export const EMAIL =
  /^[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;

export interface FieldFormat {
  type: 'string' | 'number' | 'boolean';
  /** Strings: the value must match one of these exactly (`label`: one of the label masks). */
  shapes?: RegExp[] | 'label';
  /** Strings: the text is also scanned by the masking engine (words: a status, a username). */
  scan?: true;
}

// Plain data (no calls at module level), so a bundle that does not use it drops it.
/**
 * Per field: its type, the exact shape it must have, and whether its text is scanned as well. Masks are
 * exact (nothing sits outside them); words (a status, a method, a username) are scanned.
 */
export const FIELD_FORMATS: Record<TicketFieldName, FieldFormat> = {
  accountId: { type: 'string', shapes: [CONSOLE_ID] },
  username: { type: 'string', scan: true },
  accountEmail: { type: 'string', shapes: [EMAIL] },
  paymentMethod: { type: 'string', shapes: [CODE_WORD, WORDS], scan: true },
  orderTime: { type: 'string', shapes: [ISO_TIME] },
  amount: { type: 'number' },
  currency: { type: 'string', shapes: [CURRENCY] },
  orderStatus: { type: 'string', shapes: [CODE_WORD, WORDS], scan: true },
  paidAt: { type: 'string', shapes: [ISO_TIME] },
  paidAmount: { type: 'number' },
  duplicateOrders: { type: 'string', shapes: [TAIL_LIST] },
  pageMessage: { type: 'string', scan: true },
  orderedAgain: { type: 'boolean' },
  orderRef: { type: 'string', shapes: [CONSOLE_ID, TAIL_MASK] },
  tradeNo: { type: 'string', shapes: [TAIL_MASK] },
  redeemCode: { type: 'string', shapes: [CODE_MASK, TAIL_MASK] },
  redeemTime: { type: 'string', shapes: [ISO_TIME] },
  balanceChangeAt: { type: 'string', shapes: [ISO_TIME] },
  keyLast4: { type: 'string', shapes: [KEY_TAIL, TAIL_MASK, KEY_MASK] },
  taskId: { type: 'string', shapes: [TAIL_MASK] },
  requestId: { type: 'string', shapes: [TAIL_MASK] },
  payAccount: { type: 'string', shapes: 'label' },
};

/** Does a string value have its field's exact shape? */
export function hasShape(format: FieldFormat, v: string): boolean {
  const { shapes } = format;
  if (shapes === undefined) return true;
  if (shapes === 'label') return isLabel(v);
  return shapes.some((s) => s.test(v));
}
