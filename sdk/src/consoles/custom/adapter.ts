// `custom` preset: the operator's own console passes functions that return what it knows. Their answers
// cross a trust boundary like any console JSON: validated with zod/mini, and privacy-reduced here (a full
// trade number is masked and its tail kept, a full key becomes last 4 + masked form, texts are scanned).
// A function that throws or returns a bad shape is an error value for its part, never an exception.
import * as z from 'zod/mini';
import type { Account, LedgerEntry, MaskedKey, Order } from '../../core/index.js';
import { Balance, ConsoleKind, LedgerKind, maskText, OrderStatus, orderTradeNo } from '../../core/index.js';
import { idString } from '../http.js';
import { toMaskedKey } from '../keys.js';
import { type Parsed, parseRows, toMs } from '../parse.js';
import type { ConsoleAdapter, ConsoleEnv, ConsoleRead, ConsoleReadError } from '../types.js';

const Id = z.union([z.string(), z.number()]);
const Time = z.union([z.number(), z.string()]); // epoch ms or an ISO date string
const str = z.optional(z.string());
const num = z.optional(z.number());

export const CustomAccount = z.object({
  id: Id,
  username: str,
  displayName: str,
  email: str,
  group: str,
  balance: z.optional(Balance),
  /** The id the page believes is logged in (a stale tab), when the console keeps one. */
  storedUserId: z.optional(Id),
});
export type CustomAccount = z.input<typeof CustomAccount>;

export const CustomOrder = z.object({
  ref: Id,
  /** Full or already masked: it is masked here either way, keeping the last 4. */
  tradeNo: str,
  /** The account id the trade number carries, when the operator's format has one. */
  tradeNoUserId: z.optional(Id),
  amount: num,
  money: num,
  currency: str,
  method: str,
  provider: str,
  status: OrderStatus,
  rawStatus: str,
  createdAt: Time,
  completedAt: z.optional(Time),
});
export type CustomOrder = z.input<typeof CustomOrder>;

export const CustomLedgerEntry = z.object({
  kind: LedgerKind,
  amount: num,
  quota: num,
  at: Time,
  text: z.string(),
});
export type CustomLedgerEntry = z.input<typeof CustomLedgerEntry>;

export const CustomKey = z.object({
  name: str,
  /** Full or masked; a full key is reduced immediately and never kept. */
  key: str,
  last4: str,
  group: str,
  status: z.optional(z.enum(['enabled', 'disabled', 'expired', 'exhausted', 'unknown'])),
});
export type CustomKey = z.input<typeof CustomKey>;

/** Which console the facts come from, when the caller knows better than "custom": the companion
 *  extension feeds the widget what it read from a new-api / one-api / sub2api console, and its
 *  tickets should name that console, not the preset. */
const CustomConsoleInfo = z.object({
  kind: ConsoleKind,
  generation: z.optional(z.string().check(z.maxLength(20))),
});
export type CustomConsoleInfo = z.input<typeof CustomConsoleInfo>;

type Getter<T> = (env: ConsoleEnv) => T | Promise<T>;

export interface CustomConsoleSource {
  getAccount?: Getter<CustomAccount | null | undefined>;
  getOrders?: Getter<readonly CustomOrder[]>;
  getLedger?: Getter<readonly CustomLedgerEntry[]>;
  getKeys?: Getter<readonly CustomKey[]>;
  /** Page predicate; without it the adapter applies wherever the operator mounted it. Must not fetch. */
  detect?: (env: ConsoleEnv) => boolean;
  /** Days of history getOrders covers: "not found" past it proves nothing. */
  historyWindowDays?: number;
  /** The console the facts describe (default `{ kind: 'custom' }`); an invalid value is ignored. */
  console?: CustomConsoleInfo;
}

function orderOf(o: z.infer<typeof CustomOrder>): Order | undefined {
  const createdAt = toMs(o.createdAt);
  if (createdAt === undefined) return undefined;
  const out: Order = { ref: String(o.ref), status: o.status, rawStatus: o.rawStatus ?? o.status, createdAt };
  if (o.tradeNo) Object.assign(out, orderTradeNo(o.tradeNo));
  const uid = idString(o.tradeNoUserId);
  if (uid) out.tradeNoUserId = uid;
  for (const k of ['amount', 'money', 'currency', 'method', 'provider'] as const) {
    if (o[k] !== undefined) (out as Record<string, unknown>)[k] = o[k];
  }
  const done = toMs(o.completedAt);
  if (done !== undefined) out.completedAt = done;
  return out;
}

function ledgerOf(e: z.infer<typeof CustomLedgerEntry>): LedgerEntry | undefined {
  const at = toMs(e.at);
  if (at === undefined) return undefined;
  const out: LedgerEntry = { kind: e.kind, at, text: maskText(e.text).text };
  if (e.amount !== undefined) out.amount = e.amount;
  if (e.quota !== undefined) out.quota = e.quota;
  return out;
}

function keyOf(k: z.infer<typeof CustomKey>): MaskedKey | undefined {
  const rest = { name: k.name, group: k.group, status: k.status };
  if (k.key) return toMaskedKey(k.key, rest);
  // Only a tail given: a masked form is built from it, nothing else is known.
  if (k.last4 && k.last4.length === 4) return toMaskedKey(`****${k.last4}`, rest);
  return undefined;
}

type Part = ConsoleReadError['part'];

async function call<T>(
  fn: Getter<T> | undefined,
  env: ConsoleEnv,
): Promise<{ value?: T; code?: ConsoleReadError['code'] }> {
  if (!fn) return { code: 'unsupported' };
  try {
    return { value: await fn(env) };
  } catch {
    return { code: 'console_error' };
  }
}

function rows<T>(
  value: unknown,
  map: (rows: readonly unknown[]) => Parsed<T>,
): { items?: T[]; code?: ConsoleReadError['code'] } {
  if (!Array.isArray(value)) return { code: 'bad_shape' };
  const p = map(value);
  return p.dropped ? { items: p.items, code: 'bad_shape' } : { items: p.items };
}

export function createCustomAdapter(source: CustomConsoleSource): ConsoleAdapter {
  return {
    kind: 'custom',
    detect(env) {
      try {
        return source.detect ? source.detect(env) === true : true;
      } catch {
        return false;
      }
    },
    async read(env) {
      const errors: ConsoleReadError[] = [];
      const named = CustomConsoleInfo.safeParse(source.console);
      const out: ConsoleRead = { console: { kind: named.success ? named.data.kind : 'custom' }, errors };
      if (named.success && named.data.generation) out.console.generation = named.data.generation;
      if (source.historyWindowDays !== undefined) out.console.historyWindowDays = source.historyWindowDays;
      const fail = (part: Part, code: ConsoleReadError['code']) => errors.push({ part, code });
      const [account, orders, ledger, keys] = await Promise.all([
        call(source.getAccount, env),
        call(source.getOrders, env),
        call(source.getLedger, env),
        call(source.getKeys, env),
      ]);

      if (account.code) fail('account', account.code);
      else if (account.value == null) fail('account', 'not_logged_in');
      else {
        const r = CustomAccount.safeParse(account.value);
        const id = r.success ? idString(r.data.id) : undefined;
        if (r.success && id) {
          const d = r.data;
          const a: Account = { id };
          if (d.username) a.username = d.username;
          if (d.displayName) a.displayName = d.displayName;
          if (d.email) a.email = d.email;
          if (d.group) a.group = d.group;
          if (d.balance) a.balance = d.balance;
          out.account = a;
          out.session = { serverUserId: id };
          const sid = idString(d.storedUserId);
          if (sid) out.session.storedUserId = sid;
        } else fail('account', 'bad_shape');
      }

      // A getter the operator did not pass is not an error: that part is simply unknown.
      const o = orders.code
        ? { code: orders.code }
        : rows(orders.value, (r) => parseRows(r, CustomOrder, orderOf));
      if (o.items) out.orders = o.items;
      if (o.code && o.code !== 'unsupported') fail('orders', o.code);
      const l = ledger.code
        ? { code: ledger.code }
        : rows(ledger.value, (r) => parseRows(r, CustomLedgerEntry, ledgerOf));
      if (l.items) out.ledger = l.items;
      if (l.code && l.code !== 'unsupported') fail('ledger', l.code);
      const k = keys.code ? { code: keys.code } : rows(keys.value, (r) => parseRows(r, CustomKey, keyOf));
      if (k.items) out.keys = k.items;
      if (k.code && k.code !== 'unsupported') fail('keys', k.code);
      return out;
    },
  };
}
