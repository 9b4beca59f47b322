// The steps after the problem choice, rendered once while the user reads the problem list (App.tsx warm(),
// after the idle warm-ups), into an element that is never in the document: no style, layout or paint,
// nothing shown, focused, announced, stored or sent. What it pays ahead is the code's first run: the
// components' and Preact's first calls (interpreted, inline caches cold), the diagnosis and the ticket
// build with its masking (a regular expression is compiled at its first use). A second pass through the
// flow in the same page cost ~6 ms less CPU than the first (widget-profile PLAIN=1 TWICE=1, medians 29.3
// against 35.1); this takes the code's part of that (figures in the commit that added it).
// The ticket is built from the console's read like the real one (masked) and dropped with the element.
import { h, render } from 'preact';
import type { Locale, ProblemId } from '../../core/index.js';
import { FLOW_WORDS } from '../i18n/flow.js';
import { wordsFor } from '../i18n/index.js';
import { reduce, type State } from '../machine.js';
import type { Services } from '../services.js';
import type { Handlers, StepProps } from '../view-context.js';
import { Known } from './Known.js';
import { Preview } from './Preview.js';
import { Result } from './Result.js';

/** What the rehearsal needs of the panel: its state (with the console's read), services and handlers
 *  (rendering calls no handler: they run on the user's events, which a detached element never gets). */
export interface Rehearsal {
  s: State;
  services: Services;
  on: Handlers;
}

/** An order problem: its steps run the code the other problems' steps share. */
const PROBLEM: ProblemId = 'paid_not_credited';
/** A well-formed ticket id that no real ticket gets (ids are random): the rehearsal's ticket is dropped. */
const TICKET_ID = 'TD-0000-0000-0000';

export function rehearse(locale: Locale, { s: now, services, on }: Rehearsal): void {
  const { read, observations } = now;
  if (!read) return;
  const tr = wordsFor(locale, FLOW_WORDS);
  const m: StepProps['m'] = (message) =>
    services.message(typeof message === 'string' ? { key: message } : message);
  const props = (s: State): StepProps => ({ s, locale, tr, on, services, m, heading: h('h3', null) });
  const facts = services.facts({ read, answers: { problem: PROBLEM }, observations });
  const diagnosis = services.diagnose(facts);
  const known = reduce(now, { type: 'choose', problem: PROBLEM });
  const result = reduce(known, { type: 'diagnosed', diagnosis });
  const preview = reduce(result, { type: 'preview', ticketId: TICKET_ID });
  const ticket = services.ticket(facts, diagnosis, '', 'support', TICKET_ID);
  const box = document.createElement('div');
  render(h(Known, { ...props(known), missing: services.missing(PROBLEM, facts) }), box);
  render(h(Result, props(result)), box);
  render(h(Preview, { ...props(preview), ticket }), box);
  render(null, box);
}
