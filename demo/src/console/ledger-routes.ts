// The account's usage log (new-api controller/log.go GetUserLogs) and keys (controller/token.go
// GetAllTokens). Keys are only ever answered masked: first 4 + ********** + last 4 (model.MaskTokenKey).
import { Hono } from 'hono';
import type { AppEnv, Deps } from '../deps.js';
import { pageInfo, pageQuery } from './paging.js';
import { userAuth } from './session.js';

export function maskTokenKey(key: string): string {
  if (key === '') return '';
  if (key.length <= 4) return '*'.repeat(key.length);
  if (key.length <= 8) return `${key.slice(0, 2)}****${key.slice(-2)}`;
  return `${key.slice(0, 4)}**********${key.slice(-4)}`;
}

export function ledgerRoutes(deps: Deps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const auth = userAuth(deps);

  app.get('/api/log/self', auth, async (c) => {
    const page = pageQuery(c);
    const conds = ['user_id = $1'];
    const args: unknown[] = [c.get('userId')];
    const type = Number.parseInt(c.req.query('type') ?? '0', 10);
    if (type > 0) {
      args.push(type);
      conds.push(`type = $${args.length}`);
    }
    const start = Number.parseInt(c.req.query('start_timestamp') ?? '0', 10);
    if (start > 0) {
      args.push(start);
      conds.push(`created_at >= $${args.length}`);
    }
    const end = Number.parseInt(c.req.query('end_timestamp') ?? '0', 10);
    if (end > 0) {
      args.push(end);
      conds.push(`created_at <= $${args.length}`);
    }
    for (const name of ['token_name', 'model_name'] as const) {
      const value = c.req.query(name);
      if (value) {
        args.push(value);
        conds.push(`${name} = $${args.length}`);
      }
    }
    const where = conds.join(' and ');
    const total = await deps.db.query<{ n: number }>(
      `select count(*)::int as n from logs where ${where}`,
      args,
    );
    const rows = await deps.db.query<Record<string, unknown>>(
      `select id, user_id, created_at::int as created_at, type, content, username, token_name, model_name,
              quota::int as quota, prompt_tokens, completion_tokens, use_time, is_stream, channel, token_id,
              "group", ip, other
       from logs where ${where} order by created_at desc, id desc limit ${page.pageSize} offset ${page.offset}`,
      args,
    );
    return c.json(pageInfo(page, total.rows[0]?.n ?? 0, rows.rows));
  });

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
