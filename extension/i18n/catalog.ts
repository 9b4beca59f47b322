// The extension's own UI strings (popup, banner chrome), zh-CN first, en second: the top layer over the
// core's catalogs (and the widget's, whose keys it must not reuse either). The warnings are NOT here: they
// cross the window-message bridge as BridgeWarning keys, so their copy lives once in the core catalogs
// (`ext.warn.*`), where the widget words them too. Everything is worded by the core's one interpolator.
import {
  CATALOGS as CORE,
  format,
  type Layer,
  type Locale,
  type MessageKey,
  type Params,
} from '@topup-doctor/sdk/core';
import type { CatalogKey as WidgetKey } from '@topup-doctor/sdk/ui';
import { browser } from 'wxt/browser';

const zhCN = {
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
  'ext.popup.keyLabel': '调用时用的 API 密钥的后 4 位',
  'ext.popup.keyHint': '只需后 4 位，不要输入完整的 API 密钥。',
  'ext.popup.keyCheck': '核对',
  'ext.popup.keyOpenList': '请打开控制台列出 API 密钥的页面（有的控制台叫“令牌”）后再试。',
  'ext.popup.selfCheck': '开始自查',
  'ext.popup.selfCheckBridge': '已打开页面中的自查组件，选择问题后它会收到本浏览器的记录。',
  'ext.popup.selfCheckPanel': '已在页面中打开自查组件。',
  'ext.popup.clear': '清除此网站的记录',
  'ext.popup.cleared': '已清除此网站的记录。',
} as const satisfies Layer<MessageKey | WidgetKey>;

export type ExtKey = keyof typeof zhCN;

const en: Record<ExtKey, string> = {
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
  'ext.popup.keyHint': 'Only the last 4, never the whole API key.',
  'ext.popup.keyCheck': 'Check',
  'ext.popup.keyOpenList': 'Open the console’s API keys page (some consoles call them tokens) and try again.',
  'ext.popup.selfCheck': 'Start the self-check',
  'ext.popup.selfCheckBridge':
    'Opened the page’s self-check: once you pick a problem it receives this browser’s records.',
  'ext.popup.selfCheckPanel': 'Opened the self-check on the page.',
  'ext.popup.clear': 'Clear this site’s records',
  'ext.popup.cleared': 'This site’s records were cleared.',
};

export const CATALOGS: Record<Locale, Record<ExtKey, string>> = { 'zh-CN': zhCN, en };

/** The extension's words or the core's (a warning: lib/warnings.ts), worded exactly as the widget words them. */
export function t(locale: Locale, key: ExtKey | MessageKey, params?: Params): string {
  return format([CATALOGS[locale], CORE[locale]], locale, { key, params });
}

/** A warning (lib/warnings.ts) in words. */
export const warningText = (locale: Locale, warning: { key: MessageKey; params?: Params }): string =>
  t(locale, warning.key, warning.params);

/** The browser's UI language, for when the console does not say which language it speaks. */
export function uiLanguage(): string | undefined {
  try {
    return browser.i18n.getUILanguage();
  } catch {
    return undefined;
  }
}
