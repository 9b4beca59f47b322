// Adding a check = one file here plus one line below (the meta-test fails otherwise).
import { accountsSeen } from './accounts-seen.js';
import { callbackTime } from './callback-time.js';
import { clientSuccess } from './client-success.js';
import { creditArrived } from './credit-arrived.js';
import { displayUnit } from './display-unit.js';
import { duplicateOrders } from './duplicate-orders.js';
import { historyWindow } from './history-window.js';
import { keyInAccount } from './key-in-account.js';
import { orderInList } from './order-in-list.js';
import { orderStatus } from './order-status.js';
import { paidAmount } from './paid-amount.js';
import { redeemAccount } from './redeem-account.js';
import { redeemCredit } from './redeem-credit.js';
import { redeemOutcome } from './redeem-outcome.js';
import { redeemUsedNoCredit } from './redeem-used-no-credit.js';
import { redemptionEnabled } from './redemption-enabled.js';
import { sessionUser } from './session-user.js';
import { tradeNoUser } from './trade-no-user.js';
import type { Check } from './types.js';

export type { Check } from './types.js';

export const CHECKS = [
  sessionUser,
  tradeNoUser,
  accountsSeen,
  keyInAccount,
  orderInList,
  historyWindow,
  orderStatus,
  callbackTime,
  creditArrived,
  displayUnit,
  paidAmount,
  clientSuccess,
  duplicateOrders,
  redemptionEnabled,
  redeemOutcome,
  redeemAccount,
  redeemUsedNoCredit,
  redeemCredit,
] as const satisfies readonly Check[];

/** Every check's id: a problem listing an id no check has is a compile error. */
export type CheckId = (typeof CHECKS)[number]['id'];

export const CHECK_BY_ID: ReadonlyMap<CheckId, Check> = new Map(CHECKS.map((c) => [c.id, c]));
