// new-api's admin endpoints that support's reconciliation reads (router/api-router.go, AdminAuth), in the
// shapes of the builds this console imitates:
// - `GET /api/user/topup?p=&page_size=&keyword=` every user's top-ups (controller/topup.go GetAllTopUps;
//   the keyword is a LIKE pattern on trade_no, exact without `%`, at most two `%`: model/topup.go
//   SearchAllTopUps + sanitizeLikePattern); newer builds join the username, as here.
// - `POST /api/user/topup/complete {trade_no}` (AdminCompleteTopUp -> model.ManualCompleteTopUp): the same
//   credit as the callback, with the ledger text "管理员补单成功…"; an order already successful answers
//   success again, one that is not pending is refused.
// - `GET /api/user/:id`, `GET /api/redemption/?p=`, `GET /api/redemption/search?keyword=` (id, name prefix
//   or the whole key), `GET /api/log/?type=&username=&start_timestamp=&end_timestamp=`.
// Auth (middleware/auth.go authHelper): a system access token in `Authorization` (optionally "Bearer ")
// whose user is an admin (role >= 10), and `New-Api-User` equal to that user's id; refusals answer with
// the console's own texts (401 without a token, HTTP 200 `{success: false}` for a bad token or a
// non-admin, as the builds of this generation do).
import { Hono, type MiddlewareHandler } from 'hono';
import type { AppEnv, Deps } from '../deps.js';
import { nowSec } from '../deps.js';
import { logPage } from './ledger-routes.js';
import { pageInfo, pageQuery } from './paging.js';
import { AUTH_TEXT, manualTopupLogText } from './texts.js';
import { completeTopUp } from './topup-routes.js';

const ROLE_ADMIN = 10;

/** The LIKE pattern sanitizeLikePattern accepts, or an error text as new-api words it. */
function likePattern(keyword: string): { pattern: string } | { error: string } {
  const escaped = keyword.replace(/!/g, '!!').replace(/_/g, '!_');
  if (escaped.includes('%%')) return { error: '搜索模式中不允许包含连续的 % 通配符' };
  const count = (escaped.match(/%/g) ?? []).length;
  if (count > 2) return { error: '搜索模式中最多允许包含 2 个 % 通配符' };
  if (count > 0 && escaped.replace(/%/g, '').length < 2)
    return { error: '使用模糊搜索时，关键词长度至少为 2 个字符' };
  return { pattern: escaped };
}

export function adminAuth(deps: Deps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const raw = (c.req.header('Authorization') ?? '').trim();
    const token = raw.replace(/^Bearer\s+/i, '');
    if (!token) return c.json({ success: false, message: AUTH_TEXT.notLoggedIn }, 401);
    const res = await deps.db.query<{ id: number; role: number; status: number }>(
      'select id, role, status from users where access_token = $1',
      [token],
    );
    const user = res.rows[0];
    if (!user) return c.json({ success: false, message: AUTH_TEXT.badToken });
    const header = c.req.header('New-Api-User');
    if (!header) return c.json({ success: false, message: AUTH_TEXT.noUserHeader }, 401);
    if (!/^-?\d+$/.test(header.trim()))
      return c.json({ success: false, message: AUTH_TEXT.badUserHeader }, 401);
    if (Number(header) !== user.id) return c.json({ success: false, message: AUTH_TEXT.userMismatch }, 401);
    if (user.status !== 1) return c.json({ success: false, message: AUTH_TEXT.banned });
    if (user.role < ROLE_ADMIN) return c.json({ success: false, message: AUTH_TEXT.notAdmin });
    c.set('userId', user.id);
    await next();
  };
}

export function adminRoutes(deps: Deps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const auth = adminAuth(deps);
  const db = deps.db;

  app.get('/api/user/topup', auth, async (c) => {
    const page = pageQuery(c);
    const keyword = c.req.query('keyword') ?? '';
    const args: unknown[] = [];
    let where = 'true';
    if (keyword) {
      const like = likePattern(keyword);
      if ('error' in like) return c.json({ success: false, message: like.error });
      args.push(like.pattern);
      where = `t.trade_no like $1 escape '!'`;
    }
    const total = await db.query<{ n: number }>(
      `select count(*)::int as n from top_ups t where ${where}`,
      args,
    );
    const rows = await db.query<Record<string, unknown>>(
      `select t.id, t.user_id, u.username, t.amount::int as amount, t.money, t.trade_no, t.payment_method,
              t.payment_provider, t.create_time::int as create_time, t.complete_time::int as complete_time, t.status
       from top_ups t left join users u on u.id = t.user_id where ${where}
       order by t.id desc limit ${page.pageSize} offset ${page.offset}`,
      args,
    );
    return c.json(pageInfo(page, total.rows[0]?.n ?? 0, rows.rows));
  });

  app.post('/api/user/topup/complete', auth, async (c) => {
    const body = (await c.req.json().catch(() => null)) as { trade_no?: unknown } | null;
    const tradeNo = typeof body?.trade_no === 'string' ? body.trade_no : '';
    if (!tradeNo) return c.json({ success: false, message: '参数错误' });
    const result = await db.transaction((tx) => completeTopUp(tx, tradeNo, nowSec(deps), manualTopupLogText));
    if (result === 'missing') return c.json({ success: false, message: '充值订单不存在' });
    if (result === 'not_pending') return c.json({ success: false, message: '订单状态不是待支付，无法补单' });
    return c.json({ success: true, message: '', data: null });
  });

  app.get('/api/user/:id{[0-9]+}', auth, async (c) => {
    const res = await db.query<Record<string, unknown>>(
      `select id, username, display_name, role, status, email, "group", quota::bigint as quota,
              used_quota::bigint as used_quota, request_count from users where id = $1`,
      [Number(c.req.param('id'))],
    );
    const u = res.rows[0];
    if (!u) return c.json({ success: false, message: '用户不存在' });
    return c.json({
      success: true,
      message: '',
      data: {
        ...u,
        quota: Number(u.quota),
        used_quota: Number(u.used_quota),
        github_id: '',
        wechat_id: '',
        telegram_id: '',
        aff_code: `demo${u.id}`,
        inviter_id: 0,
      },
    });
  });

  const redemptionColumns = `id, user_id, key, status, name, quota::bigint as quota, created_time::int as created_time,
    redeemed_time::int as redeemed_time, used_user_id, expired_time::int as expired_time`;
  const redemptionRow = (r: Record<string, unknown>) => ({ ...r, quota: Number(r.quota) });

  app.get('/api/redemption/', auth, async (c) => {
    const page = pageQuery(c);
    const total = await db.query<{ n: number }>('select count(*)::int as n from redemptions');
    const rows = await db.query<Record<string, unknown>>(
      `select ${redemptionColumns} from redemptions order by id desc limit $1 offset $2`,
      [page.pageSize, page.offset],
    );
    return c.json(pageInfo(page, total.rows[0]?.n ?? 0, rows.rows.map(redemptionRow)));
  });

  // model/redemption.go SearchRedemptions: an id, a name prefix, or the whole 32-hex key (dashes ignored).
  app.get('/api/redemption/search', auth, async (c) => {
    const page = pageQuery(c);
    const keyword = (c.req.query('keyword') ?? '').trim();
    const key = keyword.replace(/-/g, '');
    const exactKey = /^[0-9a-f]{32}$/i.test(key) ? key : null;
    const id = /^\d+$/.test(keyword) ? Number(keyword) : -1;
    const where = 'id = $1 or name like $2 or key = $3';
    const args = [id, `${keyword.replace(/[%_\\]/g, '')}%`, exactKey];
    const total = await db.query<{ n: number }>(
      `select count(*)::int as n from redemptions where ${where}`,
      args,
    );
    const rows = await db.query<Record<string, unknown>>(
      `select ${redemptionColumns} from redemptions where ${where} order by id desc limit ${page.pageSize} offset ${page.offset}`,
      args,
    );
    return c.json(pageInfo(page, total.rows[0]?.n ?? 0, rows.rows.map(redemptionRow)));
  });

  // controller/log.go GetAllLogs: every user's log, filtered by type, username and time.
  app.get('/api/log/', auth, (c) => logPage(c, db, ['username']));

  return app;
}
