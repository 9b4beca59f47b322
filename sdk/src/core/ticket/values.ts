// The raw value of each ticket field, read from the facts (before masking). Only fields a problem lists
// in `ticketFields` are ever read; payAccount, taskId and requestId are not collected from the console.
import type { Context } from '../diagnose/context.js';
import type { TicketFieldName } from './fields.js';

const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString());

function redeemCreditAt(ctx: Context): number | undefined {
  const at = ctx.facts.redeem?.at;
  if (at === undefined) return undefined;
  return ctx.facts.ledger?.find((e) => e.kind === 'redeem' && e.at >= at - 60_000)?.at;
}

export function fieldValue(name: TicketFieldName, ctx: Context): string | number | boolean | undefined {
  const { account, answers, redeem } = ctx.facts;
  const o = ctx.order;
  switch (name) {
    case 'accountId':
      return account?.id;
    case 'username':
      return account?.displayName ?? account?.username;
    case 'accountEmail':
      return account?.email;
    case 'paymentMethod':
      return o?.method ?? answers.method;
    case 'orderTime':
      return iso(o?.createdAt ?? answers.paidAt);
    case 'amount':
      return o?.money ?? answers.paidAmount ?? o?.amount;
    case 'currency':
      return o?.currency ?? answers.currency;
    case 'orderStatus':
      return o?.rawStatus;
    case 'pageMessage':
      return answers.pageMessage ?? redeem?.message;
    case 'orderedAgain':
      return answers.orderedAgain;
    case 'orderRef':
      return o?.ref;
    case 'tradeNo':
      return o?.tradeNo ?? o?.tradeNoTail ?? answers.tradeNoTail;
    case 'redeemCode':
      return redeem?.codeMasked;
    case 'redeemTime':
      return iso(redeem?.at);
    case 'balanceChangeAt':
      return iso(ctx.credit?.at ?? redeemCreditAt(ctx));
    case 'keyLast4':
      return answers.keyLast4;
    default:
      return undefined;
  }
}
