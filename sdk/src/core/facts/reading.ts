// What a console adapter hands the core: one reading of the console, already masked. The adapters'
// ConsoleRead (sdk/src/consoles/types.ts) is this type; the core owns it so `toFacts` needs no adapter.
import type {
  Account,
  ConsoleInfo,
  LedgerEntry,
  MaskedKey,
  Order,
  RedeemAttempt,
  Session,
} from './schema.js';

export type ConsoleReadPart = 'account' | 'orders' | 'ledger' | 'keys' | 'status' | 'redeem';

/**
 * Why a part of the read is missing. 'console_error': the console answered with its own failure (new-api
 * success:false, sub2api code != 0, or a custom getter threw); 'not_observed': new-api generation C, the page
 * has not shown it yet; 'session_expired': sub2api's access token expired while its user is still stored
 * (docs/consoles.md); `http_<status>`: any other non-2xx answer.
 */
export type ConsoleReadErrorCode =
  | 'not_logged_in'
  | 'session_expired'
  | 'user_header_mismatch'
  | 'bad_shape'
  | 'network'
  | 'unsupported'
  | 'console_error'
  | 'not_observed'
  | `http_${number}`;

export interface ConsoleReadError {
  part: ConsoleReadPart;
  code: ConsoleReadErrorCode;
}

export interface ConsoleReading {
  console: ConsoleInfo;
  account?: Account;
  session?: Session;
  orders?: Order[];
  ledger?: LedgerEntry[];
  keys?: MaskedKey[];
  /** The console's own answers to redeem requests seen on this page, oldest first (masked codes only). */
  redeems?: RedeemAttempt[];
  errors: ConsoleReadError[];
}
