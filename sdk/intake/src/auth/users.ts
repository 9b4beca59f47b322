// Support accounts: agents work tickets; admins also manage accounts. Usernames are unique ignoring case.
import { LOCALES, type Locale } from '@topup-doctor/sdk/core';
import type { Sql } from '../store/index.js';
import { num } from '../store/index.js';
import { hashPassword } from './password.js';

export const ROLES = ['agent', 'admin'] as const;
export type Role = (typeof ROLES)[number];
/** An agent's language: the languages the catalogs speak (the core's). */
export { LOCALES };

export interface User {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  disabled: boolean;
  locale: Locale;
  timeZone: string;
  createdAt: number;
  updatedAt: number;
}

interface Row {
  id: number;
  username: string;
  display_name: string;
  role: Role;
  disabled: boolean;
  locale: Locale;
  time_zone: string;
  created_at: string;
  updated_at: string;
  password_hash?: string;
}

const COLUMNS = 'id, username, display_name, role, disabled, locale, time_zone, created_at, updated_at';

const toUser = (r: Row): User => ({
  id: num(r.id),
  username: r.username,
  displayName: r.display_name,
  role: r.role,
  disabled: r.disabled,
  locale: r.locale,
  timeZone: r.time_zone,
  createdAt: num(r.created_at),
  updatedAt: num(r.updated_at),
});

/** 2-32 characters: letters, digits, dot, dash, underscore (an account name, not an email). */
export const USERNAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{1,31}$/;

export interface NewUser {
  username: string;
  displayName?: string;
  password: string;
  role: Role;
  locale: Locale;
  timeZone: string;
}

export async function createUser(
  sql: Sql,
  input: NewUser,
  now: number,
): Promise<{ ok: true; user: User } | { ok: false; code: 'username_taken' | 'bad_username' }> {
  if (!USERNAME_PATTERN.test(input.username)) return { ok: false, code: 'bad_username' };
  const hash = await hashPassword(input.password);
  const res = await sql.query<Row>(
    `insert into users (username, display_name, password_hash, role, locale, time_zone, created_at, updated_at)
     values ($1, $2, $3, $4, $5, $6, $7, $7)
     on conflict do nothing returning ${COLUMNS}`,
    [
      input.username,
      input.displayName?.trim() || input.username,
      hash,
      input.role,
      input.locale,
      input.timeZone,
      now,
    ],
  );
  const row = res.rows[0];
  return row ? { ok: true, user: toUser(row) } : { ok: false, code: 'username_taken' };
}

export async function findUserForLogin(
  sql: Sql,
  username: string,
): Promise<(User & { passwordHash: string }) | undefined> {
  const res = await sql.query<Row>(
    `select ${COLUMNS}, password_hash from users where lower(username) = lower($1)`,
    [username],
  );
  const row = res.rows[0];
  return row ? { ...toUser(row), passwordHash: row.password_hash ?? '' } : undefined;
}

export async function getUser(sql: Sql, id: number): Promise<User | undefined> {
  const res = await sql.query<Row>(`select ${COLUMNS} from users where id = $1`, [id]);
  return res.rows[0] ? toUser(res.rows[0]) : undefined;
}

export async function listUsers(sql: Sql): Promise<User[]> {
  const res = await sql.query<Row>(`select ${COLUMNS} from users order by lower(username)`);
  return res.rows.map(toUser);
}

export async function countAdmins(sql: Sql): Promise<number> {
  const res = await sql.query<{ n: number }>(
    `select count(*)::int as n from users where role = 'admin' and not disabled`,
  );
  return num(res.rows[0]?.n);
}

export interface UserPatch {
  displayName?: string;
  role?: Role;
  disabled?: boolean;
  locale?: Locale;
  timeZone?: string;
  password?: string;
}

export async function updateUser(sql: Sql, id: number, patch: UserPatch, now: number): Promise<boolean> {
  const sets: string[] = [];
  const args: unknown[] = [id, now];
  const set = (column: string, value: unknown) => {
    args.push(value);
    sets.push(`${column} = $${args.length}`);
  };
  if (patch.displayName !== undefined) set('display_name', patch.displayName.trim());
  if (patch.role !== undefined) set('role', patch.role);
  if (patch.disabled !== undefined) set('disabled', patch.disabled);
  if (patch.locale !== undefined) set('locale', patch.locale);
  if (patch.timeZone !== undefined) set('time_zone', patch.timeZone);
  if (patch.password !== undefined) set('password_hash', await hashPassword(patch.password));
  const res = await sql.query(
    `update users set updated_at = $2${sets.map((s) => `, ${s}`).join('')} where id = $1`,
    args,
  );
  // A new password or a disabled account ends the account's sessions.
  if (res.rowCount > 0 && (patch.password !== undefined || patch.disabled === true)) {
    await sql.query('delete from sessions where user_id = $1', [id]);
  }
  return res.rowCount > 0;
}
