// Read the console through the sdk's adapters (same-origin GETs the console itself serves; never an
// auth endpoint) and turn the read into a masked Snapshot.

import type { ConsoleEnv } from '@topup-doctor/sdk/consoles';
import { detectConsole } from '@topup-doctor/sdk/consoles';
import type { ReadPart } from '../snapshot.js';
import { keysLast4, snapAccount, snapOrder } from './to-snapshot.js';

export function pageEnv(win: Window): ConsoleEnv {
  let storage: ConsoleEnv['storage'] = null;
  try {
    storage = win.localStorage;
  } catch {
    storage = null; // storage disabled for this site
  }
  return {
    fetch: (input, init) => win.fetch(input, init),
    storage,
    origin: win.location.origin,
    pathname: win.location.pathname,
    now: () => Date.now(),
  };
}

export async function readConsole(env: ConsoleEnv): Promise<ReadPart | undefined> {
  const adapter = detectConsole(env);
  if (!adapter) return undefined;
  const read = await adapter.read(env);
  const account = snapAccount(read.account);
  const keys = keysLast4(read.keys);
  return {
    console: {
      kind: read.console.kind,
      ...(read.console.generation ? { generation: read.console.generation } : {}),
    },
    ...(account ? { account } : {}),
    ...(read.session ? { session: read.session } : {}),
    ...(read.orders ? { orders: read.orders.slice(0, 100).map(snapOrder) } : {}),
    ...(keys ? { keysLast4: keys } : {}),
  };
}
