// The Ticket: what leaves the browser for support (or the clipboard, for a public paste).
// The same schema validates it in the widget before sending and in the intake server on arrival.
import * as z from 'zod/mini';
import { ConsoleKind, ProblemId } from '../facts/schema.js';
import { Locale } from '../i18n/message-schema.js';
import { Audience, TicketFieldName } from './fields.js';

import { TICKET_SCHEMA_VERSION } from './formats.js';

export { TICKET_SCHEMA_VERSION };
export const TicketSchemaVersion = z.union([z.literal(1), z.literal(TICKET_SCHEMA_VERSION)]);

const FieldValue = z.union([z.string().check(z.maxLength(500)), z.number(), z.boolean()]);

export const TicketCheck = z.object({
  id: z.string().check(z.maxLength(80)),
  status: z.enum(['ok', 'warn', 'fail', 'unknown']),
  /** The evidence rendered in the ticket's locale, masked. */
  evidence: z.string().check(z.maxLength(1000)),
  /** v2: the catalog key of the evidence, so an inbox can word it in the agent's language. */
  key: z.optional(z.string().check(z.maxLength(120))),
  /** v2: its params, masked like the words (account ids hidden in public pastes). */
  params: z.optional(
    z.record(z.string().check(z.maxLength(40)), z.union([z.string().check(z.maxLength(300)), z.number()])),
  ),
});
export type TicketCheck = z.infer<typeof TicketCheck>;

/** What the masking changed, so the preview can say "a bank card number was masked" and why. */
export const MaskNotice = z.object({
  /** The field name, or 'note' for the free text. */
  field: z.string().check(z.maxLength(40)),
  /** The masking engine's finding kind (FINDING_KINDS); a plain string so tickets of other versions still parse. */
  kind: z.string().check(z.maxLength(40)),
});
export type MaskNotice = z.infer<typeof MaskNotice>;

export const Ticket = z.object({
  schemaVersion: TicketSchemaVersion,
  id: z.string().check(z.minLength(6), z.maxLength(64)),
  /** Same key for retries of the same ticket: the intake accepts it once. */
  idempotencyKey: z.string().check(z.minLength(8), z.maxLength(128)),
  createdAt: z.iso.datetime(),
  audience: Audience,
  locale: Locale,
  rulesVersion: z.string().check(z.maxLength(64)),
  console: z.object({
    kind: ConsoleKind,
    /** The console's origin (https://gateway.example), so support routes it to the right operator. */
    origin: z.optional(z.string().check(z.maxLength(200))),
  }),
  problem: ProblemId,
  reason: z.optional(z.string().check(z.maxLength(60))),
  resolution: z.enum(['self', 'wait', 'operator']),
  /** Only the minimal fields for the problem, each masked for the audience. */
  fields: z.partialRecord(TicketFieldName, FieldValue),
  checks: z.array(TicketCheck).check(z.maxLength(50)),
  /** The user's note, masked. */
  note: z.string().check(z.maxLength(2000)),
  masked: z.array(MaskNotice).check(z.maxLength(200)),
});
export type Ticket = z.infer<typeof Ticket>;

/** The JSON the intake receives, validated by the same schema the server uses. (Here, not in render.ts:
 *  the widget renders text and email without loading the schema.) */
export function renderTicketJson(ticket: Ticket): string {
  return JSON.stringify(Ticket.parse(ticket), null, 2);
}
