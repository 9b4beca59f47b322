// The facts the extension already has, handed to the sdk's widget through its `custom` console preset
// (sdk/src/consoles/custom/adapter.ts), so the widget never reads the console itself: the adapters'
// masked read where this console allows one from the page (new-api A/B, one-api, sub2api), else what
// the background kept from the main-world observer (new-api generation C: no auth endpoint is called).
// Everything here is masked already; the custom preset validates and masks again at its boundary.
import type {
  ConsoleRead,
  CustomAccount,
  CustomConsoleSource,
  CustomKey,
  CustomLedgerEntry,
  CustomOrder,
} from '@topup-doctor/sdk/consoles';
import { snapshotOrders } from '../facts.js';
import type { TabView } from '../messages.js';

function account(read: ConsoleRead | undefined, view: TabView): CustomAccount | undefined {
  const stored = read?.session?.storedUserId ?? view.snapshot?.session?.storedUserId;
  const withStored = stored ? { storedUserId: stored } : {};
  const a = read?.account;
  if (a) {
    const { id, username, displayName, email, group, balance } = a;
    return { id, username, displayName, email, group, balance, ...withStored };
  }
  const s = view.snapshot?.account;
  return (
    s && {
      id: s.id,
      ...(s.label ? { displayName: s.label } : {}),
      ...(s.balance ? { balance: s.balance } : {}),
      ...withStored,
    }
  );
}

function orders(read: ConsoleRead | undefined, view: TabView): CustomOrder[] | undefined {
  if (read?.orders) return read.orders.map((o) => ({ ...o }));
  return snapshotOrders(view.snapshot);
}

function keys(read: ConsoleRead | undefined, view: TabView): CustomKey[] | undefined {
  // Last 4 only: the masked key string itself is not needed to match the key the user calls with.
  if (read?.keys) return read.keys.map(({ name, last4, group, status }) => ({ name, last4, group, status }));
  return view.snapshot?.keysLast4?.map((last4) => ({ last4 }));
}

/** The console the extension detected (the in-page read, else the background's snapshot), so the widget's
 *  facts and tickets name it (new-api C, one-api, ...) rather than the `custom` preset carrying them. */
function detected(read: ConsoleRead | undefined, view: TabView): CustomConsoleSource['console'] {
  const kind = read?.console.kind ?? view.snapshot?.console.kind;
  if (!kind) return undefined;
  const generation =
    read?.console.generation ??
    (view.snapshot?.console.kind === kind ? view.snapshot.console.generation : undefined);
  return generation ? { kind, generation } : { kind };
}

export function customSource(read: ConsoleRead | undefined, view: TabView): CustomConsoleSource {
  const consoleInfo = detected(read, view);
  const a = account(read, view);
  const o = orders(read, view);
  const l: CustomLedgerEntry[] | undefined = read?.ledger?.map((e) => ({ ...e }));
  const k = keys(read, view);
  return {
    // Not logged in (or unknown) is an answer too: the widget then says so.
    getAccount: () => a ?? null,
    ...(o ? { getOrders: () => o } : {}),
    ...(l ? { getLedger: () => l } : {}),
    ...(k ? { getKeys: () => k } : {}),
    ...(consoleInfo ? { console: consoleInfo } : {}),
    ...(read?.console.historyWindowDays !== undefined
      ? { historyWindowDays: read.console.historyWindowDays }
      : {}),
  };
}
