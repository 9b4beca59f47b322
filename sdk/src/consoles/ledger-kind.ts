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
