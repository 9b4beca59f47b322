// Context words: some values are only sensitive (or only harmless) next to a word that says what they are
// (DOMAIN.md section 4: legacy 15-digit IDs, passports, permits, PayPal ids, payment accounts; task and
// request ids must stay). The window is short and fixed, so a lookup costs O(1) per candidate.

export const PAY_CTX = [
  '支付宝账号',
  '支付宝账户',
  '支付宝帐号',
  '支付宝帐户',
  '付款账号',
  '付款账户',
  '付款帐号',
  '付款帐户',
  '支付账号',
  '支付账户',
  '支付帐号',
  '收款账号',
  '微信账号',
  '微信号',
  '付款人',
  '付款手机',
  '付款邮箱',
  'alipay account',
  'alipay id',
  'paypal account',
  'paypal email',
  'paypal login',
  'payer',
  'wechat account',
  'wechat id',
];
export const RESIDENT_CTX = [
  '身份证',
  '证件号',
  'id card',
  'idcard',
  'id number',
  'identity card',
  'national id',
];
export const HKTW_CTX = ['香港', '台湾', 'hkid', 'hong kong', 'taiwan', '身份证', '证件', 'id card', 'id no'];
export const PASSPORT_CTX = ['护照', 'passport'];
export const PERMIT_CTX = ['通行证', '回乡证', '台胞证', '往来港澳', '往来台湾', 'permit', '证件号'];
export const TXN_CTX = [
  'paypal',
  '交易号',
  '交易单号',
  '流水号',
  '商户单号',
  '订单号',
  'transaction',
  'txn',
  'order id',
  'order no',
];
/** Task and request ids must stay intact (DOMAIN.md section 3): these words exempt look-alike numbers. */
export const IDKEEP_CTX = [
  'task id',
  'task_id',
  'taskid',
  'task-id',
  '任务id',
  '任务 id',
  '任务号',
  '任务编号',
  'request id',
  'request_id',
  'requestid',
  'request-id',
  '请求id',
  '请求 id',
  'trace id',
  'trace_id',
  'traceid',
  'log id',
  '日志id',
];
export const REDEEM_CTX = ['兑换码', '卡密', '激活码', '充值码', 'redeem', 'redemption', 'gift code', 'code'];

const WINDOW = 24;

/** Characters that end a clause: context never reaches across them. */
function isBreak(c: number): boolean {
  return (
    c === 0x3002 ||
    c === 0xff0c ||
    c === 44 ||
    c === 59 ||
    c === 0xff1b ||
    c === 10 ||
    c === 0x3001 ||
    c === 33 ||
    c === 63 ||
    c === 0xff01 ||
    c === 0xff1f ||
    c === 0xff0e
  );
}

/**
 * Is one of `words` within WINDOW characters before `p`, in the same clause? Words right after '[' are our
 * own labels, not context.
 */
export function near(norm: string, p: number, words: readonly string[]): boolean {
  let from = p > WINDOW ? p - WINDOW : 0;
  for (let i = p - 1; i >= from; i--) {
    if (isBreak(norm.charCodeAt(i))) {
      from = i + 1;
      break;
    }
  }
  if (from >= p) return false;
  const w = norm.slice(from, p).toLowerCase();
  for (const k of words) {
    let at = w.indexOf(k);
    while (at >= 0) {
      if (at === 0 ? from === 0 || norm[from - 1] !== '[' : w[at - 1] !== '[') return true;
      at = w.indexOf(k, at + 1);
    }
  }
  return false;
}
