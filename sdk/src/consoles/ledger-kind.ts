// Ledger kind from a console's log text. Texts verified in QuantumNous/new-api model/redemption.go
// ("通过兑换码充值 %s，兑换码ID %d"), model/topup.go ("使用在线充值成功，充值金额: ..." and
// "管理员补单成功，充值金额: ..."); log type 6 is a refund (model/log.go LogTypeRefund).
import type { LedgerKind } from '../core/index.js';

export function ledgerKind(text: string, logType?: number): LedgerKind {
  if (logType === 6 || /退款|refund/i.test(text)) return 'refund';
  if (/兑换码|redeem|redemption/i.test(text)) return 'redeem';
  if (/补单|manual(ly)? complet/i.test(text)) return 'manual';
  if (/在线充值|online (top.?up|recharge)|top.?up succe/i.test(text)) return 'online';
  return 'other';
}

const NUM = String.raw`[＄$¥￥]?\s*(\d+(?:\.\d+)?)`;
// new-api logger.LogQuota writes "＄10.000000 额度" when the console shows money and "5000000 点额度" (raw
// quota) when it shows tokens: only the former is the top-up unit of top_up.amount.
const TOPUP = new RegExp(`(?:充值金额|充值额度|兑换码充值)[:：]?\\s*${NUM}(?!\\d|\\.|\\s*点)`);
const PAID = new RegExp(`支付金额[:：]?\\s*${NUM}`);

/** The amounts a credit row's text names (model/topup.go "充值金额: %s，支付金额：%f", model/redemption.go). */
export function creditAmounts(text: string): { topupAmount?: number; paidMoney?: number } {
  const out: { topupAmount?: number; paidMoney?: number } = {};
  const t = TOPUP.exec(text)?.[1];
  const p = PAID.exec(text)?.[1];
  if (t !== undefined) out.topupAmount = Number(t);
  if (p !== undefined) out.paidMoney = Number(p);
  return out;
}
