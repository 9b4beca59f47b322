// The published contract: JSON Schemas generated from the zod schemas that validate at runtime (the core's
// Ticket, which the widget and the intake both parse with, and the forwarded webhook's envelope), so a
// receiver written in any language checks exactly what we check. Committed under docs/schemas/ and kept in
// sync by schemas.test.ts (UPDATE_SCHEMAS=1 rewrites them).
import { Ticket } from '@topup-doctor/sdk/core';
import * as z from 'zod/mini';
import { WebhookPayload } from '../forward/channels/webhook.js';

function generate(schema: z.ZodMiniType, meta: { $id: string; title: string; description: string }) {
  const { $schema, ...rest } = z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input' });
  return { $schema, ...meta, ...rest };
}

export function ticketJsonSchema(): Record<string, unknown> {
  return generate(Ticket, {
    $id: 'ticket.schema.json',
    title: 'Topup Doctor ticket',
    description:
      'What the widget POSTs to the intake (Idempotency-Key header = idempotencyKey). Every value is masked for its audience; see docs/intake.md.',
  });
}

export function webhookPayloadJsonSchema(): Record<string, unknown> {
  return generate(WebhookPayload, {
    $id: 'ticket-webhook.schema.json',
    title: 'Topup Doctor forwarded ticket (signed webhook body)',
    description:
      'The body the intake POSTs to an operator-configured webhook for each accepted ticket; signed as described in docs/webhook.md.',
  });
}

/** File name under docs/schemas/ -> generator. */
export const PUBLISHED_SCHEMAS = {
  'ticket.schema.json': ticketJsonSchema,
  'ticket-webhook.schema.json': webhookPayloadJsonSchema,
} as const;
