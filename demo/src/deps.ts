// What every route module receives: the database, the clock and the demo's settings (no globals).
import type { DemoClock } from './clock.js';
import type { RedeemMessages } from './config.js';
import type { Db } from './db.js';

/** Console settings a scenario or the environment may change while the demo runs. */
export interface DemoSettings {
  /** 'detailed': the redeem errors of the builds before the generic one; 'generic': "兑换失败，请稍后重试". */
  redeemMessages: RedeemMessages;
  /** /api/status `display_in_currency`: false shows balances as raw quota (tokens), a real source of
   *  "the credit looks wrong". */
  displayInCurrency: boolean;
  /** The operator's widget rule `redemptionEnabled` (false: redeem codes switched off on this console). */
  redemptionEnabled: boolean;
}

export const defaultSettings = (redeemMessages: RedeemMessages = 'detailed'): DemoSettings => ({
  redeemMessages,
  displayInCurrency: true,
  redemptionEnabled: true,
});

export interface Deps {
  db: Db;
  /** The demo's clock in milliseconds (./clock.ts): tests and the demo tools page move it. */
  now: () => number;
  /** Whether console pages carry the widget's script tag (false: a bare console for the proxy recipe's test). */
  embedWidget: boolean;
  clock: DemoClock;
  settings: DemoSettings;
  /** The server's own origin (http://127.0.0.1:port), known once it listens. */
  origin: () => string;
  /** The sub2api-shaped console's origin (its own port), known once it listens. */
  sub2apiOrigin: () => string;
}

export type AppEnv = { Variables: { userId: number } };

export const nowSec = (deps: Deps): number => Math.floor(deps.now() / 1000);
