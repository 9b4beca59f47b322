// What every route module receives: the database, the clock and the demo's settings (no globals).
import type { RedeemMessages } from './config.js';
import type { Db } from './db.js';

export interface Deps {
  db: Db;
  /** Clock in milliseconds; injectable so tests can move time (delayed callbacks). */
  now: () => number;
  redeemMessages: RedeemMessages;
  /** Whether console pages carry the widget's script tag (false: a bare console for the proxy recipe's test). */
  embedWidget: boolean;
  /** The server's own origin (http://127.0.0.1:port), known once it listens. */
  origin: () => string;
}

export type AppEnv = { Variables: { userId: number } };

export const nowSec = (deps: Deps): number => Math.floor(deps.now() / 1000);
