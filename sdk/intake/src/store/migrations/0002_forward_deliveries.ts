// Version 2: the forwarding queue. One row per (ticket, channel), written in the transaction that accepts the
// ticket; workers on any instance claim due rows (FOR UPDATE SKIP LOCKED) and lease them by moving
// next_attempt_at to the lease's end while status is 'sending'. Times are epoch milliseconds (bigint).
import type { Migration } from '../types.js';

export default {
  version: 2,
  name: 'forward_deliveries',
  sql: `
create table forward_deliveries (
  id bigserial primary key,
  ticket_id text not null references tickets(id) on delete cascade,
  channel text not null,
  status text not null default 'pending' check (status in ('pending', 'sending', 'sent', 'dead')),
  attempts int not null default 0,
  next_attempt_at bigint not null,
  last_error text,
  created_at bigint not null,
  updated_at bigint not null,
  sent_at bigint,
  unique (ticket_id, channel)
);
create index forward_deliveries_due on forward_deliveries (next_attempt_at) where status in ('pending', 'sending');
`,
} satisfies Migration;
