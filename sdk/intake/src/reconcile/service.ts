// Reconciliation, the running part: for one ticket, ask the configured gateway (and payment platform) for
// the records the ticket is about, in parallel and each call under a time limit, hand the answers to the
// pure matcher (./match.ts) and keep its masked result in the store with its time.
//
// It never blocks the inbox: the ticket page renders with whatever is cached (or "looking up") and the
// lookup runs in a request of its own (inbox/reconcile-routes.ts). A gateway that is down, slow or refuses
// the credential ends as a state in words, never as an error page. Clients do not throw by contract; a
// client that does anyway counts as unreachable.
//
// Completing an order credits money: it is only ever done on support's explicit, confirmed request
// (act()), after a fresh lookup by ticket id and candidate index, so the full order number never leaves
// this process. What was done, the gateway's answer and who did it go into the ticket's audit trail.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Sql, Store } from '../store/index.js';
import type { StoredTicket } from '../tickets/repo.js';
import { updateTicket } from '../tickets/repo.js';
import { codeMatcher } from './gateways/common.js';
import {
  type Capabilities,
  type CodeAnswers,
  codeCandidates,
  codeLedgerWindow,
  codeView,
  type LookupState,
  type OrderAnswers,
  orderCandidates,
  orderLedgerWindow,
  orderQueries,
  orderView,
  outcomeOf,
  providerHandles,
  type Reconciliation,
  searchOf,
  ticketKeys,
} from './match.js';
import type { GatewayClient, GatewayOrder, GatewayUser, Outcome, ProviderClient } from './types.js';

/** Candidates looked at in detail (provider, ledger, owner): a tail that matches more is rare. */
const MAX_CANDIDATES = 5;

export interface ReconcileClients {
  gateway?: GatewayClient;
  provider?: ProviderClient;
  /** Each call's time limit, ms. */
  timeoutMs: number;
}

export const DEFAULT_TIMEOUT_MS = 4000;

/** A call's answer within `ms`, else `timeout`; a thrown error becomes `unreachable` (its text is dropped:
 *  it may quote a URL with a key in it). At the limit the call's signal is aborted, so its requests stop
 *  instead of running on (and holding sockets) after the inbox has moved on. */
export async function guard<T>(
  call: (signal: AbortSignal) => Promise<Outcome<T>>,
  ms: number,
): Promise<Outcome<T>> {
  const stop = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<Outcome<T>>((done) => {
    timer = setTimeout(() => {
      stop.abort();
      done({ ok: false, state: 'timeout' });
    }, ms);
  });
  try {
    return await Promise.race([
      call(stop.signal).catch((): Outcome<T> => ({ ok: false, state: 'unreachable' })),
      late,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

export interface Lookup {
  record: Reconciliation;
  /** The candidate orders in the record's order, full numbers included: in memory only, for act(). */
  orders: GatewayOrder[];
}

const capabilities = (g: GatewayClient | undefined): Capabilities => ({
  complete: typeof g?.completeOrder === 'function',
  verify: typeof g?.verifyOrder === 'function',
  ...(g?.completeNeedsPaid ? { completeNeedsPaid: true } : {}),
});

/** Looks the ticket up now. Resolves within about two time limits (the search, then the details). */
export async function lookupTicket(
  stored: StoredTicket,
  clients: ReconcileClients,
  now: number,
): Promise<Lookup> {
  const keys = ticketKeys(stored.ticket, stored.receivedAt);
  const g = clients.gateway;
  const ms = clients.timeoutMs;
  const base: Reconciliation = {
    version: 1,
    checkedAt: now,
    subject: keys.subject,
    gateway: g ? 'ok' : 'not_configured',
    search: searchOf(keys),
    orders: [],
    codes: [],
  };
  if (g) base.console = g.console;
  if (!g || keys.subject === 'none') return { record: base, orders: [] };
  const from = stored.ticket.console.kind;
  if (from !== 'custom' && from !== g.console) {
    return { record: { ...base, gateway: 'not_supported', otherConsole: from }, orders: [] };
  }

  // Owners' names, asked once per user id.
  const users = new Map<string, Promise<Outcome<GatewayUser>>>();
  const userOf = (id: string) => {
    let p = users.get(id);
    if (!p) {
      p = guard((signal) => g.getUser(id, signal), ms);
      users.set(id, p);
    }
    return p;
  };

  if (keys.subject === 'code') {
    // Both ends of the mask: a short code's `ab…9f` is only searchable with its head.
    const keyword = keys.codeTail ? `${keys.codeHead ?? ''}…${keys.codeTail}` : undefined;
    if (keyword && !codeMatcher(keyword, false)) {
      return { record: { ...base, tooShort: true }, orders: [] };
    }
    const found = keyword
      ? await guard((signal) => g.findCodes({ keyword }, signal), ms)
      : { ok: true as const, value: [] };
    if (!found.ok) return { record: { ...base, gateway: found.state }, orders: [] };
    const codes = codeCandidates(keys, found.value).slice(0, MAX_CANDIDATES);
    const answers = await Promise.all(
      codes.map(async (code): Promise<CodeAnswers> => {
        const window = codeLedgerWindow(code);
        const [user, ledger] = await Promise.all([
          code.usedByUserId ? userOf(code.usedByUserId) : undefined,
          window ? guard((signal) => g.ledger(window, signal), ms) : undefined,
        ]);
        return { code, ...(user ? { user } : {}), ...(ledger ? { ledger } : {}) };
      }),
    );
    const views = answers.map((a) => codeView(keys, a, now));
    return { record: { ...base, outcome: outcomeOf(views.length), codes: views }, orders: [] };
  }

  const queries = orderQueries(keys);
  if (!queries.length) return { record: { ...base, tooShort: true }, orders: [] };
  const results = await Promise.all(queries.map((q) => guard((signal) => g.findOrders(q, signal), ms)));
  const failed = results.find((r) => !r.ok);
  if (failed && !failed.ok && results.every((r) => !r.ok)) {
    return { record: { ...base, gateway: failed.state }, orders: [] };
  }
  const all = results.flatMap((r) => (r.ok ? r.value : []));
  const orders = orderCandidates(keys, all).slice(0, MAX_CANDIDATES);
  const p = clients.provider;
  const can = capabilities(g);
  const answers = await Promise.all(
    orders.map(async (order): Promise<OrderAnswers> => {
      const [owner, provider, ledger] = await Promise.all([
        order.username ? undefined : userOf(order.userId),
        // Only the platform the order went through can say whether it was paid: another platform would
        // answer "not paid" (or "no such order") about an order it never handled.
        p
          ? providerHandles(p.provider, order)
            ? guard((signal) => p.queryOrder(order.tradeNo, signal), ms)
            : ({ ok: false, state: 'not_supported', detail: 'another platform' } as const)
          : undefined,
        order.status === 'success'
          ? guard((signal) => g.ledger(orderLedgerWindow(order), signal), ms)
          : undefined,
      ]);
      return {
        order,
        ...(owner ? { owner } : {}),
        ...(provider ? { provider } : {}),
        ...(ledger ? { ledger } : {}),
      };
    }),
  );
  const views = answers.map((a) => orderView(keys, a, can));
  // A scan that stopped at the page limit: "not found" covers only the newest records read.
  const truncatedAfter = Math.max(0, ...results.map((r) => (r.ok ? (r.value.truncatedAfter ?? 0) : 0)));
  return {
    record: {
      ...base,
      ...(truncatedAfter > 0 ? { search: { ...base.search, truncatedAfter } } : {}),
      // One of several searches failing still leaves an answer; say which state the rest ended in.
      ...(failed && !failed.ok ? { gateway: failed.state } : {}),
      outcome: outcomeOf(views.length),
      orders: views,
    },
    orders,
  };
}

// ---- the cache ----------------------------------------------------------------------------------

export async function readReconciliation(sql: Sql, ticketId: string): Promise<Reconciliation | undefined> {
  const res = await sql.query<{ result: Reconciliation | string }>(
    'select result from ticket_reconcile where ticket_id = $1',
    [ticketId],
  );
  const row = res.rows[0];
  if (!row) return undefined;
  return typeof row.result === 'string' ? (JSON.parse(row.result) as Reconciliation) : row.result;
}

export async function saveReconciliation(sql: Sql, ticketId: string, record: Reconciliation): Promise<void> {
  await sql.query(
    `insert into ticket_reconcile (ticket_id, checked_at, result) values ($1, $2, $3::jsonb)
     on conflict (ticket_id) do update set checked_at = excluded.checked_at, result = excluded.result`,
    [ticketId, record.checkedAt, JSON.stringify(record)],
  );
}

// ---- the service --------------------------------------------------------------------------------

export type ActResult =
  | { ok: true; kind: 'complete' | 'verify'; tradeNo: string; message: string; completed: boolean }
  | {
      ok: false;
      /** changed: the record is not the one confirmed any more; not_allowed: no action for this record. */
      reason: 'changed' | 'not_allowed' | 'needs_confirmation' | 'gateway';
      state?: LookupState;
      tradeNo?: string;
    };

export interface Reconciler {
  readonly configured: boolean;
  cached(ticketId: string): Promise<Reconciliation | undefined>;
  /** Looks up now and stores the result; concurrent calls for one ticket share one lookup. */
  refresh(stored: StoredTicket): Promise<Reconciliation>;
  /** A fresh lookup without storing it (the confirmation page shows the record as it is now). */
  peek(stored: StoredTicket): Promise<Reconciliation>;
  /** The same, with each candidate order's confirmation ref (see act's `ref`), in the record's order. */
  prepare(stored: StoredTicket): Promise<{ record: Reconciliation; refs: string[] }>;
  act(input: {
    stored: StoredTicket;
    index: number;
    /** The masked number the confirmation showed: the action is refused when the candidate changed. */
    expect: string;
    /** The confirmation's ref: an HMAC (this process's secret) of the ticket and the full order number the
     *  confirmation showed. Two orders with the same masked tail can swap places between the confirmation
     *  and the click; the ref tells them apart without the full number ever reaching the page. */
    ref: string;
    confirmed: boolean;
    actorId: number;
    /** The conclusion note's words (the agent's language), given the masked number and the gateway's answer. */
    conclusionNote: (tradeNo: string, answer: string) => string;
  }): Promise<ActResult>;
}

/** The gateway's answer as it may be kept: masked like support text, one line, at most 300 characters. */
export type MaskText = (text: string) => string;

export function createReconciler(deps: {
  store: Store;
  now: () => number;
  clients: ReconcileClients;
  mask: MaskText;
}): Reconciler {
  const running = new Map<string, Promise<Reconciliation>>();
  const { store, now, clients } = deps;
  // Per process: a confirmation page older than a restart asks support to look again ('changed').
  const secret = randomBytes(32);
  const refOf = (ticketId: string, tradeNo: string) =>
    createHmac('sha256', secret).update(`${ticketId}\u0000${tradeNo}`).digest('base64url');
  const sameRef = (a: string, b: string) => {
    const x = Buffer.from(a);
    const y = Buffer.from(b);
    return x.length === y.length && timingSafeEqual(x, y);
  };
  const answerText = (text: string) => deps.mask(text.replace(/\s+/g, ' ').trim()).slice(0, 300);

  const refresh = (stored: StoredTicket) => {
    const current = running.get(stored.id);
    if (current) return current;
    const job = (async () => {
      const { record } = await lookupTicket(stored, clients, now());
      await saveReconciliation(store, stored.id, record);
      return record;
    })().finally(() => running.delete(stored.id));
    running.set(stored.id, job);
    return job;
  };

  return {
    configured: clients.gateway !== undefined,
    cached: (id) => readReconciliation(store, id),
    refresh,
    peek: async (stored) => (await lookupTicket(stored, clients, now())).record,
    async prepare(stored) {
      const { record, orders } = await lookupTicket(stored, clients, now());
      return { record, refs: orders.map((o) => refOf(stored.id, o.tradeNo)) };
    },
    async act({ stored, index, expect, ref, confirmed, actorId, conclusionNote }) {
      const g = clients.gateway;
      const { record, orders } = await lookupTicket(stored, clients, now());
      await saveReconciliation(store, stored.id, record);
      const view = record.orders[index];
      const order = orders[index];
      if (
        !g ||
        !view ||
        !order ||
        view.tradeNo !== expect ||
        !sameRef(ref, refOf(stored.id, order.tradeNo))
      ) {
        return { ok: false, reason: 'changed' };
      }
      const action = view.action;
      if (!action) return { ok: false, reason: 'not_allowed', tradeNo: view.tradeNo };
      if (action.needsConfirmation && !confirmed) {
        return { ok: false, reason: 'needs_confirmation', tradeNo: view.tradeNo };
      }
      const at = now();
      let result: ActResult;
      if (action.kind === 'complete' && g.completeOrder) {
        const complete = g.completeOrder.bind(g);
        const answer = await guard((signal) => complete(order.tradeNo, signal), clients.timeoutMs);
        result = answer.ok
          ? {
              ok: true,
              kind: 'complete',
              tradeNo: view.tradeNo,
              message: answerText(answer.value.message),
              completed: true,
            }
          : { ok: false, reason: 'gateway', state: answer.state, tradeNo: view.tradeNo };
      } else if (action.kind === 'verify' && g.verifyOrder) {
        const verify = g.verifyOrder.bind(g);
        const answer = await guard((signal) => verify(order.tradeNo, signal), clients.timeoutMs);
        result = answer.ok
          ? {
              ok: true,
              kind: 'verify',
              tradeNo: view.tradeNo,
              message: answer.value.status,
              completed: answer.value.status === 'success',
            }
          : { ok: false, reason: 'gateway', state: answer.state, tradeNo: view.tradeNo };
      } else {
        return { ok: false, reason: 'not_allowed', tradeNo: view.tradeNo };
      }
      await store.transaction(async (tx) => {
        await tx.query(
          'insert into ticket_audit (ticket_id, actor_id, at, action, before, after) values ($1, $2, $3, $4, $5, $6)',
          [
            stored.id,
            actorId,
            at,
            `gateway_${action.kind}`,
            view.tradeNo,
            result.ok ? `ok: ${result.message}` : `${result.state ?? 'error'}`,
          ],
        );
        if (result.ok && result.completed) {
          const current = await tx.query<{ conclusion_note: string }>(
            'select conclusion_note from tickets where id = $1',
            [stored.id],
          );
          const before = current.rows[0]?.conclusion_note ?? '';
          const line = conclusionNote(view.tradeNo, result.message);
          await updateTicket(
            tx,
            stored.id,
            {
              conclusion: 'completed_by_operator',
              conclusionNote: (before ? `${before}\n${line}` : line).slice(0, 2000),
            },
            actorId,
            at,
          );
        }
      });
      // The record as it is after the action (the order should now be completed).
      await refresh(stored).catch(() => undefined);
      return result;
    },
  };
}
