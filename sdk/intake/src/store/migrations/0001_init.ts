// Version 1: tickets (validated, re-scanned JSON plus the columns the inbox searches and filters on),
// widget events (counters without personal data), support accounts and sessions, internal notes and
// the audit trail. Times are epoch milliseconds (bigint).
import type { Migration } from '../types.js';

export default {
  version: 1,
  name: 'init',
  sql: `
create table users (
  id serial primary key,
  username text not null,
  display_name text not null,
  password_hash text not null,
  role text not null check (role in ('agent', 'admin')),
  disabled boolean not null default false,
  locale text not null default 'zh-CN',
  time_zone text not null default 'Asia/Shanghai',
  created_at bigint not null,
  updated_at bigint not null
);
create unique index users_username on users (lower(username));

create table sessions (
  id_hash text primary key,
  user_id int not null references users(id) on delete cascade,
  csrf text not null,
  created_at bigint not null,
  expires_at bigint not null,
  last_seen_at bigint not null
);
create index sessions_user on sessions (user_id);

create table tickets (
  id text primary key,
  idempotency_key text unique not null,
  received_at bigint not null,
  updated_at bigint not null,
  status text not null default 'new',
  schema_version int not null,
  problem text not null,
  reason text,
  console_kind text not null,
  console_origin text,
  username text,
  refs text not null default '',
  locale text not null,
  assignee_id int references users(id) on delete set null,
  conclusion text,
  conclusion_note text not null default '',
  body jsonb not null
);
create index tickets_received on tickets (received_at desc, id);
create index tickets_status on tickets (status, received_at desc);
create index tickets_problem on tickets (problem, reason);

create table ticket_notes (
  id bigserial primary key,
  ticket_id text not null references tickets(id) on delete cascade,
  author_id int references users(id) on delete set null,
  at bigint not null,
  body text not null
);
create index ticket_notes_ticket on ticket_notes (ticket_id, at);

create table ticket_audit (
  id bigserial primary key,
  ticket_id text not null references tickets(id) on delete cascade,
  actor_id int references users(id) on delete set null,
  at bigint not null,
  action text not null,
  before text,
  after text
);
create index ticket_audit_ticket on ticket_audit (ticket_id, at);

create table widget_events (
  id bigserial primary key,
  type text not null,
  at bigint not null,
  problem text,
  reason text,
  console_origin text
);
create index widget_events_at on widget_events (at);
`,
} satisfies Migration;
