// buildTicket: the minimal fields for the problem, each masked for its audience by the masking engine,
// the checks rendered in the ticket's locale and masked, the note masked. Pure: clock and id passed in.

import { buildContext } from '../diagnose/context.js';
import type { Diagnosis } from '../diagnosis/types.js';
import type { Facts } from '../facts/schema.js';
import type { Locale, Message, MessageParams } from '../i18n/message.js';
import { type FormatOptions, t } from '../i18n/t.js';
import { maskField, maskText } from '../mask/index.js';
import { defaultRules, type Rules } from '../rules/schema.js';
import type { Audience } from './fields.js';
import { type MaskNotice, TICKET_SCHEMA_VERSION, Ticket } from './schema.js';
import { fieldValue } from './values.js';

export interface BuildTicketOptions extends FormatOptions {
  audience: Audience;
  now: number;
  /** 6-64 characters, from the caller's id source; retries of the same ticket reuse it. */
  id: string;
  locale: Locale;
  /** The console's origin, so support routes the ticket to the operator of the console in use. */
  origin?: string;
  /** The rules the diagnosis used (to pick the same order); defaults otherwise. */
  rules?: Rules;
}

/** Same id, same key: the intake accepts a retried ticket once. */
export const idempotencyKey = (id: string): string => `topup-doctor:${id}`;

/** Only scheme://host[:port]: userinfo, path and query never travel. */
export function cleanOrigin(origin: string): string | undefined {
  const m = /^([a-z][a-z0-9+.-]*:\/\/)(?:[^@/?#\s]*@)?([^/?#\s@]+)/i.exec(origin.trim());
  return m ? (m[1]! + m[2]!).slice(0, 200) : undefined;
}

/** Account ids (params ending in `Id`) are omitted from public text, like the accountId field. */
function forAudience(m: Message, audience: Audience): Message {
  if (audience !== 'public' || !m.params) return m;
  const params: MessageParams = {};
  for (const [k, v] of Object.entries(m.params)) params[k] = k.endsWith('Id') ? '***' : v;
  return { key: m.key, params };
}

export function buildTicket(
  facts: Facts,
  diagnosis: Diagnosis,
  note: string,
  opts: BuildTicketOptions,
): Ticket {
  const { audience, locale } = opts;
  const mopts = { audience, locale };
  const ctx = buildContext(facts, opts.now, opts.rules ?? defaultRules());
  const masked: MaskNotice[] = [];
  const notice = (field: string, kinds: { kind: string }[]) => {
    for (const f of kinds) if (masked.length < 200) masked.push({ field, kind: f.kind });
  };

  const fields: Ticket['fields'] = {};
  for (const name of diagnosis.ticketFields) {
    const raw = fieldValue(name, ctx);
    if (raw === undefined) continue;
    const r = maskField(name, raw, mopts);
    if (r.value === undefined) continue;
    fields[name] = typeof r.value === 'string' ? r.value.slice(0, 500) : r.value;
    notice(name, r.findings);
  }

  const checks = diagnosis.checks.slice(0, 50).map((c) => {
    const r = maskText(t(locale, forAudience(c.evidence, audience), opts), mopts);
    notice(`check:${c.id}`, r.findings);
    return { id: c.id, status: c.status, evidence: r.text.slice(0, 1000) };
  });

  const n = maskText(note, mopts);
  notice('note', n.findings);
  const origin = opts.origin === undefined ? undefined : cleanOrigin(opts.origin);

  return Ticket.parse({
    schemaVersion: TICKET_SCHEMA_VERSION,
    id: opts.id,
    idempotencyKey: idempotencyKey(opts.id),
    createdAt: new Date(opts.now).toISOString(),
    audience,
    locale,
    rulesVersion: diagnosis.rulesVersion,
    console: origin ? { kind: facts.console.kind, origin } : { kind: facts.console.kind },
    problem: diagnosis.problem,
    ...(diagnosis.reason ? { reason: diagnosis.reason } : {}),
    resolution: diagnosis.resolution,
    fields,
    checks,
    note: n.text.slice(0, 2000),
    masked,
  });
}
