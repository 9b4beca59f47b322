// new-api preset (QuantumNous/new-api). Generations, by what the page keeps (docs/consoles.md):
//   A (<= v0.12, Semi UI): localStorage.user = {id, username, display_name, role, status, group}; the
//     header New-Api-User is user.id (web/src/helpers/api.js).
//   B (v1.0, web/default): localStorage.uid = the id sent as New-Api-User (web/default/src/lib/api.ts),
//     localStorage.user = the /api/user/self object.
//   C (after mid-2026): the access token lives in memory only; nothing user-related is stored. The adapter
//     reads what the page's own responses showed (./page-responses.ts) and never calls /api/user/auth/refresh.
// Reads are GETs of the same-origin JSON the console already serves, in parallel, bounded to recent rows.

import { getJson, idString, stored, storedJson } from '../http.js';
import { listPart } from '../parse.js';
import type { ConsoleAdapter, ConsoleEnv, ConsoleRead, ConsoleReadError } from '../types.js';
import {
  accountOf,
  type DisplaySettings,
  displaySettings,
  FALLBACK_DISPLAY,
  HISTORY_DAYS,
  keysOf,
  ledgerOf,
  ordersOf,
} from './map.js';
import { pageObserver } from './page-observer.js';
import type { NewApiObserver } from './page-responses.js';
import { unwrap } from './reply.js';
import { Self } from './schema.js';

/** Recent rows only: the self-check needs the last few orders and credits, not the history. */
export const PAGE_SIZE = 20;

type Part = ConsoleReadError['part'];

/** Keys only new-api's status/storage carry (setStatusData in web/src/helpers/data.js), not one-api's. */
const NEW_API_STATUS_KEYS = ['quota_display_type', 'docs_link', 'enable_task', 'setup', 'usd_exchange_rate'];

/** Storage signals that this is new-api rather than one-api (both keep localStorage.user). */
export function hasNewApiSignals(env: ConsoleEnv): boolean {
  if (stored(env, 'uid') || stored(env, 'quota_display_type') || stored(env, 'enable_task')) return true;
  const status = storedJson(env, 'status');
  if (status && typeof status === 'object' && NEW_API_STATUS_KEYS.some((k) => k in status)) return true;
  const user = storedJson(env, 'user');
  // new-api's login answer sets the user's group ("default" or the operator's); one-api's
  // (controller/user.go setupLogin: a User with only id, username, display_name, role and status set)
  // carries every other field zero-valued, "group": "" included (docs/consoles.md). A key alone proves nothing.
  const group = user && typeof user === 'object' ? (user as { group?: unknown }).group : undefined;
  if (typeof group === 'string' && group !== '') return true;
  return /^\/(console|wallet|usage-logs|keys)(\/|$)/.test(env.pathname);
}

interface StoredUser {
  id?: string;
  generation?: 'A' | 'B';
}

export function storedUser(env: ConsoleEnv): StoredUser {
  const user = storedJson(env, 'user');
  if (!user || typeof user !== 'object') return {};
  // `uid` alone is too common a key to mean new-api; B keeps it next to the user object.
  const uid = idString(stored(env, 'uid'));
  if (uid) return { id: uid, generation: 'B' };
  const id = idString((user as { id?: unknown }).id);
  return id ? { id, generation: 'A' } : {};
}

/** Display settings the page cached (setStatusData), used when /api/status cannot be read. */
function storedDisplay(env: ConsoleEnv): DisplaySettings | undefined {
  const status = displaySettings(storedJson(env, 'status'));
  if (status) return status;
  const qpu = stored(env, 'quota_per_unit');
  if (!qpu) return undefined;
  return displaySettings({
    quota_per_unit: Number(qpu),
    quota_display_type: stored(env, 'quota_display_type') ?? undefined,
    display_in_currency: stored(env, 'display_in_currency') ?? undefined,
  });
}

export interface NewApiAdapterOptions {
  /** Where generation C facts come from; defaults to the page-wide `newApiObserver` (page-observer.ts:
   *  where nothing loaded it, nothing fed it, and a generation C page reads as one with no user seen). */
  observer?: NewApiObserver;
}

export function createNewApiAdapter(options: NewApiAdapterOptions = {}): ConsoleAdapter {
  const observer = () => options.observer ?? pageObserver();
  return {
    kind: 'new-api',
    detect(env) {
      if (stored(env, 'auth_token') && stored(env, 'auth_user')) return false; // sub2api
      const u = storedUser(env);
      if (u.generation === 'B') return true;
      if (u.generation === 'A') return hasNewApiSignals(env);
      return observer()?.hasAccount() ?? false;
    },
    async read(env) {
      const user = storedUser(env);
      if (user.id) return readStored(env, user);
      const seen = observer();
      return seen?.hasAccount() ? seen.read() : notLoggedIn();
    },
  };
}

function notLoggedIn(): ConsoleRead {
  return { console: { kind: 'new-api' }, errors: [{ part: 'account', code: 'not_logged_in' }] };
}

async function readStored(env: ConsoleEnv, user: StoredUser): Promise<ConsoleRead> {
  const headers = { 'New-Api-User': user.id ?? '' };
  const q = `p=1&page_size=${PAGE_SIZE}`;
  const [status, self, topups, logs, tokens] = await Promise.all([
    getJson(env, '/api/status'),
    getJson(env, '/api/user/self', headers),
    getJson(env, `/api/user/topup/self?${q}`, headers),
    // p=0 is the first page both for pre-PageInfo builds (0-based) and for common.GetPageQuery (p<1 -> 1).
    getJson(env, `/api/log/self?type=1&p=0&page_size=${PAGE_SIZE}`, headers),
    getJson(env, `/api/token/?p=0&page_size=${PAGE_SIZE}`, headers),
  ]);
  const errors: ConsoleReadError[] = [];
  const fail = (part: Part, code: ConsoleReadError['code']) => errors.push({ part, code });

  const st = unwrap(status);
  let display = st.ok ? displaySettings(st.data) : undefined;
  if (!display) {
    fail('status', st.ok ? 'bad_shape' : st.code);
    display = storedDisplay(env) ?? FALLBACK_DISPLAY;
  }

  const out: ConsoleRead = { console: { kind: 'new-api', generation: user.generation }, errors };
  const session: NonNullable<ConsoleRead['session']> = { storedUserId: user.id };
  out.session = session;

  const me = unwrap(self);
  if (me.ok) {
    const r = Self.safeParse(me.data);
    if (r.success) {
      out.account = accountOf(r.data, display);
      session.serverUserId = out.account.id;
    } else fail('account', 'bad_shape');
  } else fail('account', me.code);

  const tu = unwrap(topups);
  if (!tu.ok && tu.code === 'http_404') {
    // Early 2025 builds have no top-up history view: credits show only as type-1 log rows (below).
    fail('orders', 'unsupported');
  } else {
    const o = listPart(tu, ordersOf);
    if (o.items) {
      out.orders = o.items;
      out.console.historyWindowDays = HISTORY_DAYS;
    }
    if (o.code) fail('orders', o.code);
  }

  const l = listPart(unwrap(logs), (rows) => ledgerOf(rows, display));
  if (l.items) out.ledger = l.items;
  if (l.code) fail('ledger', l.code);

  const k = listPart(unwrap(tokens), keysOf);
  if (k.items) out.keys = k.items;
  if (k.code) fail('keys', k.code);

  if (errors.some((e) => e.code === 'user_header_mismatch')) session.userHeaderMismatch = true;
  return out;
}

/** The default new-api preset: reads storage (A/B) or the page-wide observer (C). */
export const newApiAdapter: ConsoleAdapter = createNewApiAdapter();
