// The fields a ticket may carry and, per audience, how each is treated (docs/domain.md section 3).
// A field's name decides its treatment: the masking engine's field-level function reads the table, which
// lives zod-free in field-policy.ts; here are the schemas built from the same lists.
import * as z from 'zod/mini';
import { AUDIENCES, FIELD_NAMES } from './field-policy.js';

export { FIELD_POLICY, type FieldTreatment } from './field-policy.js';

export const TicketFieldName = z.enum(FIELD_NAMES);
export type TicketFieldName = z.infer<typeof TicketFieldName>;

export const Audience = z.enum(AUDIENCES);
export type Audience = z.infer<typeof Audience>;
