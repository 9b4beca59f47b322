// The extension's own UI strings (popup, banner chrome), zh-CN first, en second. The warnings are
// NOT here: they cross the window-message bridge as BridgeWarning keys, so their copy lives once in the
// core catalogs (sdk/src/core/i18n, `ext.warn.*`) where the widget words them too.
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
  'ext.popup.keyInAccount': '尾号 {last4} 的密钥在当前账号的密钥列表中。',
  'ext.popup.keyUnknown':
    '尚未读取到当前账号的密钥列表，暂时无法核对尾号 {last4}。请打开控制台的令牌页面后再试。',
  'ext.popup.selfCheck': '开始自查',
  'ext.popup.selfCheckBridge': '已打开页面中的自查组件，选择问题后它会收到本浏览器的记录。',
  'ext.popup.selfCheckPanel': '已在页面中打开自查组件。',
  'ext.popup.clear': '清除此网站的记录',
  'ext.popup.cleared': '已清除此网站的记录。',
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
  'ext.popup.keyInAccount': 'The key ending in {last4} is in this account’s key list.',
  'ext.popup.keyUnknown':
    'This account’s key list has not been read yet, so the key ending in {last4} cannot be checked. Open the console’s keys page and try again.',
  'ext.popup.selfCheck': 'Start the self-check',
  'ext.popup.selfCheckBridge':
    'Opened the page’s self-check: once you pick a problem it receives this browser’s records.',
  'ext.popup.selfCheckPanel': 'Opened the self-check on the page.',
  'ext.popup.clear': 'Clear this site’s records',
  'ext.popup.cleared': 'This site’s records were cleared.',
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
