// Everything the UI needs from the outside world, injected by the composition root (embed/services.ts).
// The UI itself does no fetch and touches no globals, so the same components can run in the extension
// popup over other transports (docs/architecture.md).

import type { ConsoleRead } from '../consoles/types.js';
import type {
  Answers,
  Audience,
  BridgeWarning,
  Diagnosis,
  FactSources,
  Facts,
  FindingKind,
  Message,
  Observations,
  ProblemId,
  Rules,
  Ticket,
} from '../core/index.js';
import type { WidgetEvent } from '../embed/contract.js';

export type AnswerKey = keyof Answers;

/** How long a console read started before the user's first choice (on open, with the second stage) stands
 *  for the console's present state: a user who waited longer gets what the console says now. One figure for
 *  the services' early read (embed/services.ts) and the panel's warm-up (App.tsx). */
export const FRESH_READ_MS = 60_000;

export type SendResult =
  | { ok: true; id: string }
  /** queued: the masked ticket waits in the outbox and is re-sent later (network, 5xx, 429). */
  | { ok: false; code: string; queued: boolean };

export interface UndeliveredTicket {
  ticket: Ticket;
  /** refused: not sent again; stalled: kept and tried once per visit. */
  state: 'refused' | 'stalled';
  /** The last failure ('unstorable', 'http_422', 'network', 'timeout', ...). */
  code?: string;
  queuedAt: number;
}

export interface Services {
  now(): number;
  rules: Rules;
  readConsole(): Promise<ConsoleRead>;
  /** The core's one fact function (toFacts). */
  facts(sources: FactSources): Facts;
  /** Answer keys the user must still give for this problem (only what the console could not tell). */
  missing(problem: ProblemId, facts: Facts): AnswerKey[];
  diagnose(facts: Facts): Diagnosis;
  /** The problem's own words when they load apart (the script-tag widget's redeem words): a promise to
   *  wait for before diagnosing, undefined when there is nothing to wait for. */
  problemWords?(problem: ProblemId): Promise<void> | undefined;
  /** A masked ticket for the audience. Same id and idempotency key for every call in one preview. */
  ticket(facts: Facts, diagnosis: Diagnosis, note: string, audience: Audience, id: string): Ticket;
  /** Plain-text rendering (clipboard / public paste). */
  text(ticket: Ticket): string;
  /** Words for a core message key (checks, next steps). */
  message(message: Message): string;
  /** Masks free text as it is typed; `kinds` are the masking engine's finding kinds. */
  mask(text: string): { text: string; kinds: FindingKind[] };
  newTicketId(): string;
  send?: (ticket: Ticket) => Promise<SendResult>;
  mailto?: (ticket: Ticket) => string;
  copy?: (text: string) => Promise<boolean>;
  emit(event: Omit<WidgetEvent, 'instance'>): void;
  /**
   * Masked tickets this browser kept but could not deliver (refused by the intake in the background, or
   * stalled after the last retry), oldest first; and removing one the user has taken care of.
   */
  undelivered?(): UndeliveredTicket[];
  forgetUndelivered?(idempotencyKey: string): Promise<void>;
  /** Observations and warnings from the companion extension, when one answers; returns a stop function. */
  watchExtension?: (fn: (observations: Observations, warnings: BridgeWarning[]) => void) => () => void;
}
