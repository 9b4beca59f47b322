// checkTicket: the one strict check every intake runs on an arriving ticket before storing anything.
// In order: text the database can store (no NUL, no lone surrogate, anywhere: keys included), the Ticket
// schema, the exact format of every structured value (ticket/formats.ts: our ids and keys, console ids,
// the masking engine's exact masks), then a scan of every string that is stored with the masking engine:
// anything it would still change (a card, a phone, a full order number or code, a key, an email outside
// its own field) refuses the ticket, naming the field and never echoing the value.
import type * as z from 'zod/mini';
import { maskText } from '../mask/engine.js';
import { FIELD_POLICY, TicketFieldName } from './fields.js';
import {
  CHECK_ID,
  FIELD_FORMATS,
  FINDING_KIND,
  hasShape,
  IDEMPOTENCY_PREFIX,
  ORIGIN,
  REASON,
  RULES_VERSION,
  TICKET_ID,
} from './formats.js';
import { Ticket } from './schema.js';

export interface TicketRefusal {
  /** unstorable: text no database stores; invalid_ticket: schema or format; unmasked_data: a finding. */
  error: 'unstorable' | 'invalid_ticket' | 'unmasked_data';
  /** Path of the offending value: 'note', 'fields.tradeNo', 'checks[2].evidence', 'masked[0].kind'. */
  field: string;
  /** The engine's finding kind, 'format', 'not_allowed' (a field this audience never gets) or the issue. */
  kind: string;
  message: string;
}

export type TicketVerdict = { ok: true; ticket: Ticket } | ({ ok: false } & TicketRefusal);

const pathOf = (path: readonly PropertyKey[]): string =>
  path
    .map((p) => (typeof p === 'number' ? `[${p}]` : String(p)))
    .join('.')
    .replace(/\.\[/g, '[') || '(body)';

/** The first NUL or unpaired surrogate in a string, or -1. */
export function unstorableAt(s: string): number {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0) return i;
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
      else return i;
    } else if (c >= 0xdc00 && c <= 0xdfff) return i;
  }
  return -1;
}

/** Path of the first string (or key) that a database cannot store as text. */
function findUnstorable(value: unknown, path: PropertyKey[] = [], depth = 0): string | undefined {
  if (typeof value === 'string') return unstorableAt(value) >= 0 ? pathOf(path) : undefined;
  if (depth > 8 || value === null || typeof value !== 'object') return undefined;
  for (const [k, v] of Array.isArray(value) ? value.entries() : Object.entries(value)) {
    const key = Array.isArray(value) ? Number(k) : String(k);
    if (typeof key === 'string' && unstorableAt(key) >= 0) return pathOf([...path, '(key)']);
    const found = findUnstorable(v, [...path, key], depth + 1);
    if (found) return found;
  }
  return undefined;
}

const refuse = (
  error: TicketRefusal['error'],
  field: string,
  kind: string,
  message: string,
): TicketVerdict => ({
  ok: false,
  error,
  field,
  kind,
  message,
});
/** v2 check message keys and param names: catalog-key and identifier shapes only. */
const MESSAGE_KEY = /^[a-z][A-Za-z0-9]*(?:[._-][A-Za-z0-9]+){1,8}$/;
const PARAM_NAME = /^[A-Za-z][A-Za-z0-9]{0,39}$/;

const badFormat = (field: string) =>
  refuse('invalid_ticket', field, 'format', `${field} is not in the format the widget sends`);

/** Structured values: each in its exact format. */
function checkFormats(t: Ticket): TicketVerdict | undefined {
  if (!TICKET_ID.test(t.id)) return badFormat('id');
  if (t.idempotencyKey !== IDEMPOTENCY_PREFIX + t.id) return badFormat('idempotencyKey');
  if (!RULES_VERSION.test(t.rulesVersion)) return badFormat('rulesVersion');
  if (t.console.origin !== undefined && !ORIGIN.test(t.console.origin)) return badFormat('console.origin');
  if (t.reason !== undefined && !REASON.test(t.reason)) return badFormat('reason');
  for (const [i, c] of t.checks.entries()) {
    if (!CHECK_ID.test(c.id)) return badFormat(`checks[${i}].id`);
    // v2: a message key is a catalog key's shape ('check.order-status', 'ext.warn.staleTab'), nothing else.
    if (c.key !== undefined && !MESSAGE_KEY.test(c.key)) return badFormat(`checks[${i}].key`);
    for (const k of Object.keys(c.params ?? {}))
      if (!PARAM_NAME.test(k)) return badFormat(`checks[${i}].params`);
  }
  for (const [i, m] of t.masked.entries()) {
    const known =
      m.field === 'note' ||
      TicketFieldName.safeParse(m.field).success ||
      (m.field.startsWith('check:') && CHECK_ID.test(m.field.slice(6)));
    if (!known) return badFormat(`masked[${i}].field`);
    if (!FINDING_KIND.test(m.kind)) return badFormat(`masked[${i}].kind`);
  }
  for (const [name, value] of Object.entries(t.fields) as [TicketFieldName, string | number | boolean][]) {
    const path = `fields.${name}`;
    if (FIELD_POLICY[name][t.audience] === 'omit')
      return refuse(
        'unmasked_data',
        path,
        'not_allowed',
        `${path} never travels to the ${t.audience} audience`,
      );
    const format = FIELD_FORMATS[name];
    if (format.type !== typeof value) return badFormat(path);
    if (typeof value === 'number' && !Number.isFinite(value)) return badFormat(path);
    if (typeof value === 'string' && !hasShape(format, value)) {
      // Say what it is when the engine recognizes it (an unmasked trade number), else just the format.
      const kind = maskText(value as string, { audience: t.audience }).findings[0]?.kind;
      return kind
        ? refuse('unmasked_data', path, kind, `${path} contains data that must be masked (${kind})`)
        : badFormat(path);
    }
  }
  return undefined;
}

/** Every stored string the formats do not pin down exactly: masked again, must come back unchanged. */
function scan(t: Ticket): TicketVerdict | undefined {
  const texts: [string, string | undefined][] = [
    ['id', t.id],
    ['rulesVersion', t.rulesVersion],
    ['console.origin', t.console.origin],
    ['note', t.note],
    ...t.checks.flatMap((c, i): [string, string][] => [
      [`checks[${i}].id`, c.id],
      [`checks[${i}].evidence`, c.evidence],
      // v2: the params beside the words are masked like them.
      ...Object.entries(c.params ?? {}).flatMap(([k, v]): [string, string][] =>
        typeof v === 'string' ? [[`checks[${i}].params.${k}`, v]] : [],
      ),
    ]),
  ];
  for (const [name, value] of Object.entries(t.fields) as [TicketFieldName, string | number | boolean][]) {
    const format = FIELD_FORMATS[name];
    if (typeof value === 'string' && format.type === 'string' && format.scan)
      texts.push([`fields.${name}`, value]);
  }
  for (const [path, text] of texts) {
    if (!text) continue;
    const r = maskText(text, { audience: t.audience, locale: t.locale });
    if (r.findings.length > 0 || r.text !== text) {
      const kind = r.findings[0]?.kind ?? 'unknown';
      return refuse('unmasked_data', path, kind, `${path} contains data that must be masked (${kind})`);
    }
  }
  return undefined;
}

/** The strict check of an arriving ticket (parsed JSON). Refusals are HTTP 422 with `field` named. */
export function checkTicket(body: unknown): TicketVerdict {
  const unstorable = findUnstorable(body);
  if (unstorable)
    return refuse(
      'unstorable',
      unstorable,
      'unstorable_text',
      `${unstorable} holds a NUL character or a broken surrogate pair, which cannot be stored`,
    );
  const parsed = Ticket.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0] as z.core.$ZodIssue;
    const field =
      issue.code === 'unrecognized_keys' ? pathOf([...issue.path, ...issue.keys]) : pathOf(issue.path);
    return refuse('invalid_ticket', field, issue.code, `${field}: ${issue.message}`);
  }
  const ticket = parsed.data;
  return checkFormats(ticket) ?? scan(ticket) ?? { ok: true, ticket };
}
