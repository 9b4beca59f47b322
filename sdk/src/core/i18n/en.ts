// English catalog: the same keys as zh-CN (the type makes a missing key a compile error).
import type { zhCN } from './zh-CN.js';

export const en: Record<keyof typeof zhCN, string> = {
  'reason.other_account': 'Possibly a different account',
  'reason.credited': 'The credit is in the ledger',
  'reason.amount_mismatch': 'Paid amount differs from the order',
  'reason.pending': 'Waiting for the payment callback',
  'reason.callback_late': 'Past the configured callback time',
  'reason.order_closed': 'Order failed, cancelled or expired',
  'reason.not_found': 'Order not found in this account',
  'reason.old_order': 'Order older than the list keeps',
  'reason.unclear': 'Needs the operator’s records',
  'reason.charged': 'Your payment account was charged',
  'reason.not_charged': 'The payment did not complete',
  'reason.duplicate': 'Possible duplicate order or payment',
  'reason.refund_status': 'The order is in the refund process',
  'reason.refund': 'Refund or compensation request',
  'unit.topup': 'top-up units',

  'resolution.self': 'You can fix this yourself',
  'resolution.wait': 'Wait a little longer',
  'resolution.operator': 'The operator needs to look',

  'mark.ok': 'OK',
  'mark.warn': 'Note',
  'mark.fail': 'Problem',
  'mark.unknown': 'Unknown',

  'status.pending': 'pending',
  'status.paid': 'paid, not yet credited',
  'status.credited': 'credited',
  'status.failed': 'failed',
  'status.cancelled': 'cancelled',
  'status.expired': 'expired',
  'status.refund_requested': 'refund requested',
  'status.refunding': 'refunding',
  'status.refunded': 'refunded',
  'status.unknown': 'unknown',

  'check.session-user.ok':
    'The account this page remembers matches the one the server has logged in (account ID {accountId}).',
  'check.session-user.fail':
    'This page remembers account ID {storedId} but the server has account ID {accountId} logged in: the page may show the old account.',
  'check.session-user.header':
    'The console said the account this page saved does not match the account logged in on the server: this page holds another account.',
  'check.trade-no-user.ok':
    'The account ID in the order number matches the logged-in account (account ID {accountId}).',
  'check.trade-no-user.fail':
    'The order number carries account ID {tradeUserId}, but account ID {accountId} is logged in: the order belongs to another account.',
  'check.trade-no-user.unknown':
    'The order number carries account ID {tradeUserId}; the logged-in account is unknown.',
  'check.accounts-seen.other':
    'This browser saw {count} accounts recently; {activeLabel} (account ID {activeId}) was logged in at payment time, account ID {accountId} is now.',
  'check.accounts-seen.same':
    'This browser saw {count} accounts recently; this one was logged in at payment time.',
  'check.accounts-seen.several': 'This browser saw {count} accounts recently; which one paid is unclear.',
  'check.accounts-seen.single': 'This browser saw only this account recently.',
  'check.key-in-account.ok': 'The API key ending in {last4} belongs to this account.',
  'check.key-in-account.fail':
    'The API key ending in {last4} is not among this account’s {count} API keys: calls may spend another account’s balance.',
  'check.key-in-account.nolist': 'This account’s API key list could not be read to look for {last4}.',
  'check.order-in-list.found': 'The order is in this account’s order list ({statusKey}).',
  'check.order-in-list.missing':
    'The order is not among this account’s orders of the last {days} days: it may be another account’s. Not finding it proves nothing.',
  'check.order-in-list.nolist': 'This console has no order list; only the ledger can be checked.',
  'check.history-window.old':
    'The payment is older than the {days} days the order list keeps, so it is not listed.',
  'check.order-status': 'Order status: {statusKey}, created {createdAt}.',
  'check.callback-time.within':
    'Waited {waited} min; the operator’s configured callback time is {expected} min.',
  'check.callback-time.late':
    'Waited {waited} min, past the operator’s configured {expected} min: the payment callback may not have arrived.',
  'check.credit-arrived.found': 'The ledger shows a top-up at {creditAt}.',
  'check.credit-arrived.status': 'The console marks this order as credited.',
  'check.credit-arrived.none': 'The ledger shows no top-up after the order.',
  'check.credit-arrived.nolog': 'The ledger could not be read.',
  'check.display-unit.tokens': 'The balance shows quota: {raw} at {perUnit} per unit is {value}.',
  'check.display-unit.tokensOnly':
    'The balance shows quota: {raw} is an amount of quota, not money; top-ups turn into quota at the operator’s rate.',
  'check.display-unit.ratio':
    'The order adds {amount} units for {money} paid: the top-up unit is not the currency.',
  'check.display-unit.ok': 'The balance is {value} {unit}.',
  'check.paid-amount.ok': 'The amount you paid ({paidAmount}) matches the order.',
  'check.paid-amount.fail':
    'You paid {paidAmount} but the order is for {orderAmount}: a payment of another amount is not matched automatically.',
  'check.client-success.unconfirmed':
    'The page said success but the order is {statusKey}: a result page is not proof; the order and the ledger are.',
  'check.client-success.noorder':
    'The page said success but no matching order was found: a result page is not proof.',
  'check.duplicate-orders.found':
    '{count} orders of the same amount ({amount}) within {minutes} min (order numbers ending {tails}); {paidCount} of them show as paid.',
  'check.duplicate-orders.none': 'No orders of the same amount close in time.',
  'check.order-in-list.notPicked': 'None of this account’s {count} most recent orders is the one you paid.',

  'step.reload': 'Reload the console or log in again; make sure it shows the account you paid with.',
  'step.switchAccount': 'Switch to account {target} and look at its balance and orders.',
  'step.checkKey':
    'On the console’s API keys page (some consoles call them tokens), find which account owns the API key ending in {last4}: pay and call with the same account or group.',
  'step.otherAccounts': 'If you have other accounts, log in to them and look at their orders and ledger.',
  'step.wait': 'Wait {minutes} more minutes, then refresh the orders page.',
  'step.closedPage':
    'Closing the payment page does not cancel a payment: the order changes only when the payment channel notifies the console.',
  'step.noNewOrder': 'Do not place new orders while checking.',
  'step.compareTails':
    'Several orders share this amount: use the order number’s last digits on your receipt to find yours.',
  'step.checkLedger': 'Open the balance ledger and look at recent top-ups or redemptions.',
  'step.whichAccount':
    'Check which account you were logged in with when you paid: log in to it and look at its orders and balance.',
  'step.checkLedgerAt': 'Open the balance ledger and look at the top-up at {creditAt}.',
  'step.checkUnit': 'The balance unit or ratio may differ from the money paid; compare the ledger amount.',
  'step.noOrdersPage':
    'This console has no orders page: keep the amount, payment time, payment method and the last digits of the number on your payment receipt, and compare them with the balance ledger.',
  'step.openOrders': 'Open the orders page, read this order’s status and refresh once.',
  'step.checkPayAccount': 'Check your payment account’s bill for a charge (do not post the bill publicly).',
  'step.orderOnce': 'If nothing was charged, place one new order only.',
  'step.listOrders': 'List the orders involved: last digits of the order number, amount and time.',
  'step.refundEntry': 'Use the operator’s refund request entry: {label}.',
  'step.recordsDecide':
    'Refunds and compensation are decided from the operator’s records and support handling.',
  'step.keepEvidence':
    'Keep the order number’s last digits, the payment time, the amount and the payment method.',
  'step.keepCode': 'Keep the masked code and the time you redeemed it.',
  'step.contact': 'Contact the operator through this console’s support entry with the masked ticket below.',
  'step.supportHours': 'Operator support hours: {start}–{end} ({timeZone}).',
  'avoid.fullScreenshot': 'Do not post a full payment screenshot in public.',
  'avoid.payAccount': 'Do not share your payment account, bank card or ID number.',
  'avoid.moreOrders': 'Do not place more orders and mix them up while checking.',
  'avoid.screenshotProof':
    'Do not rely on a payment screenshot: it does not show which account should be credited.',
  'avoid.fullOrderNo': 'Do not post the full order number; the last digits are enough.',
  'avoid.fixedRefund': 'Do not go by refund rules quoted elsewhere.',
  'field.accountId': 'Account ID',
  'field.username': 'Nickname',
  'field.accountEmail': 'Account email',
  'field.paymentMethod': 'Payment method',
  'field.orderTime': 'Order time',
  'field.amount': 'Amount',
  'field.currency': 'Currency',
  'field.orderStatus': 'Order status',
  'field.pageMessage': 'Page message',
  'field.orderedAgain': 'Ordered again',
  'field.orderRef': 'Console order ref',
  'field.tradeNo': 'Order number (masked)',
  'field.balanceChangeAt': 'Balance change time',
  'field.keyLast4': 'Key ending',
  'field.taskId': 'Task ID',
  'field.requestId': 'Request ID',
  'field.payAccount': 'Payment account',

  'ticket.title': 'Top-up self-check ticket',
  'ticket.subject': '[Top-up check] {problemKey} · {id}',
  'ticket.id': 'Ticket',
  'ticket.problem': 'Problem',
  'ticket.reason': 'First finding',
  'ticket.resolution': 'Who acts',
  'ticket.console': 'Console',
  'ticket.checks': 'Self-check',
  'ticket.note': 'Note',
  'ticket.masked': '{count} values were masked automatically.',
  'ticket.rules': 'Rules version',
  'ticket.created': 'Created',
  'ticket.yes': 'yes',
  'ticket.no': 'no',
  'ticket.public': 'Masked: safe to paste in a group or forum.',

  'method.alipay': 'Alipay',
  'method.wxpay': 'WeChat Pay',
  'method.qqpay': 'QQ Wallet',
  'method.stripe': 'Stripe',
  'method.paypal': 'PayPal',
  'method.creem': 'Creem',
  'method.other': 'Other',
  'field.paidAt': 'Payment time (as the user gave it)',
  'field.paidAmount': 'Amount paid (as the user gave it)',
  'field.duplicateOrders': 'Same-amount orders close in time',
  'step.switchAccountId': 'Switch to account ID {targetId} and look at its balance and orders.',
  'step.redeemedBy':
    'In this browser the code was redeemed at {redeemedAt} by account ID {redeemAccountId}: switch to that account to see its balance.',
};
