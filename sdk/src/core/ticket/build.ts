// buildTicket: the minimal fields for the problem, read from what the diagnosis decided from (its basis) and
// each masked for its audience by the masking engine; the checks rendered in the ticket's locale and masked,
// with their message keys and masked params beside the words (schema v2); the companion extension's warnings
// as further checks; the note masked; every masking decision listed, the user's own typing included.
// Long text is cut by grapheme (text/limit.ts), never by UTF-16 unit: a cut emoji is a lone surrogate the
// intake refuses as unstorable.
// Pure: clock and id passed in.
// No schema pass over its own output (zod stays off the widget's path): every part is built to the Ticket
// schema's shape and limits here (the types, the caps below, ticketText), the caller's id and the operator's
// rules version are checked, and build.test.ts validates what it builds with the schema the intake uses.

import type { BridgeWarning } from '../bridge/protocol.js';
import type { Diagnosis } from '../diagnose/types.js';
import type { Facts } from '../facts/schema.js';
import type { Locale, Message, MessageParams } from '../i18n/message.js';
import { type FormatOptions, hasKey, t } from '../i18n/t.js';
import { maskField, maskText } from '../mask/index.js';
import type { Rules } from '../rules/schema.js';
import { ticketText } from '../text/limit.js';
import type { Audience } from './fields.js';
import { TICKET_SCHEMA_VERSION } from './formats.js';
import type { MaskNotice, Ticket, TicketCheck } from './schema.js';
import { fieldValue } from './values.js';

export interface BuildTicketOptions extends FormatOptions {
  audience: Audience;
  now: number;
  /** 6-64 characters, from the caller's id source; retries of the same ticket reuse it. */
  id: string;
  locale: Locale;
  /** The console's origin, so support routes the ticket to the operator of the console in use. */
  origin?: string;
  /** Kept for callers of the first API: the diagnosis's basis now carries what the rules decided. */
  rules?: Rules;
  /** The companion extension's warnings (bridge), worded by the core catalogs (`ext.warn.*` keys only). */
  warnings?: readonly BridgeWarning[];
}

const MAX_CHECKS = 50;
const MAX_NOTICES = 200;
/** The Ticket schema's limits on a notice's field name and a param's name. */
const MAX_NAME = 40;

/** Same id, same key: the intake accepts a retried ticket once. */
export const idempotencyKey = (id: string): string => `topup-doctor:${id}`;

/** Only scheme://host[:port]: userinfo, path and query never travel. */
export function cleanOrigin(origin: string): string | undefined {
  const m = /^([a-z][a-z0-9+.-]*:\/\/)(?:[^@/?#\s]*@)?([^/?#\s@]+)/i.exec(origin.trim());
  return m ? (m[1]! + m[2]!).slice(0, 200) : undefined;
}

/**
 * Public pastes show no account id: params ending in `Id` are hidden, and `#id` inside a label
 * (`爱丽丝 (#1)` from the extension) becomes `#***`.
 */
function forAudience(m: Message, audience: Audience): Message {
  if (audience !== 'public' || !m.params) return m;
  const params: MessageParams = {};
  for (const [k, v] of Object.entries(m.params))
    params[k] = k.endsWith('Id') ? '***' : typeof v === 'string' ? v.replace(/#\w+/g, '#***') : v;
  return { key: m.key, params };
}

export function buildTicket(
  facts: Facts,
  diagnosis: Diagnosis,
  note: string,
  opts: BuildTicketOptions,
): Ticket {
  const { audience, locale } = opts;
  // The two values that come from outside this function's types: the caller's id and the rules' version.
  if (opts.id.length < 6 || opts.id.length > 64) throw new RangeError('ticket id: 6 to 64 characters');
  if (diagnosis.rulesVersion.length > 64) throw new RangeError('rules version: at most 64 characters');
  const mopts = { audience, locale };
  const masked: MaskNotice[] = [];
  const notice = (field: string, kinds: readonly { kind: string }[]) => {
    for (const f of kinds)
      if (masked.length < MAX_NOTICES) masked.push({ field: field.slice(0, MAX_NAME), kind: f.kind });
  };
  // What masking changed while the user typed (the answers and the note hold only the masked text).
  for (const m of facts.answers.masked ?? []) notice(m.field, [m]);

  const basis = diagnosis.basis ?? { duplicates: [] };
  const fields: Ticket['fields'] = {};
  for (const name of diagnosis.ticketFields) {
    const raw = fieldValue(name, { facts, basis, locale });
    if (raw === undefined) continue;
    const r = maskField(name, raw, mopts);
    if (r.value === undefined) continue;
    fields[name] = typeof r.value === 'string' ? ticketText(r.value, 500) : r.value;
    notice(name, r.findings);
  }

  const checks: TicketCheck[] = [];
  const addCheck = (id: string, status: TicketCheck['status'], message: Message) => {
    const m = forAudience(message, audience);
    const r = maskText(t(locale, m, opts), mopts);
    notice(`check:${id}`, r.findings);
    const check: TicketCheck = { id, status, evidence: ticketText(r.text, 1000), key: m.key };
    if (m.params) {
      const params: MessageParams = {};
      // Catalog keys and values too short to hold a secret need no scan (the words were scanned above).
      for (const [k, v] of Object.entries(m.params))
        params[k] =
          typeof v !== 'string' || k.endsWith('Key') || v.length < 6
            ? v
            : ticketText(maskText(v, mopts).text, 300);
      check.params = params;
    }
    checks.push(check);
  };
  for (const c of diagnosis.checks.slice(0, MAX_CHECKS)) addCheck(c.id, c.status, c.evidence);
  for (const w of opts.warnings ?? []) {
    if (checks.length >= MAX_CHECKS) break;
    // Only the extension's own keys, and only ones this core can word: a newer extension's key, or any
    // other key a page script might post, is left out rather than sent raw.
    if (!w.key.startsWith('ext.warn.') || !hasKey(w.key)) continue;
    // Nor are param names longer than a ticket holds, or a `...Key` param that names no catalog key.
    const odd = ([k, v]: [string, unknown]) =>
      k.length > MAX_NAME || (k.endsWith('Key') && !(typeof v === 'string' && hasKey(v)));
    if (Object.entries(w.params ?? {}).some(odd)) continue;
    const message: Message = w.params ? { key: w.key, params: w.params } : { key: w.key };
    // A warning whose params did not arrive would read "{stored}": support gets nothing from it.
    if (/\{\w+\}/.test(t(locale, message))) continue;
    addCheck(`extension.${w.id}`.slice(0, 80), 'warn', message);
  }

  const n = maskText(note, mopts);
  notice('note', n.findings);
  const origin = opts.origin === undefined ? undefined : cleanOrigin(opts.origin);

  return {
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
    note: ticketText(n.text, 2000),
    masked,
  };
}
