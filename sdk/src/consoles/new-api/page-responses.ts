// new-api generation C (after mid-2026) keeps the access token in memory only: nothing about the user is
// in localStorage, and calling /api/user/auth/refresh would rotate the token. The only honest source is
// the page's own responses. Whoever can see them (the operator's fetch wrapper, the extension's main-world
// observer) feeds them here; the adapter reads the snapshot. Bodies are mapped and masked on arrival and
// never kept: a token list with full keys leaves only masked keys behind.
import type { Account, LedgerEntry, MaskedKey, Order } from '../../core/index.js';
import { listOf } from '../parse.js';
import type { ConsoleRead, ConsoleReadError } from '../types.js';
import {
  accountOf,
  type DisplaySettings,
  displaySettings,
  FALLBACK_DISPLAY,
  HISTORY_DAYS,
  keysOf,
  ledgerOf,
  ordersOf,
  withAmounts,
} from './map.js';
import { setPageObserver } from './page-observer.js';
import { Envelope, Self } from './schema.js';

export interface NewApiObservation {
  /** The observed user as Facts, balance in the console's display unit (defaults when /api/status unseen). */
  account?: Account;
  self?: Self;
  display?: DisplaySettings;
  orders?: Order[];
  ledger?: LedgerEntry[];
  keys?: MaskedKey[];
  /** Parts whose observed answer had rows that did not match the expected shape. */
  badShape: Array<'account' | 'orders' | 'ledger' | 'keys' | 'status'>;
}

export interface NewApiObserver {
  /**
   * Feed one response the page received: its URL (absolute or path) and its JSON body (parsed or text).
   * Returns true when the response was recognised and taken in.
   */
  feed(url: string, body: unknown): boolean;
  snapshot(): NewApiObservation;
  /**
   * What was observed as the adapter's read (generation C). Here, not in the adapter: the script-tag
   * widget's new-api preset never has an observer (nothing on its page feeds one), so it leaves this out.
   */
  read(): ConsoleRead;
  /** True once the page's own /api/user/self answer was seen. */
  hasAccount(): boolean;
  clear(): void;
}

type Part = NewApiObservation['badShape'][number];

function pathOf(url: string): string {
  return url.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]+/i, '').split(/[?#]/)[0] ?? '';
}

export function createNewApiObserver(): NewApiObserver {
  let obs: NewApiObservation = { badShape: [] };

  const flag = (part: Part, bad: boolean) => {
    obs.badShape = obs.badShape.filter((p) => p !== part);
    if (bad) obs.badShape.push(part);
  };

  const snapshot = (): NewApiObservation => ({
    ...obs,
    account: obs.self ? accountOf(obs.self, obs.display ?? FALLBACK_DISPLAY) : undefined,
    ledger: obs.ledger && obs.display ? withAmounts(obs.ledger, obs.display) : obs.ledger,
    badShape: [...obs.badShape],
  });

  return {
    feed(url, body) {
      let json = body;
      if (typeof json === 'string') {
        try {
          json = JSON.parse(json);
        } catch {
          return false;
        }
      }
      const env = Envelope.safeParse(json);
      if (!env.success || env.data.success === false) return false;
      const data = env.data.data;
      const path = pathOf(url).replace(/\/+$/, '');
      switch (path) {
        case '/api/user/self': {
          const r = Self.safeParse(data);
          if (!r.success) return false;
          obs.self = r.data;
          return true;
        }
        case '/api/status': {
          const d = displaySettings(data);
          if (!d) return false;
          obs.display = d;
          return true;
        }
        case '/api/user/topup/self': {
          const rows = listOf(data);
          if (!rows) return false;
          const p = ordersOf(rows);
          obs.orders = p.items;
          flag('orders', p.dropped > 0);
          return true;
        }
        case '/api/log/self': {
          const rows = listOf(data);
          if (!rows) return false;
          // Amounts are derived at snapshot time: /api/status may arrive after the log page.
          const p = ledgerOf(rows, undefined);
          // A usage-log page without credit rows says nothing about credits: keep what was seen before.
          if (p.items.length > 0 || obs.ledger === undefined) obs.ledger = p.items;
          flag('ledger', p.dropped > 0);
          return true;
        }
        case '/api/token': {
          const rows = listOf(data);
          if (!rows) return false;
          const p = keysOf(rows);
          obs.keys = p.items;
          flag('keys', p.dropped > 0);
          return true;
        }
        default:
          return false;
      }
    },
    snapshot,
    read: () => readObserved(snapshot()),
    hasAccount: () => obs.self !== undefined,
    clear() {
      obs = { badShape: [] };
    },
  };
}

function readObserved(o: NewApiObservation): ConsoleRead {
  const errors: ConsoleReadError[] = o.badShape.map((part) => ({ part, code: 'bad_shape' }));
  const out: ConsoleRead = { console: { kind: 'new-api', generation: 'C' }, errors };
  if (!o.display) errors.push({ part: 'status', code: 'not_observed' });
  if (o.account) {
    out.account = o.account;
    out.session = { serverUserId: o.account.id };
  } else errors.push({ part: 'account', code: 'not_observed' });
  if (o.orders) {
    out.orders = o.orders;
    out.console.historyWindowDays = HISTORY_DAYS;
  } else errors.push({ part: 'orders', code: 'not_observed' });
  if (o.ledger) out.ledger = o.ledger;
  else errors.push({ part: 'ledger', code: 'not_observed' });
  if (o.keys) out.keys = o.keys;
  else errors.push({ part: 'keys', code: 'not_observed' });
  return out;
}

/** The page-wide observer the default new-api adapter reads (one console per page; page-observer.ts). */
export const newApiObserver: NewApiObserver = createNewApiObserver();
setPageObserver(newApiObserver);
