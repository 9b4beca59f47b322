// The flow as a small pure state machine: problem -> known (what the console read, and below it the
// questions it could not answer) -> result (checks, verdict) -> resolved | preview -> sending -> sent |
// failed. The App component computes facts/diagnoses through injected services and dispatches plain
// actions here. What is read and what is asked share one step: the user answers while seeing the account
// and the orders the answers are about, and the flow loses a click and a step change (the step change
// cost 10-14 ms of main thread: test/bench/widget-profile.ts).

import type { ConsoleRead } from '../consoles/types.js';
import type { Answers, BridgeWarning, Diagnosis, Observations, ProblemId } from '../core/index.js';
import type { AnswerKey } from './services.js';

export type Step = 'problem' | 'known' | 'result' | 'resolved' | 'preview' | 'sending' | 'sent' | 'failed';

/** Steps counted in "step n of N" (the last delivery states share the preview's number). */
export const NUMBERED: Step[] = ['problem', 'known', 'result', 'preview'];

export interface Delivery {
  transport: 'webhook';
  id?: string;
  code?: string;
  queued?: boolean;
}

export interface State {
  step: Step;
  history: Step[];
  problem?: ProblemId;
  /** undefined while the console is being read. */
  read?: ConsoleRead;
  answers: Answers;
  diagnosis?: Diagnosis;
  ticketId?: string;
  note: string;
  /** Finding kinds masked in the note so far (announced next to the field). */
  noteKinds: string[];
  observations?: Observations;
  warnings: BridgeWarning[];
  delivery?: Delivery;
}

export type Action =
  | { type: 'choose'; problem: ProblemId }
  | { type: 'read'; read: ConsoleRead }
  /** The read in state is too old to show: the console is being read again. */
  | { type: 'unread' }
  /** `masked`: the finding kinds masking took out of what the user typed in this field (recorded for the ticket). */
  | { type: 'answer'; key: AnswerKey; value: Answers[AnswerKey] | undefined; masked?: string[] }
  | { type: 'diagnosed'; diagnosis: Diagnosis }
  | { type: 'solved' }
  | { type: 'preview'; ticketId: string }
  | { type: 'note'; text: string; kinds: string[] }
  | { type: 'sending' }
  | { type: 'delivered'; delivery: Delivery; ok: boolean }
  | { type: 'bridge'; observations: Observations; warnings: BridgeWarning[] }
  | { type: 'back' }
  | { type: 'restart' };

export function initialState(): State {
  return { step: 'problem', history: [], answers: {}, note: '', noteKinds: [], warnings: [] };
}

const go = (state: State, step: Step, patch: Partial<State> = {}): State => ({
  ...state,
  ...patch,
  step,
  history: state.step === step ? state.history : [...state.history, state.step],
});

export function reduce(state: State, action: Action): State {
  switch (action.type) {
    case 'choose':
      return go(state, 'known', {
        problem: action.problem,
        answers: { ...state.answers, problem: action.problem },
      });
    case 'read':
      return { ...state, read: action.read };
    case 'unread':
      return { ...state, read: undefined };
    case 'answer': {
      const answers = { ...state.answers } as Record<string, unknown>;
      if (action.value === undefined || action.value === '') delete answers[action.key];
      else answers[action.key] = action.value;
      if (action.masked) {
        const kept = (state.answers.masked ?? []).filter((m) => m.field !== action.key);
        const masked = [...kept, ...action.masked.map((kind) => ({ field: action.key, kind }))];
        if (masked.length) answers.masked = masked;
        else delete answers.masked;
      }
      return { ...state, answers: answers as Answers };
    }
    case 'diagnosed':
      return go(state, 'result', { diagnosis: action.diagnosis });
    case 'solved':
      return go(state, 'resolved');
    case 'preview':
      return go(state, 'preview', { ticketId: state.ticketId ?? action.ticketId });
    case 'note': {
      const kinds = [...new Set([...state.noteKinds, ...action.kinds])];
      return { ...state, note: action.text, noteKinds: kinds };
    }
    case 'sending':
      return go(state, 'sending');
    case 'delivered':
      return {
        ...go(state, action.ok ? 'sent' : 'failed', { delivery: action.delivery }),
        // Sending is not a place to go back to.
        history: state.history,
      };
    case 'bridge':
      return { ...state, observations: action.observations, warnings: action.warnings };
    case 'back': {
      const history = [...state.history];
      let previous = history.pop();
      while (previous === 'sending') previous = history.pop();
      return previous ? { ...state, step: previous, history } : state;
    }
    case 'restart':
      return {
        ...initialState(),
        read: state.read,
        observations: state.observations,
        warnings: state.warnings,
      };
  }
}
