// @topup-doctor/sdk/mask: the masking engine alone, for callers that only mask (a server re-scanning
// text, a log scrubber, a page script masking before it stores). No zod, no catalogs, no diagnosis: what
// it loads is the engine and the field table (bench/mask.bench.ts prints its import cost).
export * from './core/mask/index.js';
export { type Audience, FIELD_POLICY, type TicketFieldName } from './core/ticket/field-policy.js';
