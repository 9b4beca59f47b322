// The demo's embedded database: PGlite (Postgres in WASM) under DATA_DIR, so tickets, orders and
// balances survive restarts. One schema for the imitated console and the payment simulator (the intake
// keeps its own database: @topup-doctor/intake, under DATA_DIR/intake).
import { PGlite } from '@electric-sql/pglite';

export type Db = PGlite;

const SCHEMA = `
create table if not exists users (
  id serial primary key,
  username text unique not null,
  password text not null,
  display_name text not null,
  email text not null default '',
  role int not null default 1,
  status int not null default 1,
  "group" text not null default 'default',
  quota bigint not null default 0,
  used_quota bigint not null default 0,
  request_count int not null default 0,
  -- new-api's system access token (model.User.AccessToken): admin API calls send it in Authorization.
  access_token text unique
);
alter table users add column if not exists access_token text unique;
create table if not exists sessions (
  sid text primary key,
  user_id int not null references users(id),
  created_at bigint not null
);
create table if not exists tokens (
  id serial primary key,
  user_id int not null references users(id),
  key text unique not null,
  name text not null,
  status int not null default 1,
  created_time bigint not null,
  accessed_time bigint not null,
  expired_time bigint not null default -1,
  remain_quota bigint not null default 0,
  unlimited_quota boolean not null default true,
  used_quota bigint not null default 0,
  "group" text not null default ''
);
create table if not exists redemptions (
  id serial primary key,
  user_id int not null default 1,
  key text unique not null,
  name text not null,
  status int not null default 1,
  quota bigint not null,
  created_time bigint not null,
  redeemed_time bigint not null default 0,
  used_user_id int not null default 0,
  expired_time bigint not null default 0
);
create table if not exists top_ups (
  id serial primary key,
  user_id int not null references users(id),
  amount bigint not null,
  money double precision not null,
  trade_no text unique not null,
  payment_method text not null,
  payment_provider text not null default 'epay',
  create_time bigint not null,
  complete_time bigint not null default 0,
  status text not null
);
create table if not exists logs (
  id serial primary key,
  user_id int not null,
  created_at bigint not null,
  type int not null,
  content text not null default '',
  username text not null default '',
  token_name text not null default '',
  model_name text not null default '',
  quota bigint not null default 0,
  prompt_tokens int not null default 0,
  completion_tokens int not null default 0,
  use_time int not null default 0,
  is_stream boolean not null default false,
  channel int not null default 0,
  token_id int not null default 0,
  "group" text not null default '',
  ip text not null default '',
  other text not null default ''
);
create table if not exists sim_orders (
  trade_no text primary key,
  pay_type text not null,
  name text not null,
  money double precision not null,
  notify_url text not null,
  return_url text not null,
  state text not null default 'awaiting',
  callback_mode text not null default 'immediate',
  delay_minutes int not null default 0,
  paid_money double precision,
  paid_at bigint,
  callback_due_at bigint,
  callbacks_left int not null default 0,
  created_at bigint not null
);
create table if not exists sim_notifications (
  id serial primary key,
  trade_no text not null,
  at bigint not null,
  url text not null,
  http_status int not null,
  response text not null
);
-- The sub2api-shaped console (demo/src/sub2api): its own accounts, orders, redeem codes and keys, as
-- Wei-Shaw/sub2api keeps them (money stored directly in USD, times as timestamps, codes case-sensitive).
create table if not exists s2_users (
  id serial primary key,
  email text unique not null,
  username text not null,
  password text not null,
  role text not null default 'user',
  balance double precision not null default 0,
  concurrency int not null default 5,
  status text not null default 'active',
  created_at bigint not null
);
create table if not exists s2_sessions (
  token text primary key,
  user_id int not null references s2_users(id),
  created_at bigint not null
);
create table if not exists s2_orders (
  id serial primary key,
  user_id int not null references s2_users(id),
  amount double precision not null,
  pay_amount double precision not null,
  fee_rate double precision not null default 0,
  payment_type text not null,
  out_trade_no text unique not null,
  status text not null,
  order_type text not null default 'balance',
  created_at bigint not null,
  expires_at bigint not null,
  paid_at bigint,
  completed_at bigint,
  refund_amount double precision not null default 0,
  refund_reason text
);
-- The balance code a balance order credits through (service/payment_fulfillment.go doBalance creates a
-- balance redeem code of this key and redeems it for the owner): how balance history shows the order.
alter table s2_orders add column if not exists recharge_code text;
create table if not exists s2_redeem_codes (
  id serial primary key,
  code text unique not null,
  type text not null default 'balance',
  value double precision not null,
  status text not null default 'unused',
  used_by int,
  used_at bigint,
  created_at bigint not null,
  expires_at bigint,
  notes text not null default '',
  processing_until bigint not null default 0
);
create table if not exists s2_redeem_failures (
  id serial primary key,
  user_id int not null,
  at bigint not null
);
create table if not exists s2_keys (
  id serial primary key,
  user_id int not null references s2_users(id),
  key text unique not null,
  name text not null,
  status text not null default 'active',
  created_at bigint not null
);
`;

/** The console data a scenario replaces (both consoles and the simulator); tickets and widget counters stay. */
const CONSOLE_TABLES = [
  'sessions',
  'tokens',
  'redemptions',
  'top_ups',
  'logs',
  'users',
  'sim_notifications',
  'sim_orders',
  's2_sessions',
  's2_keys',
  's2_redeem_failures',
  's2_redeem_codes',
  's2_orders',
  's2_users',
];

export async function clearConsoleData(db: Db): Promise<void> {
  await db.exec(`truncate ${CONSOLE_TABLES.join(', ')} restart identity cascade`);
}

export async function openDb(dataDir: string): Promise<Db> {
  const db = await PGlite.create(dataDir);
  await db.exec(SCHEMA);
  return db;
}
