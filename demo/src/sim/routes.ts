// The payment simulator: an epay-style platform at /sim. The console posts its signed form to
// /sim/submit.php; the cashier lets the tester pay, fail, cancel or pay another amount, and choose how
// the callback to the console behaves for this order.
import { Hono } from 'hono';
import { EPAY_KEY, EPAY_PID } from '../config.js';
import type { AppEnv, Deps } from '../deps.js';
import { html } from '../pages/html.js';
import { layout } from '../pages/layout.js';
import { cashierBody, dashboardBody, resultBody } from '../pages/sim-pages.js';
import { langOf, translator } from '../pages/text.js';
import { epayParams, epayQueryAnswer, epayVerify } from './epay.js';
import { deliverDue, resend, sendNotify } from './notify.js';
import { CALLBACK_MODES, type CallbackMode, getOrder, listOrders, notificationsFor } from './store.js';

export function simRoutes(deps: Deps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const view = (
    c: Parameters<typeof langOf>[0],
    title: (t: ReturnType<typeof translator>) => string,
    body: (t: ReturnType<typeof translator>) => ReturnType<typeof cashierBody>,
    status: 200 | 400 | 404 | 409 = 200,
  ) => {
    const lang = langOf(c);
    const t = translator(lang);
    return c.html(
      layout({ lang, t, title: title(t), page: 'sim', area: 'sim', body: body(t) }).value,
      status,
    );
  };
  const orderUrl = (tradeNo: string) => `/sim/order/${encodeURIComponent(tradeNo)}`;

  app.on(['GET', 'POST'], '/sim/submit.php', async (c) => {
    const params = await epayParams(c);
    const money = Number(params.money);
    if (params.pid !== EPAY_PID || !epayVerify(params, EPAY_KEY) || !params.out_trade_no || !(money > 0)) {
      return view(
        c,
        (t) => t('sim.badSign'),
        (t) => layoutMessage(t('sim.badSign')),
        400,
      );
    }
    await deps.db.query(
      `insert into sim_orders (trade_no, pay_type, name, money, notify_url, return_url, created_at)
       values ($1,$2,$3,$4,$5,$6,$7) on conflict (trade_no) do nothing`,
      [
        params.out_trade_no,
        params.type ?? '',
        params.name ?? '',
        money,
        params.notify_url ?? '',
        params.return_url ?? '',
        deps.now(),
      ],
    );
    return c.redirect(orderUrl(params.out_trade_no), 303);
  });

  app.get('/sim/order/:tradeNo', async (c) => {
    const order = await getOrder(deps.db, c.req.param('tradeNo'));
    if (!order)
      return view(
        c,
        (t) => t('sim.notFound'),
        (t) => layoutMessage(t('sim.notFound')),
        404,
      );
    if (order.state === 'awaiting')
      return view(
        c,
        (t) => t('sim.cashier'),
        (t) => cashierBody(t, order),
      );
    const list = await notificationsFor(deps.db, order.trade_no);
    return view(
      c,
      (t) => t('sim.title'),
      (t) => resultBody(t, order, list),
    );
  });

  app.post('/sim/order/:tradeNo/:action{pay|fail|cancel|resend}', async (c) => {
    const tradeNo = c.req.param('tradeNo');
    const action = c.req.param('action');
    const order = await getOrder(deps.db, tradeNo);
    if (!order)
      return view(
        c,
        (t) => t('sim.notFound'),
        (t) => layoutMessage(t('sim.notFound')),
        404,
      );
    const now = deps.now();
    if (action === 'resend') {
      await resend(deps.db, tradeNo, now);
      return c.redirect(orderUrl(tradeNo), 303);
    }
    if (order.state !== 'awaiting') {
      return view(
        c,
        (t) => t('sim.alreadyClosed'),
        (t) => layoutMessage(t('sim.alreadyClosed')),
        409,
      );
    }
    if (action === 'pay') {
      const form = await c.req.parseBody();
      const paid = Math.round(Number(form.paid_money) * 100) / 100;
      const mode = (CALLBACK_MODES as readonly string[]).includes(String(form.callback_mode))
        ? (String(form.callback_mode) as CallbackMode)
        : 'immediate';
      const delay =
        mode === 'delayed'
          ? Math.min(1440, Math.max(1, Number.parseInt(String(form.delay_minutes), 10) || 15))
          : 0;
      await deps.db.query(
        `update sim_orders set state = 'paid', paid_money = $2, paid_at = $3, callback_mode = $4, delay_minutes = $5,
                callback_due_at = $6, callbacks_left = $7 where trade_no = $1`,
        [
          tradeNo,
          paid > 0 ? paid : order.money,
          now,
          mode,
          delay,
          now + delay * 60_000,
          mode === 'twice' ? 2 : 1,
        ],
      );
      await deliverDue(deps.db, now);
    } else {
      const state = action === 'fail' ? 'failed' : 'cancelled';
      await deps.db.query('update sim_orders set state = $2 where trade_no = $1', [tradeNo, state]);
      await sendNotify(
        deps.db,
        { ...order, state },
        action === 'fail' ? 'TRADE_FAILED' : 'TRADE_CLOSED',
        now,
      );
    }
    return c.redirect(orderUrl(tradeNo), 303);
  });

  // The platform's merchant query API (彩虹易支付 "查询单个订单"): GET api.php?act=order&pid=&key=&out_trade_no=,
  // answered as the platforms answer it (epayQueryAnswer).
  app.get('/sim/api.php', async (c) => {
    const q = c.req.query();
    if (q.act !== 'order') return c.json({ code: -1, msg: '不支持的操作' });
    if (q.pid !== EPAY_PID || q.key !== EPAY_KEY) return c.json({ code: -1, msg: '商户不存在或密钥错误' });
    const order = q.out_trade_no ? await getOrder(deps.db, q.out_trade_no) : undefined;
    if (!order) return c.json({ code: -1, msg: '订单号不存在' });
    return c.json(epayQueryAnswer(order));
  });

  app.get('/sim', async (c) => {
    const orders = await listOrders(deps.db);
    return view(
      c,
      (t) => t('sim.title'),
      (t) => dashboardBody(t, orders, deps.origin()),
    );
  });

  return app;
}

function layoutMessage(message: string) {
  return html`<section class="card narrow"><h1 class="error">${message}</h1></section>`;
}
