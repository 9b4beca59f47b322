// The companion extension's warnings (extension/lib/warnings.ts), zh-CN. They cross the window-message bridge
// as BridgeWarning keys, so the widget words them from the core's catalogs too (catalogs.ts lays them over
// zh-CN.ts). A file of their own because the script-tag widget loads them only when the extension answers
// (embed/catalogs-lazy.ts loadExtensionWords, from embed/bridge.ts): most pages have no extension, and these
// are ~0.4 KB gzip of each locale's words. Account labels and order tails arrive masked.
export const zhCNExt = {
  'ext.warn.staleTab':
    '此标签页记住的用户（{stored}）与服务器当前登录的用户（{server}）不一致：请刷新页面或重新登录后再查看余额和订单。',
  'ext.warn.otherAccountOrder':
    '订单 {order}（{minutes} 分钟前创建）是在本浏览器中由 {creator} 创建的，仍未完成；当前登录的是 {current}。请切换到创建订单的账号查看到账情况。',
  'ext.warn.otherAccountOrderJustNow':
    '订单 {order}（刚刚创建）是在本浏览器中由 {creator} 创建的，仍未完成；当前登录的是 {current}。请切换到创建订单的账号查看到账情况。',
  'ext.warn.otherAccountOrderPaid':
    '订单 {order} 已支付，是在本浏览器中由 {creator} 创建的；当前登录的是 {current}。到账会记在 {creator} 上，请切换账号查看。',
  'ext.warn.tradeNoUser': '订单 {order} 的订单号属于用户 {owner}，不是当前登录的 {current}。',
  'ext.warn.severalAccounts':
    '最近几天在本站使用过 {count} 个账号：{accounts}。请确认查看的是付款时登录的账号。',
  'ext.warn.severalAccountsPayer':
    '最近几天在本站使用过 {count} 个账号：{accounts}。最近一次下单时登录的是 {payer}。',
  'ext.warn.willCreditPay':
    '在此页面充值或兑换将记入 {account}。本站最近用过多个账号，付款或兑换前请确认这是要充值的账号。',
  'ext.warn.willCreditRedeem':
    '此次兑换将记入 {account}。本站最近用过多个账号，兑换前请确认这是要充值的账号。',
  'ext.warn.keyNotInAccount':
    '尾号 {last4} 的 API 密钥不在 {account} 的 API 密钥列表中（共 {count} 个）。请确认调用时用的 API 密钥属于余额所在的账号。',
} as const;
