// The redeem problem's own words, en: the same keys as zh-CN.redeem.ts (the type makes a missing key a
// compile error).
import type { zhCNRedeem } from './zh-CN.redeem.js';

export const enRedeem: Record<keyof typeof zhCNRedeem, string> = {
  'reason.switched_off': 'Redeem codes are switched off',
  'reason.invalid': 'Invalid code',
  'reason.used': 'Code already used',
  'reason.expired': 'Code expired',
  'reason.disabled': 'Code disabled',
  'reason.locked': 'Redeeming locked or rate-limited',
  'reason.redeemed': 'The code was redeemed into this account',
  'reason.delayed': 'Redeemed, but no ledger entry',

  'check.redemption-enabled.on': 'Redeem codes are open on this console.',
  'check.redemption-enabled.off': 'The operator switched redeem codes off; redeeming cannot succeed now.',
  'check.redeem-outcome.success': 'The console said the code was redeemed.',
  'check.redeem-outcome.invalid':
    'The console said the code is invalid. Codes are case-sensitive; mind spaces and look-alikes.',
  'check.redeem-outcome.used': 'The console said the code was already used.',
  'check.redeem-outcome.expired': 'The console said the code expired.',
  'check.redeem-outcome.disabled': 'The code was disabled.',
  'check.redeem-outcome.locked': 'The code is locked for now (another redeem attempt may be processing it).',
  'check.redeem-outcome.rate_limited': 'Too many redeem attempts; limited for now.',
  'check.redeem-outcome.switched_off': 'The console said redeeming is switched off.',
  'check.redeem-outcome.generic_failure':
    'The console shows one "redeem failed" message for every failure; the reason is only in its server logs.',
  'check.redeem-outcome.unknown': 'The redeem result could not be read.',
  'check.redeem-used-no-credit.found':
    'The ledger shows a redemption at {creditAt}: check whether it was this code.',
  'check.redeem-used-no-credit.none':
    'The code is used, but this account’s ledger has no redemption in {days} days: it may be in another account.',
  'check.redeem-used-no-credit.nolog': 'The ledger could not be read to see where the code went.',
  'check.redeem-used-no-credit.code':
    'This account’s redemption history has this code, redeemed at {creditAt}: it went into this account.',
  'check.redeem-used-no-credit.codeNone':
    'The code is used, but this account’s redemption history does not have it: it may be in another account.',
  'check.redeem-used-no-credit.near':
    'The code is used, but this account has no redemption around the time you gave ({redeemedAt}): it may be in another account.',
  'check.redeem-used-no-credit.notime':
    'The ledger has redemptions, but without the time you redeemed it none of them can be told to be this code.',
  'check.redeem-credit.found': 'The ledger shows a redemption at {creditAt}.',
  'check.redeem-credit.none': 'The ledger shows no redemption after the attempt.',
  'check.redeem-credit.nolog': 'The ledger could not be read.',
  'check.redeem-credit.notime':
    'Without the time you redeemed it, no redemption in the ledger can be told to be this code.',
  'step.checkRedeemAt': 'Open the balance ledger and look at the redemption at {creditAt}.',
  'step.usedHereAt':
    'This code was already redeemed into this account: the balance ledger has its credit at {creditAt}. Open the ledger to see it.',
  'step.askSeller': 'If it is still invalid, contact whoever issued the code.',
  'step.waitLock': 'Stop redeeming until the lock lifts; do not resubmit repeatedly.',
  'step.refreshBalance': 'Reload the page and look for this redemption in the ledger.',

  'avoid.fullCode': 'Do not post the full redeem code.',
  'avoid.retryRedeem': 'Do not retry redeeming again and again: repeated failures lock it.',
  'avoid.buyElsewhere': 'Do not buy another code elsewhere to work around it.',

  'field.redeemCode': 'Redeem code (masked)',
  'field.redeemTime': 'Redeem time',
  'step.checkCodeChars':
    'Check the code character by character: the letter “O” and the digit “0”, the letters “I” and “l” and the digit “1” are easy to confuse; remove spaces at either end and make sure the code is for this console.',
  'step.checkCodeCase':
    'Codes on this console are case-sensitive: enter it exactly as issued (copy and paste is safest).',
  'step.waitLockMinutes': 'Try again in about {minutes} minutes; do not resubmit meanwhile.',
  'step.lockBusy':
    'Another submission of this code is being processed: wait a moment, reload the ledger to see whether it arrived, then decide whether to retry.',
  'check.redeem-account.same': 'In this browser, the code was redeemed with the account logged in now.',
  'check.redeem-account.other':
    'In this browser, the code was redeemed at {redeemedAt} by account ID {redeemAccountId}; account ID {accountId} is logged in now.',
};
