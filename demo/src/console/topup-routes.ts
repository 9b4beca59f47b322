// Wallet endpoints of new-api (controller/topup.go, controller/user.go TopUp): top-up info, the
// account's orders (last 30 days only), redeem, epay order creation and the epay notify that credits.
import { randomBytes } from 'node:crypto';
import { Hono } from 'hono';
import {
  EPAY_KEY,
  EPAY_PID,
  MIN_TOPUP,
  QUOTA_PER_UNIT,
  TOPUP_PRICE,
  TOPUP_WINDOW_SECONDS,
} from '../config.js';
import type { AppEnv, Deps } from '../deps.js';
import { nowSec } from '../deps.js';
import { credit, type Tx } from '../seed.js';
import { epayParams, epayVerify, signed } from '../sim/epay.js';
import { pageInfo, pageQuery } from './paging.js';
import { userAuth } from './session.js';
import { onlineTopupLogText, REDEEM_TEXT, redeemLogText } from './texts.js';

export const PAY_METHODS = [
  { name: '支付宝', type: 'alipay', color: 'rgba(var(--semi-blue-5), 1)', min_topup: String(MIN_TOPUP) },
  { name: '微信', type: 'wxpay', color: 'rgba(var(--semi-green-5), 1)', min_topup: String(MIN_TOPUP) },
];

const CLOSING_STATUS: Record<string, string> = { TRADE_CLOSED: 'expired', TRADE_FAILED: 'failed' };

function randomAlnum(n: number): string {
  const chars = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
  const bytes = randomBytes(n);
  return Array.from(bytes, (b) => chars[b % chars.length]).join('');
}

export function topupRoutes(deps: Deps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const auth = userAuth(deps);

  app.get('/api/user/topup/info', auth, (c) =>
    c.json({
      success: true,
      message: '',
      data: {
        enable_online_topup: true,
        enable_stripe_topup: false,
        enable_creem_topup: false,
        enable_redemption: true,
        pay_methods: PAY_METHODS,
        min_topup: MIN_TOPUP,
        stripe_min_topup: 0,
        amount_options: [10, 20, 50, 100],
        discount: {},
        topup_link: '',
      },
    }),
  );

  app.get('/api/user/topup/self', auth, async (c) => {
    const page = pageQuery(c);
    const cutoff = nowSec(deps) - TOPUP_WINDOW_SECONDS;
    const keyword = c.req.query('keyword') ?? '';
    const where = 'user_id = $1 and create_time >= $2 and trade_no like $3';
    const args = [c.get('userId'), cutoff, `%${keyword.replace(/[%_\\]/g, '')}%`];
    const total = await deps.db.query<{ n: number }>(
      `select count(*)::int as n from top_ups where ${where}`,
      args,
    );
    const rows = await deps.db.query<Record<string, unknown>>(
      `select id, user_id, amount::int as amount, money, trade_no, payment_method, create_time::int as create_time,
              complete_time::int as complete_time, status from top_ups where ${where} order by id desc limit $4 offset $5`,
      [...args, page.pageSize, page.offset],
    );
    return c.json(pageInfo(page, total.rows[0]?.n ?? 0, rows.rows));
  });

  // controller/user.go TopUp -> model.Redeem.
  app.post('/api/user/topup', auth, async (c) => {
    const body = (await c.req.json().catch(() => null)) as { key?: unknown } | null;
    const key = typeof body?.key === 'string' ? body.key.trim() : '';
    const fail = (reason: string) =>
      c.json({
        success: false,
        message:
          deps.settings.redeemMessages === 'generic'
            ? REDEEM_TEXT.generic
            : REDEEM_TEXT.failedPrefix + reason,
      });
    if (!key) return c.json({ success: false, message: REDEEM_TEXT.noKey });
    const userId = c.get('userId');
    const now = nowSec(deps);
    const outcome = await deps.db.transaction(async (tx) => {
      const res = await tx.query<{ id: number; status: number; quota: string; expired_time: string }>(
        'select id, status, quota, expired_time from redemptions where key = $1 for update',
        [key],
      );
      const r = res.rows[0];
      if (!r) return { error: REDEEM_TEXT.invalid };
      // Disabled (2) and used (3) codes both answer "已被使用": new-api only checks status != enabled.
      if (r.status !== 1) return { error: REDEEM_TEXT.used };
      const expired = Number(r.expired_time);
      if (expired !== 0 && expired < now) return { error: REDEEM_TEXT.expired };
      const quota = Number(r.quota);
      await tx.query(
        'update redemptions set status = 3, redeemed_time = $2, used_user_id = $3 where id = $1',
        [r.id, now, userId],
      );
      await credit(tx, userId, quota, now, redeemLogText(quota, r.id));
      return { quota };
    });
    if ('error' in outcome) return fail(outcome.error ?? REDEEM_TEXT.invalid);
    return c.json({ success: true, message: '', data: outcome.quota });
  });

  // controller/topup.go RequestEpay: creates a pending USR{uid}NO{6 alnum}{unix} order and answers the
  // form the page posts to the payment platform (here: the simulator).
  app.post('/api/user/pay', auth, async (c) => {
    const body = (await c.req.json().catch(() => null)) as {
      amount?: unknown;
      payment_method?: unknown;
    } | null;
    if (!body) return c.json({ message: 'error', data: '参数错误' });
    const amount = Number(body.amount);
    if (!Number.isInteger(amount) || amount < MIN_TOPUP) {
      return c.json({ message: 'error', data: `充值数量不能小于 ${MIN_TOPUP}` });
    }
    if (amount > 10_000) return c.json({ message: 'error', data: '单笔充值数量不能大于 10000' });
    const method = typeof body.payment_method === 'string' ? body.payment_method : '';
    if (!PAY_METHODS.some((m) => m.type === method))
      return c.json({ message: 'error', data: '支付方式不存在' });
    const userId = c.get('userId');
    const now = nowSec(deps);
    const tradeNo = `USR${userId}NO${randomAlnum(6)}${now}`;
    const money = Math.round(amount * TOPUP_PRICE * 100) / 100;
    await deps.db.query(
      `insert into top_ups (user_id, amount, money, trade_no, payment_method, payment_provider, create_time, status)
       values ($1,$2,$3,$4,$5,'epay',$6,'pending')`,
      [userId, amount, money, tradeNo, method, now],
    );
    const origin = deps.origin();
    const params = signed(
      {
        pid: EPAY_PID,
        type: method,
        out_trade_no: tradeNo,
        notify_url: `${origin}/api/user/epay/notify`,
        return_url: `${origin}/console/log`,
        name: `TUC${amount}`,
        money: money.toFixed(2),
        device: 'pc',
      },
      EPAY_KEY,
    );
    return c.json({ message: 'success', data: params, url: `${origin}/sim/submit.php` });
  });

  // controller/topup.go EpayNotify: verify, then credit once (a repeated notify finds the order
  // already successful and answers "success" without crediting again). The paid money must match
  // the order's: a different amount is never matched and the order stays pending.
  app.on(['GET', 'POST'], '/api/user/epay/notify', async (c) => {
    const params = await epayParams(c);
    if (!epayVerify(params, EPAY_KEY)) return c.text('fail');
    const tradeNo = params.out_trade_no ?? '';
    // Demo extension: epay itself sends no notice for failed or abandoned payments; the simulator does,
    // the way new-api's Stripe/Waffo webhooks mark orders expired/failed (UpdatePendingTopUpStatus).
    const closing = CLOSING_STATUS[params.trade_status ?? ''];
    if (closing) {
      await deps.db.query(`update top_ups set status = $2 where trade_no = $1 and status = 'pending'`, [
        tradeNo,
        closing,
      ]);
      return c.text('success');
    }
    if (params.trade_status !== 'TRADE_SUCCESS') return c.text('fail');
    const result = await deps.db.transaction((tx) =>
      completeTopUp(tx, tradeNo, nowSec(deps), onlineTopupLogText, Number(params.money)),
    );
    return c.text(result === 'done' || result === 'already' ? 'success' : 'fail');
  });

  return app;
}

export type CompleteResult = 'done' | 'already' | 'missing' | 'not_pending' | 'amount_mismatch';

/**
 * Completes a pending top-up once, in the caller's transaction: marks it success with its complete_time,
 * credits amount × QuotaPerUnit and writes the type-1 ledger row with `text` (model/topup.go: RechargeEpay
 * for the callback, ManualCompleteTopUp for the admin's 补单: the same credit, a different log text). An
 * order already successful is left alone (both are idempotent); `paidMoney`, when given, must match.
 */
export async function completeTopUp(
  tx: Tx,
  tradeNo: string,
  now: number,
  text: (quota: number, money: number) => string,
  paidMoney?: number,
): Promise<CompleteResult> {
  const res = await tx.query<{ user_id: number; amount: string; money: number; status: string }>(
    'select user_id, amount, money, status from top_ups where trade_no = $1 for update',
    [tradeNo],
  );
  const order = res.rows[0];
  if (!order) return 'missing';
  if (order.status === 'success') return 'already';
  if (order.status !== 'pending') return 'not_pending';
  if (paidMoney !== undefined && Math.abs(paidMoney - order.money) > 0.001) return 'amount_mismatch';
  const quota = Number(order.amount) * QUOTA_PER_UNIT;
  await tx.query(`update top_ups set status = 'success', complete_time = $2 where trade_no = $1`, [
    tradeNo,
    now,
  ]);
  await credit(tx, order.user_id, quota, now, text(quota, order.money));
  return 'done';
}
