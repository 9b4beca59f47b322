// The account's usage log (new-api controller/log.go GetUserLogs) and keys (controller/token.go
// GetAllTokens). Keys are only ever answered masked: first 4 + ********** + last 4 (model.MaskTokenKey).
import { type Context, Hono } from 'hono';
import type { Db } from '../db.js';
import type { AppEnv, Deps } from '../deps.js';
import { pageInfo, pageQuery } from './paging.js';
import { userAuth } from './session.js';

function maskTokenKey(key: string): string {
  if (key === '') return '';
  if (key.length <= 4) return '*'.repeat(key.length);
  if (key.length <= 8) return `${key.slice(0, 2)}****${key.slice(-2)}`;
  return `${key.slice(0, 4)}**********${key.slice(-4)}`;
}

/**
 * A page of the usage log, newest first (controller/log.go GetUserLogs and GetAllLogs): filtered by `type`,
 * `start_timestamp` / `end_timestamp` and the named columns from the query, and to one user when given.
 */
export async function logPage(
  c: Context,
  db: Db,
  columns: readonly ('username' | 'token_name' | 'model_name')[],
  userId?: number,
) {
  const page = pageQuery(c);
  const conds: string[] = [];
  const args: unknown[] = [];
  const add = (test: string, v: unknown) => {
    args.push(v);
    conds.push(`${test} $${args.length}`);
  };
  const int = (name: string) => Number.parseInt(c.req.query(name) ?? '0', 10);
  if (userId !== undefined) add('user_id =', userId);
  if (int('type') > 0) add('type =', int('type'));
  if (int('start_timestamp') > 0) add('created_at >=', int('start_timestamp'));
  if (int('end_timestamp') > 0) add('created_at <=', int('end_timestamp'));
  for (const name of columns) {
    const value = c.req.query(name);
    if (value) add(`${name} =`, value);
  }
  const where = conds.length ? conds.join(' and ') : 'true';
  const total = await db.query<{ n: number }>(`select count(*)::int as n from logs where ${where}`, args);
  const rows = await db.query<Record<string, unknown>>(
    `select id, user_id, created_at::int as created_at, type, content, username, token_name, model_name,
            quota::int as quota, prompt_tokens, completion_tokens, use_time, is_stream, channel, token_id,
            "group", ip, other
     from logs where ${where} order by created_at desc, id desc limit ${page.pageSize} offset ${page.offset}`,
    args,
  );
  return c.json(pageInfo(page, total.rows[0]?.n ?? 0, rows.rows));
}

export function ledgerRoutes(deps: Deps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const auth = userAuth(deps);

  app.get('/api/log/self', auth, (c) => logPage(c, deps.db, ['token_name', 'model_name'], c.get('userId')));

  app.get('/api/token/', auth, async (c) => {
    const page = pageQuery(c);
    const userId = c.get('userId');
    const total = await deps.db.query<{ n: number }>(
      'select count(*)::int as n from tokens where user_id = $1',
      [userId],
    );
    const rows = await deps.db.query<Record<string, unknown> & { key: string }>(
      `select id, user_id, key, status, name, created_time::int as created_time, accessed_time::int as accessed_time,
              expired_time::int as expired_time, remain_quota::int as remain_quota, unlimited_quota,
              used_quota::int as used_quota, "group"
       from tokens where user_id = $1 order by id desc limit $2 offset $3`,
      [userId, page.pageSize, page.offset],
    );
    const items = rows.rows.map((r) => ({
      ...r,
      key: maskTokenKey(r.key),
      model_limits_enabled: false,
      model_limits: '',
      allow_ips: '',
    }));
    return c.json(pageInfo(page, total.rows[0]?.n ?? 0, items));
  });

  return app;
}
