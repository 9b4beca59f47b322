// Every string the extension shows, zh-CN first, en second. Warnings say what to check, never what the
// outcome will be (no promise of a refund, credit or time).
export type ExtLocale = 'zh-CN' | 'en';

const zhCN: Record<string, string> = {
  'ext.warn.staleTab':
    '此标签页记住的用户（{stored}）与服务器当前登录的用户（{server}）不一致：请刷新页面或重新登录后再查看余额和订单。',
  'ext.warn.otherAccountOrder':
    '订单 {order}（{minutes} 分钟前创建）是在本浏览器中由 {creator} 创建的，仍未完成；当前登录的是 {current}。请切换到创建订单的账号查看到账情况。',
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
    '尾号 {last4} 的 API 密钥不在 {account} 的密钥列表中（共 {count} 个）。请确认调用 API 的密钥属于余额所在的账号。',
  'ext.banner.title': '充值到账自查提醒',
  'ext.banner.close': '关闭提醒',
  'ext.popup.title': '充值到账自查',
  'ext.popup.notGranted': '尚未在此网站启用。启用后，本扩展只读取此网站的账号和订单信息，不会访问其他网站。',
  'ext.popup.enable': '在此网站使用',
  'ext.popup.unsupported': '当前页面不是网页，无法使用。',
  'ext.popup.noData': '尚未读取到此页面的控制台信息。请打开控制台的钱包、充值或订单页面。',
  'ext.popup.account': '当前账号',
  'ext.popup.balance': '余额',
  'ext.popup.console': '控制台',
  'ext.popup.warnings': '提醒',
  'ext.popup.noWarnings': '没有发现账号不一致。',
  'ext.popup.accountsSeen': '本浏览器在此网站见过的账号',
  'ext.popup.lastSeen': '最近一次：{time}',
  'ext.popup.ordersHere': '本浏览器在此网站创建的订单：{count} 个',
  'ext.popup.keyLabel': '调用 API 所用密钥的后 4 位',
  'ext.popup.keyHint': '只需后 4 位，不要输入完整密钥。',
  'ext.popup.keyCheck': '核对',
  'ext.popup.selfCheck': '开始自查',
  'ext.popup.selfCheckBridge': '已把本浏览器的记录交给页面中的自查组件。',
  'ext.popup.selfCheckPanel': '已在页面中打开自查面板。',
  'ext.popup.clear': '清除此网站的记录',
  'ext.popup.cleared': '已清除此网站的记录。',
  'ext.panel.title': '充值到账自查',
  'ext.panel.intro': '以下内容已脱敏，可以直接发给网站的客服。',
  'ext.panel.preview': '工单预览',
  'ext.panel.copy': '复制工单',
  'ext.panel.copied': '已复制。',
  'ext.panel.email': '用邮件发送',
  'ext.panel.send': '发送给客服',
  'ext.panel.sent': '已发送。',
  'ext.panel.notSent': '未能发送，请复制工单后通过客服入口提交。',
  'ext.panel.close': '关闭',
  'ext.ticket.heading': '充值到账自查工单',
  'ext.ticket.site': '网站：{origin}',
  'ext.ticket.account': '当前账号：{account}',
  'ext.ticket.balance': '余额：{balance}',
  'ext.ticket.orders': '最近订单：',
  'ext.ticket.order': '- 订单 {order}，{status}，金额 {amount}，{time}',
  'ext.ticket.warnings': '扩展发现的提醒：',
  'ext.ticket.accountsSeen': '本浏览器在此网站见过的账号：{accounts}',
  'ext.ticket.none': '无',
};

const en: Record<string, string> = {
  'ext.warn.staleTab':
    'This tab remembers user {stored} but the server is logged in as {server}: reload the page or log in again before reading the balance and orders.',
  'ext.warn.otherAccountOrder':
    'Order {order} (created {minutes} min ago) was created in this browser by {creator} and is not complete; you are logged in as {current}. Switch to the account that created it to check the credit.',
  'ext.warn.otherAccountOrderPaid':
    'Order {order} is paid and was created in this browser by {creator}; you are logged in as {current}. Its credit goes to {creator}: switch accounts to check it.',
  'ext.warn.tradeNoUser':
    'The trade number of order {order} belongs to user {owner}, not to {current} who is logged in.',
  'ext.warn.severalAccounts':
    '{count} accounts were used on this site in recent days: {accounts}. Make sure you are looking at the account that paid.',
  'ext.warn.severalAccountsPayer':
    '{count} accounts were used on this site in recent days: {accounts}. The last order here was created while {payer} was logged in.',
  'ext.warn.willCreditPay':
    'Paying or redeeming on this page will credit {account}. Several accounts were used here recently: check this is the account to credit before paying or redeeming.',
  'ext.warn.willCreditRedeem':
    'This redemption will credit {account}. Several accounts were used here recently: check this is the account to credit before redeeming.',
  'ext.warn.keyNotInAccount':
    'The API key ending in {last4} is not in the key list of {account} ({count} keys). Check that the key you call the API with belongs to the account holding the balance.',
  'ext.banner.title': 'Topup Doctor',
  'ext.banner.close': 'Dismiss',
  'ext.popup.title': 'Topup Doctor',
  'ext.popup.notGranted':
    'Not enabled on this site. Once enabled, the extension reads this site’s account and orders only, and no other site.',
  'ext.popup.enable': 'Use on this site',
  'ext.popup.unsupported': 'This page is not a web page the extension can use.',
  'ext.popup.noData':
    'No console information read on this page yet. Open the console’s wallet, top-up or orders page.',
  'ext.popup.account': 'Account',
  'ext.popup.balance': 'Balance',
  'ext.popup.console': 'Console',
  'ext.popup.warnings': 'Warnings',
  'ext.popup.noWarnings': 'No account mismatch found.',
  'ext.popup.accountsSeen': 'Accounts this browser saw on this site',
  'ext.popup.lastSeen': 'last seen {time}',
  'ext.popup.ordersHere': 'Orders created on this site in this browser: {count}',
  'ext.popup.keyLabel': 'Last 4 characters of the API key you call with',
  'ext.popup.keyHint': 'Only the last 4, never the whole key.',
  'ext.popup.keyCheck': 'Check',
  'ext.popup.selfCheck': 'Start the self-check',
  'ext.popup.selfCheckBridge': 'Handed this browser’s records to the self-check on the page.',
  'ext.popup.selfCheckPanel': 'Opened the self-check panel on the page.',
  'ext.popup.clear': 'Clear this site’s records',
  'ext.popup.cleared': 'This site’s records were cleared.',
  'ext.panel.title': 'Topup Doctor self-check',
  'ext.panel.intro': 'Everything below is masked and can be sent to this site’s support.',
  'ext.panel.preview': 'Ticket preview',
  'ext.panel.copy': 'Copy ticket',
  'ext.panel.copied': 'Copied.',
  'ext.panel.email': 'Send by email',
  'ext.panel.send': 'Send to support',
  'ext.panel.sent': 'Sent.',
  'ext.panel.notSent': 'Not sent: copy the ticket and submit it through the site’s support entry.',
  'ext.panel.close': 'Close',
  'ext.ticket.heading': 'Top-up self-check ticket',
  'ext.ticket.site': 'Site: {origin}',
  'ext.ticket.account': 'Account: {account}',
  'ext.ticket.balance': 'Balance: {balance}',
  'ext.ticket.orders': 'Recent orders:',
  'ext.ticket.order': '- order {order}, {status}, amount {amount}, {time}',
  'ext.ticket.warnings': 'Warnings the extension raised:',
  'ext.ticket.accountsSeen': 'Accounts this browser saw on this site: {accounts}',
  'ext.ticket.none': 'none',
};

export const CATALOGS: Record<ExtLocale, Record<string, string>> = { 'zh-CN': zhCN, en };

export function pickLocale(language: string | undefined): ExtLocale {
  return language?.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

export function t(locale: ExtLocale, key: string, params: Record<string, string | number> = {}): string {
  const template = CATALOGS[locale][key] ?? CATALOGS['zh-CN'][key] ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
