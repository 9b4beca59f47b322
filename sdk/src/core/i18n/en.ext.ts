// The companion extension's warnings, en: the same keys as zh-CN.ext.ts (the type makes a missing key a
// compile error).
import type { zhCNExt } from './zh-CN.ext.js';

export const enExt: Record<keyof typeof zhCNExt, string> = {
  'ext.warn.staleTab':
    'This tab remembers user {stored} but the server is logged in as {server}: reload the page or log in again before reading the balance and orders.',
  'ext.warn.otherAccountOrder':
    'Order {order} (created {minutes} min ago) was created in this browser by {creator} and is not complete; you are logged in as {current}. Switch to the account that created it to check the credit.',
  'ext.warn.otherAccountOrderJustNow':
    'Order {order} (created just now) was created in this browser by {creator} and is not complete; you are logged in as {current}. Switch to the account that created it to check the credit.',
  'ext.warn.otherAccountOrderPaid':
    'Order {order} is paid and was created in this browser by {creator}; you are logged in as {current}. Its credit goes to {creator}: switch accounts to check it.',
  'ext.warn.tradeNoUser':
    'The trade number of order {order} belongs to user {owner}, not to {current} who is logged in.',
  'ext.warn.severalAccounts':
    '{count} accounts were used on this site in recent days: {accounts}. Make sure you are looking at the account that paid.',
  'ext.warn.severalAccountsPayer':
    '{count} accounts were used on this site in recent days: {accounts}. The last order here was created while {payer} was logged in.',
  'ext.warn.willCreditPay':
    'Paying or redeeming on this page will credit {account}. Several accounts were used here recently: check this is the account to credit before paying or redeeming.',
  'ext.warn.willCreditRedeem':
    'This redemption will credit {account}. Several accounts were used here recently: check this is the account to credit before redeeming.',
  'ext.warn.keyNotInAccount':
    'The API key ending in {last4} is not in the API key list of {account} ({count} API keys). Check that the API key you call with belongs to the account holding the balance.',
};
