// Epay-style payment platforms (彩虹易支付 and its forks: what new-api's online top-up talks to through
// Calcium-Ion/go-epay) answer "did this order get paid?" at
// `GET {PayAddress}/api.php?act=order&pid=<merchant id>&key=<merchant key>&out_trade_no=<the console's
// trade number>` with
// `{code: 1, msg, trade_no, out_trade_no, api_trade_no, type, pid, addtime, endtime, name, money, status,
// param, buyer}`: status 0 unpaid, 1 paid, 2 refunded (3 frozen, 4 pre-authorised in some forks); money a
// decimal text in yuan; times "YYYY-MM-DD HH:MM:SS" in the platform's zone (Asia/Shanghai); `code` other
// than 1 with a `msg` when the order is unknown ("订单号不存在") or the merchant key is wrong ("商户不存在",
// "密钥错误"). Checked against the platforms' merchant API docs (彩虹易支付 "API 查询单个订单").
//
// `buyer` is the payer's account and `api_trade_no` the channel's transaction id: only their last 4 leave
// this file. The merchant key travels in the query string, so the URL is never logged or echoed.
import * as z from 'zod';
import {
  consoleText,
  fail,
  type HttpOptions,
  isFailure,
  last4,
  ok,
  parse,
  request,
  toMs,
  urlOf,
} from '../http.js';
import type { Outcome, ProviderClient, ProviderPayment } from '../types.js';

export interface EpayOptions extends HttpOptions {
  /** The platform's address as configured in the console (PayAddress), e.g. https://pay.example.com */
  baseUrl: string;
  /** Merchant id (EpayId). */
  pid: string;
  /** Merchant key (EpayKey). Stays in the intake's environment. */
  key: string;
  /** The platform's time zone offset in minutes east of UTC (default 480, Asia/Shanghai). */
  zoneOffsetMinutes?: number;
}

const Num = z.union([z.number(), z.string().regex(/^-?\d+(\.\d+)?$/)]).transform(Number);

const Answer = z.object({ code: Num, msg: z.string().optional().default('') });

const Order = z.object({
  code: z.literal(1).or(z.literal('1')),
  out_trade_no: z.string().optional(),
  trade_no: z.union([z.string(), z.number()]).optional(),
  api_trade_no: z.union([z.string(), z.number()]).nullish(),
  status: Num,
  money: Num.optional(),
  endtime: z.string().nullish(),
  buyer: z.union([z.string(), z.number()]).nullish(),
});

const AUTH = /商户|密钥|key|pid|签名/i;
const UNKNOWN = /订单(号)?不存在|order\S*\s+(does\s+)?not\s+(exist|found)/i;

const STATUS: Record<number, ProviderPayment['status']> = { 0: 'unpaid', 1: 'paid', 2: 'refunded' };

export function epayClient(opts: EpayOptions): ProviderClient {
  return {
    provider: 'epay',
    async queryOrder(ref, signal): Promise<Outcome<ProviderPayment>> {
      if (!ref.trim()) return fail('bad_answer', 'no order number');
      const url = urlOf(opts.baseUrl, '/api.php', {
        act: 'order',
        pid: opts.pid,
        key: opts.key,
        out_trade_no: ref,
      });
      const a = await request(opts, url, { signal });
      if (isFailure(a)) return a;
      const head = parse(Answer, a.json);
      if (!head.ok) return head;
      if (head.value.code !== 1) {
        const msg = head.value.msg;
        if (UNKNOWN.test(msg)) return ok({ status: 'unpaid', known: false });
        if (AUTH.test(msg)) return fail('unauthorized', consoleText(msg));
        return fail('bad_answer', `refused: ${consoleText(msg)}`);
      }
      const o = parse(Order, a.json);
      if (!o.ok) return o;
      const v = o.value;
      if (v.out_trade_no !== undefined && v.out_trade_no !== ref)
        return fail('bad_answer', 'answer is for another order');
      const status = STATUS[v.status] ?? 'other';
      const paidAt =
        status === 'unpaid' ? undefined : toMs(v.endtime ?? undefined, opts.zoneOffsetMinutes ?? 480);
      const tradeTail = last4(v.api_trade_no == null ? String(v.trade_no ?? '') : String(v.api_trade_no));
      const buyerTail = last4(v.buyer == null ? '' : String(v.buyer));
      return ok({
        status,
        known: true,
        rawStatus: String(v.status),
        ...(v.money !== undefined ? { money: v.money, currency: 'CNY' } : {}),
        ...(paidAt ? { paidAt } : {}),
        ...(tradeTail ? { tradeNoLast4: tradeTail } : {}),
        ...(buyerTail ? { buyerLast4: buyerTail } : {}),
      });
    },
  };
}
