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

export interface ConsoleReadError {
  part: ConsoleReadPart;
  /**
   * 'not_logged_in' | 'user_header_mismatch' | 'http_<status>' | 'bad_shape' | 'network' | 'unsupported'
   * | 'console_error' (the console answered with its own failure: new-api success:false, sub2api code != 0,
   *   or a custom getter threw) | 'not_observed' (new-api generation C: the page has not shown it yet).
   */
  code: string;
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
