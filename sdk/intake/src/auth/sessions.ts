// Sessions: a random 256-bit token in an HttpOnly, SameSite=Strict cookie; the database keeps only its
// SHA-256, so a copy of the database does not log anyone in. Each session has its own CSRF token, sent by
// the inbox's forms (hidden field) and scripts (X-CSRF-Token header) and checked on every write.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Sql } from '../store/index.js';
import { num } from '../store/index.js';
import { getUser, type User } from './users.js';

export const SESSION_COOKIE = 'td_inbox_session';

const sha256 = (token: string) => createHash('sha256').update(token).digest('base64url');

export interface Session {
  user: User;
  csrf: string;
  idHash: string;
  expiresAt: number;
}

export async function createSession(
  sql: Sql,
  userId: number,
  now: number,
  ttlMs: number,
): Promise<{ token: string; csrf: string; expiresAt: number }> {
  const token = randomBytes(32).toString('base64url');
  const csrf = randomBytes(24).toString('base64url');
  const expiresAt = now + ttlMs;
  await sql.query(
    `insert into sessions (id_hash, user_id, csrf, created_at, expires_at, last_seen_at)
     values ($1, $2, $3, $4, $5, $4)`,
    [sha256(token), userId, csrf, now, expiresAt],
  );
  // Expired sessions are removed on the way (no timer to run).
  await sql.query('delete from sessions where expires_at < $1', [now]);
  return { token, csrf, expiresAt };
}

export async function readSession(sql: Sql, token: string, now: number): Promise<Session | undefined> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return undefined;
  const idHash = sha256(token);
  const res = await sql.query<{ user_id: number; csrf: string; expires_at: string }>(
    'select user_id, csrf, expires_at from sessions where id_hash = $1',
    [idHash],
  );
  const row = res.rows[0];
  if (!row || num(row.expires_at) <= now) return undefined;
  const user = await getUser(sql, num(row.user_id));
  if (!user || user.disabled) return undefined;
  return { user, csrf: row.csrf, idHash, expiresAt: num(row.expires_at) };
}

export async function deleteSession(sql: Sql, idHash: string): Promise<void> {
  await sql.query('delete from sessions where id_hash = $1', [idHash]);
}

export function csrfMatches(expected: string, given: string | undefined): boolean {
  if (!given) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}
