// Named scenario seeds: each one replaces the consoles' data with the first-start seed plus the records of
// one situation, timed from the demo's clock, so a person (demo tools page, /demo) or a test
// (POST /demo/api/scenario) gets exactly that situation in one step. Deterministic: the same scenario at
// the same clock gives the same trade numbers and codes.
//
// Records are written the way the consoles and the payment simulator write them (top_ups + the type-1
// ledger row on credit, the simulator's order and its notify log with the merchant's answer, sub2api
// orders in their own states), so the widget reads them through the consoles' real JSON APIs.
import { QUOTA_PER_UNIT, TOPUP_PRICE } from '../config.js';
import { onlineTopupLogText, redeemLogText } from '../console/texts.js';
import { clearConsoleData } from '../db.js';
import type { DemoSettings, Deps } from '../deps.js';
import { credit, DEMO_CODES, demoCode, seedBase, type Tx, tradeNo } from '../seed.js';
import { S2_CODES, type S2OrderSpec, s2Code, s2Order, seedSub2api } from '../sub2api/seed.js';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

export type ConsoleName = 'new-api' | 'sub2api';

export interface ScenarioSetup {
  name: ScenarioName;
  console: ConsoleName;
  /** The demo account the user is logged in as (passwords are on the login pages). */
  user: 'alice' | 'bob' | 'carol';
  /** Trade numbers by label: the console's own data, as its orders page shows them to their owner. */
  orders: Record<string, string>;
  /** Redeem codes by label (test data, listed on the demo's redeem pages). */
  codes: Record<string, string>;
  /** The demo clock when the scenario was seeded. */
  now: number;
}

interface Ctx {
  tx: Tx;
  now: number;
  origin: string;
  settings: DemoSettings;
}

/**
 * A new-api top-up of the scenario: the order as RequestEpay made it and, when the user reached the
 * cashier, the payment simulator's record of it. Times are ms before the scenario's clock.
 */
interface NaOrderSeed {
  /** Seeds the trade number (deterministic: the same scenario at the same clock, the same number). */
  trade: string;
  /** Default alice. */
  user?: number;
  /** Dollars of quota ordered (new-api `amount`); default 10 (¥73.00). */
  units?: number;
  /** Default alipay. */
  method?: 'alipay' | 'wxpay';
  ago: number;
  status: 'pending' | 'success' | 'failed' | 'expired';
  /** With 'success': ms after creation when the callback credited it. */
  creditedAfter?: number;
  /** The cashier order (paid `ago` ms before the clock unless its state says otherwise). */
  pay?: Omit<SimPay, 'money' | 'method' | 'paidAt'> & { ago: number };
}

/** A sub2api order of the scenario (sub2api/seed.ts writes it the way the console does). */
interface S2OrderSeed extends Pick<S2OrderSpec, 'status' | 'refundReason'> {
  /** Seeds the out_trade_no. */
  trade: string;
  /** USD of balance; default 10. */
  amount?: number;
  /** Default alipay. */
  method?: 'alipay' | 'wxpay';
  ago: number;
}

interface ScenarioBase {
  user: ScenarioSetup['user'];
  /** One line for the demo tools page. */
  title: { 'zh-CN': string; en: string };
  /** What else the situation needs (codes, settings, records of its own), after the orders are written. */
  setup?: (ctx: Ctx, orders: Record<string, string>) => Promise<Pick<ScenarioSetup, 'codes'> | undefined>;
}

/** A scenario: its orders by the label the scenario table and the tests name them with. */
type ScenarioDef = ScenarioBase &
  (
    | { console: 'new-api'; orders?: Record<string, NaOrderSeed> }
    | { console: 'sub2api'; orders?: Record<string, S2OrderSeed> }
  );

const sec = (ms: number) => Math.floor(ms / 1000);

/** A new-api top-up as RequestEpay creates it (and EpayNotify completes it, with the type-1 ledger row),
 *  then the simulator's cashier order when the seed has one. */
async function naOrder(ctx: Ctx, o: NaOrderSeed): Promise<string> {
  const { tx } = ctx;
  const userId = o.user ?? ALICE;
  const units = o.units ?? 10;
  const method = o.method ?? 'alipay';
  const createdAt = ctx.now - o.ago;
  const at = sec(createdAt);
  const no = tradeNo(userId, at, o.trade);
  const money = Math.round(units * TOPUP_PRICE * 100) / 100;
  const done = o.status === 'success' ? sec(createdAt + (o.creditedAfter ?? 40_000)) : 0;
  await tx.query(
    `insert into top_ups (user_id, amount, money, trade_no, payment_method, create_time, complete_time, status)
     values ($1,$2,$3,$4,$5,$6,$7,$8)`,
    [userId, units, money, no, method, at, done, o.status],
  );
  if (done)
    await credit(tx, userId, units * QUOTA_PER_UNIT, done, onlineTopupLogText(units * QUOTA_PER_UNIT, money));
  if (o.pay) await simOrder(ctx, no, { ...o.pay, money, method, paidAt: ctx.now - o.pay.ago });
  return no;
}

interface SimPay {
  money: number;
  method: string;
  /** ms */
  paidAt: number;
  paidMoney?: number;
  state?: 'paid' | 'failed' | 'cancelled';
  mode?: 'immediate' | 'delayed' | 'never';
  delayMinutes?: number;
  /** The notify already sent (its HTTP status and the merchant's answer), as the simulator logs it. */
  notified?: { status: number; response: string; path?: string };
}

/** The payment simulator's record of the cashier order (and the notify it already sent). */
async function simOrder(ctx: Ctx, trade: string, p: SimPay): Promise<void> {
  const mode = p.mode ?? 'immediate';
  await ctx.tx.query(
    `insert into sim_orders (trade_no, pay_type, name, money, notify_url, return_url, state, callback_mode, delay_minutes,
       paid_money, paid_at, callback_due_at, callbacks_left, created_at) values ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14)`,
    [
      trade,
      p.method,
      'TUC',
      p.money,
      `${ctx.origin}/api/user/epay/notify`,
      `${ctx.origin}/console/log`,
      p.state ?? 'paid',
      mode,
      p.delayMinutes ?? 0,
      p.state && p.state !== 'paid' ? null : (p.paidMoney ?? p.money),
      p.state && p.state !== 'paid' ? null : p.paidAt,
      mode === 'delayed' ? p.paidAt + (p.delayMinutes ?? 15) * MIN : p.paidAt,
      mode === 'delayed' ? 1 : 0,
      p.paidAt - 30_000,
    ],
  );
  if (p.notified) {
    const path = p.notified.path ?? (mode === 'never' ? '/api/user/epay/notify/' : '/api/user/epay/notify');
    await ctx.tx.query(
      'insert into sim_notifications (trade_no, at, url, http_status, response) values ($1,$2,$3,$4,$5)',
      [trade, p.paidAt + 1000, path, p.notified.status, p.notified.response],
    );
  }
}

/** A redeem code used by `userId` at `usedAt` (with its credit row), as model.Redeem leaves it. */
async function naUsedCode(
  tx: Tx,
  label: string,
  units: number,
  userId: number,
  usedAt: number,
): Promise<string> {
  const key = demoCode(label);
  const quota = units * QUOTA_PER_UNIT;
  const res = await tx.query<{ id: number }>(
    `insert into redemptions (key, name, status, quota, created_time, redeemed_time, used_user_id)
     values ($1,$2,3,$3,$4,$5,$6) returning id`,
    [key, `demo-${label}`, quota, sec(usedAt - 10 * DAY), sec(usedAt), userId],
  );
  await credit(tx, userId, quota, sec(usedAt), redeemLogText(quota, res.rows[0]?.id ?? 0));
  return key;
}

const naCodes = (): Record<string, string> =>
  Object.fromEntries(DEMO_CODES.map((c) => [c.state, demoCode(c.state)]));
const s2Codes = (): Record<string, string> =>
  Object.fromEntries(S2_CODES.map((c) => [c.state, s2Code(c.state)]));

const ALICE = 1;
const BOB = 2;
/** What the console answers a notify sent to a wrong callback address (the simulator logs it). */
const NOT_FOUND = { status: 404, response: '{"success":false,"message":"not found"}' };
const ACCEPTED = { status: 200, response: 'success' };

export const SCENARIOS = {
  'callback-never': {
    console: 'new-api',
    user: 'alice',
    title: {
      'zh-CN': '已付款 40 分钟，回调地址配置错误，回调一直没到（订单待支付）',
      en: 'Paid 40 minutes ago; the callback address is wrong, so the callback never arrives (order pending)',
    },
    orders: {
      order: {
        trade: 'never',
        ago: 40 * MIN,
        status: 'pending',
        pay: { ago: 39 * MIN, mode: 'never', notified: NOT_FOUND },
      },
    },
  },
  'never-paid': {
    console: 'new-api',
    user: 'alice',
    title: {
      'zh-CN': '35 分钟前下单并打开了收银台，但没有付款（支付平台查询：未支付）',
      en: 'Ordered 35 minutes ago and opened the cashier, but never paid (the payment platform says: not paid)',
    },
    orders: { order: { trade: 'unpaid', ago: 35 * MIN, status: 'pending' } },
    async setup(ctx, orders) {
      // The cashier order exists (submit.php was reached) and was never paid.
      await ctx.tx.query(
        `insert into sim_orders (trade_no, pay_type, name, money, notify_url, return_url, created_at)
         values ($1,$2,$3,$4,$5,$6,$7)`,
        [
          orders.order,
          'alipay',
          'TUC10',
          Math.round(10 * TOPUP_PRICE * 100) / 100,
          `${ctx.origin}/api/user/epay/notify`,
          `${ctx.origin}/console/log`,
          ctx.now - 35 * MIN + 5_000,
        ],
      );
      return undefined;
    },
  },
  'callback-delayed': {
    console: 'new-api',
    user: 'alice',
    title: {
      'zh-CN': '2 分钟前付款，支付渠道的回调还在路上（15 分钟后到）',
      en: 'Paid 2 minutes ago; the payment channel’s callback is on its way (arrives in 15 minutes)',
    },
    orders: {
      order: {
        trade: 'delayed',
        method: 'wxpay',
        ago: 3 * MIN,
        status: 'pending',
        pay: { ago: 2 * MIN, mode: 'delayed', delayMinutes: 15 },
      },
    },
  },
  'paid-different-amount': {
    console: 'new-api',
    user: 'alice',
    title: {
      'zh-CN': '¥73.00 的订单实际付了 ¥55.00：控制台拒绝了回调，订单待支付',
      en: 'Paid ¥55.00 for a ¥73.00 order: the console refused the callback, the order stays pending',
    },
    orders: {
      order: {
        trade: 'amount',
        ago: 25 * MIN,
        status: 'pending',
        pay: { ago: 24 * MIN, paidMoney: 55, notified: { status: 200, response: 'fail' } },
      },
    },
  },
  'paid-as-bob': {
    console: 'new-api',
    user: 'alice',
    title: {
      'zh-CN': '30 分钟前用 bob 付款（已到 bob 的账户），现在登录的是 alice',
      en: 'Paid as bob 30 minutes ago (credited to bob); now logged in as alice',
    },
    orders: {
      bobOrder: {
        trade: 'bob',
        user: BOB,
        ago: 30 * MIN,
        status: 'success',
        creditedAfter: 50_000,
        pay: { ago: 29 * MIN, notified: ACCEPTED },
      },
    },
  },
  'session-switched': {
    console: 'new-api',
    user: 'alice',
    title: {
      'zh-CN': 'alice 15 分钟前充值已到账；另一个标签页登录了 bob（用演示工具“切换到 bob”）',
      en: 'alice’s top-up 15 minutes ago was credited; another tab logged in as bob (demo tool "switch to bob")',
    },
    orders: { order: { trade: 'switched', ago: 15 * MIN, status: 'success' } },
  },
  'pending-after-credited': {
    console: 'new-api',
    user: 'alice',
    title: {
      'zh-CN': '两笔同金额订单：第一笔刚到账，第二笔 2 分钟前付款、回调未到',
      en: 'Two same-amount orders: the first was just credited, the second was paid 2 minutes ago, callback not in yet',
    },
    orders: {
      credited: {
        trade: 'first',
        method: 'wxpay',
        ago: 3 * MIN,
        status: 'success',
        creditedAfter: 30_000,
        pay: { ago: 3 * MIN - 25_000, notified: ACCEPTED },
      },
      pending: {
        trade: 'second',
        method: 'wxpay',
        ago: 2 * MIN,
        status: 'pending',
        pay: { ago: 100_000, mode: 'delayed', delayMinutes: 15 },
      },
    },
  },
  'old-order-later-credit': {
    console: 'new-api',
    user: 'alice',
    title: {
      'zh-CN': '45 天前付款的 ¥73.00 订单从未到账（已超出订单列表的 30 天），10 天前另有一笔同金额充值到账',
      en: 'A ¥73.00 order paid 45 days ago was never credited (older than the 30-day order list); a same-amount top-up 10 days ago was',
    },
    orders: {
      old: {
        trade: 'old',
        ago: 45 * DAY,
        status: 'pending',
        pay: { ago: 45 * DAY - MIN, mode: 'never', notified: NOT_FOUND },
      },
      later: { trade: 'later', ago: 10 * DAY, status: 'success' },
    },
  },
  'duplicate-near': {
    console: 'new-api',
    user: 'alice',
    title: {
      'zh-CN': '12 分钟前 40 秒内付了两笔 ¥146.00，两笔都到账（三天前那对重复订单也还在）',
      en: 'Two ¥146.00 payments 40 seconds apart 12 minutes ago, both credited (the pair from three days ago is still there)',
    },
    orders: {
      first: { trade: 'dup1', units: 20, ago: 12 * MIN, status: 'success', creditedAfter: 50_000 },
      second: { trade: 'dup2', units: 20, ago: 12 * MIN - 40_000, status: 'success', creditedAfter: 45_000 },
    },
  },
  'refund-request': {
    console: 'new-api',
    user: 'alice',
    title: {
      'zh-CN': '一小时前充值 ¥365.00 已到账，想申请退款（三天前的重复订单与它无关）',
      en: 'A ¥365.00 top-up an hour ago was credited; the user wants a refund (the pair from three days ago is unrelated)',
    },
    orders: { order: { trade: 'refund', units: 50, method: 'wxpay', ago: HOUR, status: 'success' } },
  },
  'credited-tokens-display': {
    console: 'new-api',
    user: 'alice',
    title: {
      'zh-CN': '充值已到账，但控制台把余额显示成 token 数（不是美元）',
      en: 'The top-up was credited, but the console shows balances as tokens (not dollars)',
    },
    orders: { order: { trade: 'tokens', ago: 8 * MIN, status: 'success' } },
    async setup(ctx) {
      ctx.settings.displayInCurrency = false;
      return undefined;
    },
  },
  'payment-failed': {
    console: 'new-api',
    user: 'alice',
    title: {
      'zh-CN': '5 分钟前支付失败（没有扣款）',
      en: 'The payment failed 5 minutes ago (nothing was charged)',
    },
    orders: {
      order: {
        trade: 'failed',
        ago: 6 * MIN,
        status: 'failed',
        pay: { ago: 5 * MIN, state: 'failed', notified: ACCEPTED },
      },
    },
  },
  'payment-cancelled': {
    console: 'new-api',
    user: 'alice',
    title: {
      'zh-CN': '50 分钟前取消了支付，订单已过期',
      en: 'The payment was cancelled 50 minutes ago; the order expired',
    },
    orders: {
      order: {
        trade: 'cancelled',
        ago: 50 * MIN,
        status: 'expired',
        pay: { ago: 48 * MIN, state: 'cancelled', notified: ACCEPTED },
      },
    },
  },
  'redeem-used-here': {
    console: 'new-api',
    user: 'alice',
    title: {
      'zh-CN': 'alice 昨天兑换过一个 $10 兑换码（余额记录里有），今天又输入了它',
      en: 'alice redeemed a $10 code yesterday (it is in her ledger) and typed it again today',
    },
    async setup(ctx) {
      const key = await naUsedCode(ctx.tx, 'yesterday', 10, ALICE, ctx.now - 20 * HOUR);
      return { codes: { yesterday: key } };
    },
  },
  'redeem-codes': {
    console: 'new-api',
    user: 'alice',
    title: {
      'zh-CN': '兑换码的每种状态：未使用、alice 已用、bob 已用、已过期、已禁用（旧版详细错误）',
      en: 'A redeem code in every state: unused, used by alice, used by bob, expired, disabled (older detailed errors)',
    },
  },
  'redeem-generic': {
    console: 'new-api',
    user: 'alice',
    title: {
      'zh-CN': '新版 new-api：每种兑换失败都只提示“兑换失败，请稍后重试”',
      en: 'Newer new-api: every redeem failure only says "兑换失败，请稍后重试"',
    },
    async setup(ctx) {
      ctx.settings.redeemMessages = 'generic';
      return undefined;
    },
  },
  'redeem-switched-off': {
    console: 'new-api',
    user: 'alice',
    title: {
      'zh-CN': '运营方关闭了兑换码功能（自查组件的运营规则）',
      en: 'The operator switched redeem codes off (the widget’s operator rules)',
    },
    async setup(ctx) {
      ctx.settings.redemptionEnabled = false;
      return undefined;
    },
  },
  's2-paid-not-credited': {
    console: 'sub2api',
    user: 'alice',
    title: {
      'zh-CN': 'sub2api：25 分钟前支付渠道已确认付款（已支付），余额一直没加上',
      en: 'sub2api: the provider confirmed the payment 25 minutes ago (Paid), the balance never went up',
    },
    orders: { order: { trade: 'paid', ago: 25 * MIN, status: 'PAID' } },
  },
  's2-pending': {
    console: 'sub2api',
    user: 'alice',
    title: {
      'zh-CN': 'sub2api：2 分钟前下的订单还在待支付',
      en: 'sub2api: an order placed 2 minutes ago is still awaiting payment',
    },
    orders: { order: { trade: 'pending', method: 'wxpay', ago: 2 * MIN, status: 'PENDING' } },
  },
  's2-expired': {
    console: 'sub2api',
    user: 'alice',
    title: {
      'zh-CN': 'sub2api：一小时前的订单没付款，已过期',
      en: 'sub2api: an order from an hour ago was never paid and expired',
    },
    orders: { order: { trade: 'expired', ago: HOUR, status: 'EXPIRED' } },
  },
  's2-refund-requested': {
    console: 'sub2api',
    user: 'alice',
    title: {
      'zh-CN': 'sub2api：两天前的订单已申请退款',
      en: 'sub2api: a refund was requested for an order from two days ago',
    },
    orders: {
      order: {
        trade: 'refund',
        amount: 20,
        ago: 2 * DAY,
        status: 'REFUND_REQUESTED',
        refundReason: 'duplicate payment',
      },
    },
  },
  's2-duplicate': {
    console: 'sub2api',
    user: 'alice',
    title: {
      'zh-CN': 'sub2api：15 分钟前 30 秒内付了两笔 $10，都已完成',
      en: 'sub2api: two $10 payments 30 seconds apart 15 minutes ago, both completed',
    },
    orders: {
      first: { trade: 'dup1', ago: 15 * MIN, status: 'COMPLETED' },
      second: { trade: 'dup2', ago: 15 * MIN - 30_000, status: 'COMPLETED' },
    },
  },
  's2-redeem-used-here': {
    console: 'sub2api',
    user: 'alice',
    title: {
      'zh-CN': 'sub2api：alice 昨天兑换过这个码，今天又输入了它',
      en: 'sub2api: alice redeemed this code yesterday and typed it again today',
    },
    async setup(ctx) {
      const code = s2Code('yesterday');
      await ctx.tx.query(
        `insert into s2_redeem_codes (code, value, status, used_by, used_at, created_at) values ($1, 10, 'used', $2, $3, $4)`,
        [code, ALICE, ctx.now - 20 * HOUR, ctx.now - 10 * DAY],
      );
      await ctx.tx.query('update s2_users set balance = balance + 10 where id = $1', [ALICE]);
      return { codes: { yesterday: code } };
    },
  },
  's2-redeem-codes': {
    console: 'sub2api',
    user: 'alice',
    title: {
      'zh-CN': 'sub2api：兑换码的每种状态（区分大小写）',
      en: 'sub2api: a redeem code in every state (case-sensitive)',
    },
  },
  's2-redeem-rate-limited': {
    console: 'sub2api',
    user: 'alice',
    title: {
      'zh-CN': 'sub2api：一小时内已失败 20 次，再兑换会被限制',
      en: 'sub2api: 20 failed attempts within the hour; the next one is refused',
    },
    async setup(ctx) {
      for (let i = 0; i < 20; i++)
        await ctx.tx.query('insert into s2_redeem_failures (user_id, at) values ($1,$2)', [
          ALICE,
          ctx.now - 50 * MIN + i * MIN,
        ]);
      return undefined;
    },
  },
  's2-redeem-locked': {
    console: 'sub2api',
    user: 'alice',
    title: {
      'zh-CN': 'sub2api：这个兑换码正被另一个请求处理（锁定中）',
      en: 'sub2api: this code is being processed by another request (locked)',
    },
    async setup(ctx) {
      const code = s2Code('processing');
      // sub2api holds this lock for 10 s (redeemLockDuration); two minutes here, so it can be tried by hand.
      await ctx.tx.query(
        `insert into s2_redeem_codes (code, value, status, created_at, processing_until) values ($1, 10, 'unused', $2, $3)`,
        [code, ctx.now - DAY, ctx.now + 2 * MIN],
      );
      return { codes: { processing: code } };
    },
  },
} satisfies Record<string, ScenarioDef>;

export type ScenarioName = keyof typeof SCENARIOS;
export const SCENARIO_NAMES = Object.keys(SCENARIOS) as ScenarioName[];
export const isScenarioName = (name: string): name is ScenarioName => Object.hasOwn(SCENARIOS, name);

/**
 * Replaces both consoles' data with the first-start seed plus the scenario's records, timed from the demo
 * clock. Tickets and widget counters stay (the inbox keeps its history). Settings return to the ones the
 * demo started with, then the scenario changes what it needs.
 */
export async function applyScenario(
  deps: Deps,
  name: ScenarioName,
  startSettings: DemoSettings,
): Promise<ScenarioSetup> {
  const def: ScenarioDef = SCENARIOS[name];
  const now = deps.now();
  const settings: DemoSettings = { ...startSettings };
  const orders: Record<string, string> = {};
  let extra: Pick<ScenarioSetup, 'codes'> | undefined;
  await clearConsoleData(deps.db);
  await deps.db.transaction(async (tx) => {
    await seedBase(tx, now);
    await seedSub2api(tx, now);
    const ctx: Ctx = { tx, now, origin: deps.origin(), settings };
    if (def.console === 'new-api')
      for (const [label, o] of Object.entries(def.orders ?? {})) orders[label] = await naOrder(ctx, o);
    else
      for (const [label, o] of Object.entries(def.orders ?? {}))
        orders[label] = await s2Order(tx, {
          label: o.trade,
          userId: ALICE,
          amount: o.amount ?? 10,
          method: o.method ?? 'alipay',
          at: now - o.ago,
          status: o.status,
          ...(o.refundReason ? { refundReason: o.refundReason } : {}),
        });
    extra = await def.setup?.(ctx, orders);
  });
  Object.assign(deps.settings, settings);
  return {
    name,
    console: def.console,
    user: def.user,
    orders,
    codes: { ...(def.console === 'new-api' ? naCodes() : s2Codes()), ...extra?.codes },
    now,
  };
}

export const scenarioTitle = (name: ScenarioName, lang: 'zh-CN' | 'en'): string =>
  SCENARIOS[name].title[lang];
