// What every step component receives: the state, words, and the App's handlers.
import type { ComponentChildren } from 'preact';
import type { Locale, Message, Ticket } from '../core/index.js';
import type { CatalogKey } from './i18n/index.js';
import type { Action, State } from './machine.js';
import type { AnswerKey, Services } from './services.js';

export interface Handlers {
  choose(problem: NonNullable<State['problem']>): void;
  /** `masked`: finding kinds masking removed from what was typed in this field. */
  answer(key: AnswerKey, value: unknown, masked?: string[]): void;
  /** Reads the console again and diagnoses again (a wait verdict's way to come back). */
  recheck(): void;
  diagnose(): void;
  solved(): void;
  notSolved(): void;
  /** Masks the note, stores it and returns the masked text. */
  note(text: string): string;
  send(): void;
  copy(): void;
  /** Loads the second stage and shows the reports an earlier visit could not deliver. */
  showUndelivered(): void;
  back(): void;
  restart(): void;
  close(): void;
  dispatch(action: Action): void;
}

/** What the first step needs: it renders before the rest of the code (services, core) has loaded. */
export interface ShellProps {
  s: State;
  locale: Locale;
  /** Widget chrome words. */
  tr(key: CatalogKey, params?: Record<string, string | number>): string;
  on: Handlers;
  /** The step heading (focused on each step change), rendered at the top of the step's scroll area. */
  heading: ComponentChildren;
}

export interface StepProps extends ShellProps {
  services: Services;
  /** Core message words. */
  m(message: Message | string): string;
  /** The known step's questions: what the console and the picked order leave unanswered. */
  missing?: AnswerKey[];
  /** Support ticket of the preview (masked), and the public version. */
  ticket?: Ticket;
  publicText?: string;
  copyState?: 'copied' | 'failed';
}
