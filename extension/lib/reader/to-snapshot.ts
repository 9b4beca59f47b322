// ConsoleRead / observed facts -> the Snapshot the background receives. Everything leaving here is
// masked: the account label is a nickname or a masked email, orders keep only their console ref, the
// trade number's tail and the user id it encodes, keys only their last 4. The balance is the adapter's
// own reading (sdk consoles: `balanceOf` folds the console's display unit and exchange rate in).
import {
  type Account,
  DISPLAY_MAX,
  displayText,
  type MaskedKey,
  type Order,
  stripBidi,
} from '@topup-doctor/sdk/core';
import type { SnapAccount, SnapOrder } from '../snapshot.js';

/** Longest label kept, in user-perceived characters (graphemes), not UTF-16 units. */
export const LABEL_MAX = DISPLAY_MAX;

/**
 * A console string made safe to show in a line of our own: the core's display limit (cut to `max`
 * graphemes, never inside an emoji, a flag or a letter with its combining marks; bidi controls shown as
 * inert `[U+202E]` markers so a nickname cannot reorder the warning around it). A cut string ends with "…".
 */
export function shortText(value: string, max = LABEL_MAX): string {
  return displayText(value, max);
}

/** `alice@example.com` -> `a***@example.com` (public audience); other labels kept, shortened by grapheme. */
export function maskLabel(value: string | undefined): string | undefined {
  // The email and phone shapes are judged without controls; the label shown keeps them visible.
  if (value !== undefined && stripBidi(value).trim() === '') return undefined;
  const v = value?.trim();
  if (!v) return undefined;
  const plain = stripBidi(v);
  const email = /^([^\s@])[^\s@]*@([^\s@]+)$/u.exec(plain);
  if (email) return shortText(`${email[1]}***@${email[2]}`);
  // A label that is itself a long number (a phone used as a username) keeps only its last 4.
  if (/^\+?\d[\d\s-]{6,}$/.test(plain)) return `…${plain.replace(/\D/g, '').slice(-4)}`;
  return shortText(v);
}

export function snapAccount(account: Account | undefined): SnapAccount | undefined {
  if (!account?.id) return undefined;
  const label = maskLabel(account.displayName || account.username || account.email);
  return {
    id: account.id.slice(0, 64),
    ...(label ? { label } : {}),
    ...(account.balance ? { balance: account.balance } : {}),
  };
}

export function snapOrder(order: Order): SnapOrder {
  const out: SnapOrder = { status: order.status, createdAt: order.createdAt };
  if (order.ref) out.ref = order.ref.slice(0, 80);
  const tail = order.tradeNoTail ?? order.tradeNo?.slice(-4);
  if (tail) out.tradeNoTail = tail.slice(-4);
  if (order.tradeNoUserId) out.tradeNoUserId = order.tradeNoUserId;
  if (order.amount !== undefined) out.amount = order.amount;
  if (order.method) out.method = shortText(order.method);
  return out;
}

export function keysLast4(keys: MaskedKey[] | undefined): string[] | undefined {
  return keys?.map((k) => k.last4).filter((l) => l.length === 4);
}
