// ConsoleRead / observed facts -> the Snapshot the background receives. Everything leaving here is
// masked: the account label is a nickname or a masked email, orders keep only their console ref, the
// trade number's tail and the user id it encodes, keys only their last 4.
import type { Account, Balance, MaskedKey, Order } from '@topup-doctor/sdk/core';
import type { SnapAccount, SnapOrder } from '../snapshot.js';

/** `alice@example.com` -> `a***@example.com` (DOMAIN.md section 3, public audience); other labels kept, cut to 40. */
export function maskLabel(value: string | undefined): string | undefined {
  const v = value?.trim();
  if (!v) return undefined;
  const email = /^([^\s@]{1})[^\s@]*@([^\s@]+)$/.exec(v);
  if (email) return `${email[1]}***@${email[2]}`;
  // A label that is itself a long number (a phone used as a username) keeps only its last 4.
  if (/^\+?\d[\d\s-]{6,}$/.test(v)) return `…${v.replace(/\D/g, '').slice(-4)}`;
  return v.slice(0, 40);
}

export function formatBalance(balance: Balance | undefined): string | undefined {
  if (!balance) return undefined;
  const value = balance.raw / balance.quotaPerUnit;
  const sign = balance.displayUnit === 'USD' ? '$' : balance.displayUnit === 'CNY' ? '¥' : '';
  return balance.displayUnit === 'TOKENS' ? `${balance.raw} tokens` : `${sign}${value.toFixed(2)}`;
}

export function snapAccount(account: Account | undefined): SnapAccount | undefined {
  if (!account?.id) return undefined;
  const label = maskLabel(account.displayName || account.username || account.email);
  const balance = formatBalance(account.balance);
  return { id: account.id.slice(0, 64), ...(label ? { label } : {}), ...(balance ? { balance } : {}) };
}

export function snapOrder(order: Order): SnapOrder {
  const out: SnapOrder = { status: order.status, createdAt: order.createdAt };
  if (order.ref) out.ref = order.ref.slice(0, 80);
  const tail = order.tradeNoTail ?? order.tradeNo?.slice(-4);
  if (tail) out.tradeNoTail = tail.slice(-4);
  if (order.tradeNoUserId) out.tradeNoUserId = order.tradeNoUserId;
  if (order.amount !== undefined) out.amount = order.amount;
  if (order.method) out.method = order.method.slice(0, 40);
  return out;
}

export function keysLast4(keys: MaskedKey[] | undefined): string[] | undefined {
  return keys?.map((k) => k.last4).filter((l) => l.length === 4);
}
