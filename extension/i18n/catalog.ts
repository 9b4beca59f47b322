// The extension's own UI strings (popup, banner chrome, panel), zh-CN first, en second. The warnings are
// NOT here: they cross the window-message bridge as BridgeWarning keys, so their copy lives once in the
// core catalogs (sdk/src/core/i18n, `ext.warn.*`) where the widget words them too (issue 7).
import { t as coreT, type Locale } from '@topup-doctor/sdk/core';

export type ExtLocale = Locale;

const zhCN: Record<string, string> = {
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

/** A warning (lib/warnings.ts) worded by the core catalog, exactly as the widget words it. */
export function warningText(
  locale: ExtLocale,
  warning: { key: string; params?: Record<string, string | number> },
): string {
  return coreT(locale, warning.params ? { key: warning.key, params: warning.params } : { key: warning.key });
}

export function t(locale: ExtLocale, key: string, params: Record<string, string | number> = {}): string {
  const template = CATALOGS[locale][key] ?? CATALOGS['zh-CN'][key] ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
