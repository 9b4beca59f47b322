// ConsoleRead / observed facts -> the Snapshot the background receives. Everything leaving here is
// masked: the account label is a nickname or a masked email, orders keep only their console ref, the
// trade number's tail and the user id it encodes, keys only their last 4. The balance is the adapter's
// own reading (sdk consoles: `balanceOf` folds the console's display unit and exchange rate in).
import type { Account, MaskedKey, Order } from '@topup-doctor/sdk/core';
import type { SnapAccount, SnapOrder } from '../snapshot.js';

/** Longest label kept, in user-perceived characters (graphemes), not UTF-16 units. */
export const LABEL_MAX = 40;

/** Bidi embedding/override/isolate controls and marks: a nickname must not reorder the text around it. */
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

let segmenter: Intl.Segmenter | undefined;

/**
 * A console string made safe to show in a line of our own: bidi controls removed, cut to `max`
 * graphemes so an emoji, a flag or a letter with combining marks is never split (a UTF-16 cut leaves a
 * lone surrogate, shown as "�"). A cut string ends with "…".
 */
export function shortText(value: string, max = LABEL_MAX): string {
  const v = value.replace(BIDI, '');
  if (v.length <= max) return v;
  segmenter ??= typeof Intl.Segmenter === 'function' ? new Intl.Segmenter() : undefined;
  const parts = segmenter ? Array.from(segmenter.segment(v), (s) => s.segment) : Array.from(v);
  return parts.length <= max ? v : `${parts.slice(0, max - 1).join('')}…`;
}

/** `alice@example.com` -> `a***@example.com` (public audience); other labels kept, shortened by grapheme. */
export function maskLabel(value: string | undefined): string | undefined {
  const v = value?.replace(BIDI, '').trim();
  if (!v) return undefined;
  const email = /^([^\s@])[^\s@]*@([^\s@]+)$/u.exec(v);
  if (email) return shortText(`${email[1]}***@${email[2]}`);
  // A label that is itself a long number (a phone used as a username) keeps only its last 4.
  if (/^\+?\d[\d\s-]{6,}$/.test(v)) return `…${v.replace(/\D/g, '').slice(-4)}`;
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
