// toFacts: the one place where what the console showed, what the user answered and what the companion
// extension observed become the Facts a diagnosis is made from. The widget, the extension and the tests all
// call it; nothing else assembles Facts.

import { MINUTE } from '../time.js';
import type { ConsoleReading } from './reading.js';
import { classifyRedeemMessage, waitMinutesIn } from './redeem.js';
import type { Answers, Facts, Observations, RedeemAttempt } from './schema.js';

export interface FactSources {
  /** The console adapter's reading; undefined while it is still being read (or nothing could be read). */
  read?: ConsoleReading;
  answers: Answers;
  observations?: Observations;
}

const REDEEM_SLACK_MS = 30 * MINUTE;

const sameCode = (a: string | undefined, b: string | undefined) =>
  a !== undefined && b !== undefined && a.toLowerCase() === b.toLowerCase();

/**
 * The redeem attempt in question: the console's own answer wins over the extension's record, which wins over
 * the message the user typed. Picked by the (masked) code the user typed; else (the widget does not ask for a
 * code the page already recorded) by the time they gave, else the latest answer this page saw. Among answers
 * for one code, an accepted one wins over later refusals: a code credited here and typed again is refused as
 * "used", and the redemption in question is still the one that went through. Empty when nothing speaks of a
 * redemption.
 */
function redeemOf({ read, answers, observations }: FactSources): RedeemAttempt | undefined {
  const problem = answers.problem;
  if (problem !== undefined && problem !== 'redeem_not_credited') return undefined;
  const candidates: RedeemAttempt[] = [
    ...(read?.redeems ?? []).map((r) => ({ ...r, source: 'console' as const })),
    ...(observations?.redeemsHere ?? []).map((r) => ({ ...r, source: 'extension' as const })),
  ];
  const code = answers.redeemCode;
  const at = answers.redeemedAt;
  const latest = (list: RedeemAttempt[]) =>
    list.reduce<RedeemAttempt | undefined>((a, r) => (!a || (r.at ?? 0) >= (a.at ?? 0) ? r : a), undefined);
  const settled = (list: RedeemAttempt[]) =>
    latest(list.filter((r) => r.outcome === 'success')) ?? latest(list);
  let picked: RedeemAttempt | undefined;
  if (code !== undefined) picked = settled(candidates.filter((r) => sameCode(r.codeMasked, code)));
  if (!picked && at !== undefined)
    picked = latest(
      candidates.filter(
        (r) => r.at !== undefined && Math.abs(r.at - at) <= REDEEM_SLACK_MS && (!code || !r.codeMasked),
      ),
    );
  if (!picked && code === undefined) {
    const seen = candidates.filter((r) => r.source === 'console');
    const last = latest(seen);
    picked = last
      ? (settled(seen.filter((r) => sameCode(r.codeMasked, last.codeMasked))) ?? last)
      : undefined;
  }
  if (picked) {
    const out: RedeemAttempt = { ...picked };
    if (out.codeMasked === undefined && code !== undefined) out.codeMasked = code;
    if (out.at === undefined && at !== undefined) out.at = at;
    return out;
  }
  const message = answers.pageMessage;
  if (message === undefined && code === undefined && at === undefined) return undefined;
  // The message the user typed, classified; where it names no reason (none typed, or new-api's generic
  // "兑换失败"), a code whose shape cannot exist on this console is a typo.
  let outcome = classifyRedeemMessage(message);
  if ((outcome === 'unknown' || outcome === 'generic_failure') && answers.redeemCodeShape)
    outcome = 'invalid';
  const typed: RedeemAttempt = { outcome, source: 'user' };
  if (at !== undefined) typed.at = at;
  if (code !== undefined) typed.codeMasked = code;
  if (message !== undefined) typed.message = message;
  const wait = waitMinutesIn(message);
  if (wait !== undefined) typed.waitMinutes = wait;
  return typed;
}

export function toFacts(sources: FactSources): Facts {
  const { read, answers, observations } = sources;
  const facts: Facts = { console: { ...(read?.console ?? { kind: 'custom' }) }, answers: { ...answers } };
  // The adapters say 'unsupported' for an orders list the console does not have (one-api, new-api 2025).
  if (read?.errors.some((e) => e.part === 'orders' && e.code === 'unsupported'))
    facts.console.noOrdersList = true;
  if (read?.account) facts.account = read.account;
  if (read?.session) facts.session = read.session;
  if (read?.orders) facts.orders = read.orders;
  if (read?.ledger) facts.ledger = read.ledger;
  if (read?.keys) facts.keys = read.keys;
  if (observations) facts.observations = observations;
  const redeem = redeemOf(sources);
  if (redeem) facts.redeem = redeem;
  return facts;
}
