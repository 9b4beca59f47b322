// The intake's second line of defence: every string of an arriving ticket is masked again with the
// sdk's engine. The widget masks before sending, so a correct ticket comes back unchanged; anything
// the engine would still change (a card, a phone, a full order number or code, a key, an email outside
// its own field) means the ticket is refused with the field named, and nothing is stored.
import { FIELD_POLICY, maskField, maskText, type Ticket, type TicketFieldName } from '@topup-doctor/sdk/core';

export interface ScanRefusal {
  /** Path of the offending value: 'note', 'fields.tradeNo', 'checks[2].evidence', 'console.origin'. */
  field: string;
  /** The engine's finding kind ('bank_card', 'order_no', ...) or 'not_allowed' for a field this audience never gets. */
  kind: string;
}

export function scanTicket(ticket: Ticket): ScanRefusal | undefined {
  const audience = ticket.audience;
  for (const [name, value] of Object.entries(ticket.fields) as [
    TicketFieldName,
    string | number | boolean,
  ][]) {
    if (value === undefined) continue;
    const path = `fields.${name}`;
    if (FIELD_POLICY[name][audience] === 'omit') return { field: path, kind: 'not_allowed' };
    const result = maskField(name, value, { audience });
    if (result.value !== value || result.findings.length > 0) {
      return { field: path, kind: result.findings[0]?.kind ?? 'not_allowed' };
    }
  }
  const texts: [string, string | undefined][] = [
    ['note', ticket.note],
    ['reason', ticket.reason],
    ['rulesVersion', ticket.rulesVersion],
    ['console.origin', ticket.console.origin],
    ...ticket.checks.flatMap((check, i): [string, string][] => [
      [`checks[${i}].id`, check.id],
      [`checks[${i}].evidence`, check.evidence],
    ]),
  ];
  for (const [path, text] of texts) {
    if (!text) continue;
    const result = maskText(text, { audience });
    if (result.findings.length > 0 || result.text !== text) {
      return { field: path, kind: result.findings[0]?.kind ?? 'unknown' };
    }
  }
  return undefined;
}
