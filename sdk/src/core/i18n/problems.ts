// The problems' names, once for every surface: the widget's problem choice, the ticket and its subject,
// the inbox, the forwarded message, the extension and the help pages. Kept apart from the core catalogs
// (which spread them in) because the widget shows them on first open, before the user's core catalog is
// loaded (embed/catalogs-lazy.ts): this small module is all of the core's copy the first open carries.
import type { ProblemId } from '../facts/schema.js';
import type { Locale } from './locale.js';

export const PROBLEM_TITLES = {
  'zh-CN': {
    'problem.payment_failed': '支付失败或已取消',
    'problem.order_processing': '订单一直显示处理中',
    'problem.paid_not_credited': '已付款，余额没到账',
    'problem.duplicate_or_refund': '重复支付、退款或补偿',
    'problem.redeem_not_credited': '兑换码没到账',
  },
  en: {
    'problem.payment_failed': 'Payment failed or was cancelled',
    'problem.order_processing': 'The order still says processing',
    'problem.paid_not_credited': 'I paid, but my balance did not change',
    'problem.duplicate_or_refund': 'Duplicate payment, refund or compensation',
    'problem.redeem_not_credited': 'A redeem code did not credit',
  },
} as const satisfies Record<Locale, Record<`problem.${ProblemId}`, string>>;

export type ProblemTitleKey = keyof (typeof PROBLEM_TITLES)['zh-CN'];
