// Version 3: the gateway's record beside each ticket (reconciliation), cached with the time it was looked
// up so the inbox shows it at once and says how old it is. The JSON is the masked view support sees
// (`…1234`, `ab…9f3e`); full order numbers, codes and credentials are never stored.
import type { Migration } from '../types.js';

export default {
  version: 3,
  name: 'ticket_reconcile',
  sql: `
create table ticket_reconcile (
  ticket_id text primary key references tickets(id) on delete cascade,
  checked_at bigint not null,
  result jsonb not null
);
`,
} satisfies Migration;
