// The in-page self-check where the page does not embed the widget: the console read (sdk adapters, masked),
// this browser's observations and the extension's warnings go through the core's diagnose() and
// buildTicket(); the warnings travel in the ticket's note, which buildTicket masks like any free text.

import type { ConsoleRead } from '@topup-doctor/sdk/consoles';
import {
  buildTicket,
  defaultRules,
  diagnose,
  type Facts,
  type Locale,
  Observations,
  renderTicketEmail,
  renderTicketJson,
  renderTicketText,
  type Ticket,
} from '@topup-doctor/sdk/core';
import type { TabView } from '../messages.js';

export interface PanelTicket {
  ticket: Ticket;
  text: string;
  json: string;
  email: { subject: string; body: string };
}

export function factsFor(read: ConsoleRead | undefined, view: TabView): Facts {
  const observations = Observations.safeParse(view.observations);
  const facts: Facts = {
    console: read?.console ?? { kind: view.snapshot?.console.kind ?? 'custom' },
    answers: view.keyLast4 ? { keyLast4: view.keyLast4 } : {},
  };
  if (read?.account) facts.account = read.account;
  if (read?.session) facts.session = read.session;
  if (read?.orders) facts.orders = read.orders;
  if (read?.ledger) facts.ledger = read.ledger;
  if (read?.keys) facts.keys = read.keys;
  if (observations.success) facts.observations = observations.data;
  return facts;
}

export function panelTicket(
  read: ConsoleRead | undefined,
  view: TabView,
  options: { now: number; id: string; origin: string; warningsHeading: string },
): PanelTicket {
  const locale: Locale = view.locale;
  const facts = factsFor(read, view);
  const rules = defaultRules();
  const diagnosis = diagnose(facts, { now: options.now, rules });
  const note = view.warnings.length
    ? [options.warningsHeading, ...view.warnings.map((w) => `- ${w.text}`)].join('\n').slice(0, 2000)
    : '';
  const ticket = buildTicket(facts, diagnosis, note, {
    audience: 'support',
    now: options.now,
    id: options.id,
    locale,
    origin: options.origin,
    rules,
  });
  return {
    ticket,
    text: renderTicketText(ticket),
    json: renderTicketJson(ticket),
    email: renderTicketEmail(ticket),
  };
}

/** Where the page's widget config says tickets go (sdk/src/embed/loader.ts data attributes). */
export function declaredTransports(doc: Document): { webhook?: string; mailto?: string } {
  const el = doc.querySelector(
    'script[data-webhook], script[data-mailto], topup-doctor[data-webhook], topup-doctor[data-mailto]',
  );
  const out: { webhook?: string; mailto?: string } = {};
  const webhook = el?.getAttribute('data-webhook');
  if (webhook) {
    try {
      const url = new URL(webhook, doc.location.href);
      if (url.protocol === 'https:' || url.origin === doc.location.origin) out.webhook = url.href;
    } catch {
      // not a URL: no webhook
    }
  }
  const mailto = el?.getAttribute('data-mailto');
  if (mailto && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(mailto)) out.mailto = mailto;
  return out;
}
