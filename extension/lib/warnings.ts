// The extension's warnings, computed from what this browser saw (history) and the current page
// (snapshot). Pure: message keys and params only, worded by ../i18n. Each warning names its evidence,
// like the core's account-consistency checks (issue 4); labels and tails are already masked.
import type { History, SeenAccount } from './history.js';
import type { Snapshot } from './snapshot.js';

export interface Warning {
  /** Stable id, also sent to the widget over the bridge (BridgeWarning.id). */
  id:
    | 'other-account-order'
    | 'trade-no-user'
    | 'several-accounts'
    | 'will-credit'
    | 'key-not-in-account'
    | 'stale-tab';
  key: string;
  params: Record<string, string | number>;
}

const DAY = 86_400_000;
/** "Recent days" for the several-accounts warning. */
export const RECENT_DAYS = 7;
const OPEN = new Set(['pending', 'paid', 'unknown']);

export function labelOf(account: { id: string; label?: string } | undefined): string {
  if (!account) return '?';
  return account.label ? `${account.label} (#${account.id})` : `#${account.id}`;
}

/** The key the user calls with (its last 4, typed in the popup) against the account's key list:
 *  'unknown' while no account or key list is read. */
export function keyStatus(
  snap: Pick<Snapshot, 'account' | 'keysLast4'> | undefined,
  last4: string,
): 'in-account' | 'not-in-account' | 'unknown' {
  if (!snap?.account || !snap.keysLast4) return 'unknown';
  return snap.keysLast4.includes(last4) ? 'in-account' : 'not-in-account';
}

export function computeWarnings(
  history: History,
  snap: Snapshot | undefined,
  options: { now: number; keyLast4?: string },
): Warning[] {
  const out: Warning[] = [];
  const current = snap?.account;
  const accountById = new Map<string, SeenAccount>(history.accounts.map((a) => [a.id, a]));
  const currentLabel = labelOf(current ?? undefined);

  if (snap?.session) {
    const { storedUserId, serverUserId, userHeaderMismatch } = snap.session;
    if (userHeaderMismatch || (storedUserId && serverUserId && storedUserId !== serverUserId)) {
      out.push({
        id: 'stale-tab',
        key: 'ext.warn.staleTab',
        params: {
          stored: storedUserId ? `#${storedUserId}` : '?',
          server: serverUserId ? `#${serverUserId}` : '?',
        },
      });
    }
  }

  if (current) {
    const foreign = history.orders.filter(
      (o) =>
        o.accountId !== current.id && OPEN.has(o.status) && o.createdAt >= options.now - RECENT_DAYS * DAY,
    );
    for (const o of foreign.slice(0, 3)) {
      const minutes = Math.max(0, Math.round((options.now - o.createdAt) / 60_000));
      out.push({
        id: 'other-account-order',
        // "created 0 min ago" reads oddly: under a minute is "just now".
        key:
          o.status === 'paid'
            ? 'ext.warn.otherAccountOrderPaid'
            : minutes === 0
              ? 'ext.warn.otherAccountOrderJustNow'
              : 'ext.warn.otherAccountOrder',
        params: {
          creator: labelOf(accountById.get(o.accountId) ?? { id: o.accountId }),
          current: currentLabel,
          order: o.tradeNoTail ? `…${o.tradeNoTail}` : `#${o.ref ?? '?'}`,
          minutes,
        },
      });
    }
    for (const o of (snap?.orders ?? [])
      .filter((x) => x.tradeNoUserId && x.tradeNoUserId !== current.id)
      .slice(0, 3)) {
      out.push({
        id: 'trade-no-user',
        key: 'ext.warn.tradeNoUser',
        params: {
          order: o.tradeNoTail ? `…${o.tradeNoTail}` : `#${o.ref ?? '?'}`,
          owner: `#${o.tradeNoUserId}`,
          current: currentLabel,
        },
      });
    }
  }

  const recent = history.accounts.filter((a) => a.lastSeen >= options.now - RECENT_DAYS * DAY);
  if (recent.length > 1) {
    const lastPaid = history.orders.find((o) => o.status !== 'failed' && o.status !== 'cancelled');
    out.push({
      id: 'several-accounts',
      key: lastPaid ? 'ext.warn.severalAccountsPayer' : 'ext.warn.severalAccounts',
      params: {
        count: recent.length,
        accounts: recent.map((a) => labelOf(a)).join(', '),
        ...(lastPaid
          ? { payer: labelOf(accountById.get(lastPaid.accountId) ?? { id: lastPaid.accountId }) }
          : {}),
      },
    });
    if (current && (snap?.pageKind === 'topup' || snap?.pageKind === 'redeem')) {
      out.push({
        id: 'will-credit',
        key: snap.pageKind === 'redeem' ? 'ext.warn.willCreditRedeem' : 'ext.warn.willCreditPay',
        params: { account: currentLabel },
      });
    }
  }

  const last4 = options.keyLast4;
  if (last4 && current && snap?.keysLast4 && keyStatus(snap, last4) === 'not-in-account') {
    out.push({
      id: 'key-not-in-account',
      key: 'ext.warn.keyNotInAccount',
      params: { last4, account: currentLabel, count: snap.keysLast4.length },
    });
  }
  return out;
}
