// Pages of the sub2api-shaped console: /login, /purchase, /orders, /redeem (the hosted console's pages in
// the handbook's second seed). The real one is a Vue SPA; here the server renders the frame and
// /static/s2.js reads the same JSON API with localStorage.auth_token, like sub2api's axios client.
// Every page embeds the widget with one script tag, configured for the sub2api preset.

import { Html, html } from '../pages/html.js';
import type { Lang } from '../pages/text.js';
import { DEMO_ACCOUNTS } from '../seed.js';
import { demoSupportEmail, demoWidgetRules } from '../widget-rules.js';
import { S2_CODES, s2Code } from './seed.js';

const ZH = {
  brand: 'AK 风格网关（sub2api 演示）',
  badge: '演示环境',
  purchase: '充值',
  orders: '我的订单',
  redeem: '兑换码',
  inbox: '客服工单',
  tools: '演示工具',
  lang: 'English',
  logout: '退出登录',
  loginTitle: '登录',
  email: '邮箱',
  password: '密码',
  submit: '登录',
  accounts: '演示账号（密码公开，仅供体验）',
  use: '填入',
  balance: '余额',
  amount: '充值金额（美元）',
  method: '支付方式',
  alipay: '支付宝',
  wxpay: '微信支付',
  stripe: '银行卡（Stripe）',
  createOrder: '创建订单',
  created:
    '订单已创建，等待支付。演示环境没有接入支付渠道：已支付、已完成、退款等状态请用演示工具的场景生成。',
  ordersTitle: '我的订单',
  colTradeNo: '订单编号',
  colAmount: '金额',
  colPay: '支付金额',
  colMethod: '支付方式',
  colStatus: '支付状态',
  colCreated: '创建时间',
  noOrders: '还没有订单',
  redeemTitle: '兑换码',
  redeemHint: '兑换前确认：兑换码未过期、未被使用，当前账号符合兑换条件。兑换码区分大小写。',
  codePlaceholder: '请输入兑换码',
  redeemSubmit: '兑换',
  redeemOk: '兑换成功，余额已增加',
  history: '兑换记录',
  colCode: '兑换码',
  colValue: '面值',
  colUsed: '使用时间',
  noHistory: '还没有兑换记录',
  codes: '演示用兑换码（测试数据）',
  'code.unused': '未使用（$10）',
  'code.used_self': '已被 alice 使用',
  'code.used_other': '已被 bob 使用',
  'code.expired': '已过期',
  'reason.REDEEM_CODE_NOT_FOUND': '兑换码不存在',
  'reason.REDEEM_CODE_USED': '兑换码已被使用',
  'reason.REDEEM_CODE_EXPIRED': '兑换码已过期',
  'reason.REDEEM_CODE_LOCKED': '兑换码正在处理中，请稍后再试',
  'reason.REDEEM_RATE_LIMITED': '失败次数过多，请稍后再试',
  'status.PENDING': '待支付',
  'status.PAID': '已支付',
  'status.RECHARGING': '充值中',
  'status.COMPLETED': '已完成',
  'status.EXPIRED': '已过期',
  'status.CANCELLED': '已取消',
  'status.FAILED': '支付失败',
  'status.REFUND_REQUESTED': '退款申请中',
  'status.REFUNDING': '退款中',
  'status.PARTIALLY_REFUNDED': '部分退款',
  'status.REFUNDED': '已退款',
  'status.REFUND_FAILED': '退款失败',
  error: '请求失败',
};

type Key = keyof typeof ZH;

const EN: Record<Key, string> = {
  brand: 'AK-style gateway (sub2api demo)',
  badge: 'Demo',
  purchase: 'Purchase',
  orders: 'My orders',
  redeem: 'Redeem',
  inbox: 'Support inbox',
  tools: 'Demo tools',
  lang: '中文',
  logout: 'Log out',
  loginTitle: 'Log in',
  email: 'Email',
  password: 'Password',
  submit: 'Log in',
  accounts: 'Demo accounts (public passwords, for trying things out)',
  use: 'Fill in',
  balance: 'Balance',
  amount: 'Amount (USD)',
  method: 'Payment method',
  alipay: 'Alipay',
  wxpay: 'WeChat Pay',
  stripe: 'Card (Stripe)',
  createOrder: 'Create order',
  created:
    'Order created, waiting for payment. This demo has no payment channel: paid, completed and refund states come from the scenarios on the demo tools page.',
  ordersTitle: 'My orders',
  colTradeNo: 'Order number',
  colAmount: 'Amount',
  colPay: 'Paid',
  colMethod: 'Method',
  colStatus: 'Payment status',
  colCreated: 'Created',
  noOrders: 'No orders yet',
  redeemTitle: 'Redeem code',
  redeemHint:
    'Before redeeming: the code has not expired, has not been used, and this account may redeem it. Codes are case-sensitive.',
  codePlaceholder: 'Enter a redeem code',
  redeemSubmit: 'Redeem',
  redeemOk: 'Redeemed: your balance went up',
  history: 'Redemption history',
  colCode: 'Code',
  colValue: 'Value',
  colUsed: 'Used at',
  noHistory: 'No redemptions yet',
  codes: 'Demo redeem codes (test data)',
  'code.unused': 'Unused ($10)',
  'code.used_self': 'Used by alice',
  'code.used_other': 'Used by bob',
  'code.expired': 'Expired',
  'reason.REDEEM_CODE_NOT_FOUND': 'Redeem code not found',
  'reason.REDEEM_CODE_USED': 'This code has already been used',
  'reason.REDEEM_CODE_EXPIRED': 'This code has expired',
  'reason.REDEEM_CODE_LOCKED': 'This code is being processed, please try again',
  'reason.REDEEM_RATE_LIMITED': 'Too many failed attempts, please try again later',
  'status.PENDING': 'Awaiting payment',
  'status.PAID': 'Paid',
  'status.RECHARGING': 'Crediting',
  'status.COMPLETED': 'Completed',
  'status.EXPIRED': 'Expired',
  'status.CANCELLED': 'Cancelled',
  'status.FAILED': 'Payment failed',
  'status.REFUND_REQUESTED': 'Refund requested',
  'status.REFUNDING': 'Refunding',
  'status.PARTIALLY_REFUNDED': 'Partly refunded',
  'status.REFUNDED': 'Refunded',
  'status.REFUND_FAILED': 'Refund failed',
  error: 'Request failed',
};

export type S2Page = 'login' | 'purchase' | 'orders' | 'redeem';

const textOf = (lang: Lang) => (lang === 'en' ? EN : ZH);

function widgetTag(lang: Lang, redemptionEnabled: boolean): Html {
  const rules = JSON.stringify(demoWidgetRules({ lang, redemptionEnabled, console: 'sub2api' }));
  return html`<script src="/sdk/topup-doctor.js" data-console="sub2api" data-webhook="/api/tickets"
    data-mailto="${demoSupportEmail('sub2api')}" data-locale="${lang}" data-rules="${rules}"></script>`;
}

function body(page: S2Page, t: Record<Key, string>): Html {
  if (page === 'login')
    return html`<section class="card narrow"><h1>${t.loginTitle}</h1>
  <form id="s2-login" class="form">
    <label>${t.email}<input id="s2-email" name="email" type="email" autocomplete="username" required></label>
    <label>${t.password}<input id="s2-password" name="password" type="password" autocomplete="current-password" required></label>
    <button type="submit" class="primary" id="s2-login-submit">${t.submit}</button>
    <p class="error" id="s2-login-error" hidden></p>
  </form></section>
<section class="card narrow"><h2>${t.accounts}</h2><table class="table"><tbody>${DEMO_ACCOUNTS.map(
      (a) =>
        html`<tr><td><code>${a.email}</code></td><td><code>${a.password}</code></td><td><button type="button" class="link s2-fill" data-email="${a.email}" data-password="${a.password}">${t.use}</button></td></tr>`,
    )}</tbody></table></section>`;
  if (page === 'purchase')
    return html`<section class="card"><h1>${t.purchase}</h1>
  <dl class="stats"><div><dt>${t.balance}</dt><dd id="s2-balance">…</dd></div></dl>
  <form id="s2-order-form" class="form">
    <label>${t.amount}<input id="s2-amount" name="amount" type="number" min="1" max="1000" step="1" value="10" required></label>
    <fieldset><legend>${t.method}</legend>${(['alipay', 'wxpay', 'stripe'] as const).map(
      (m, i) =>
        html`<label class="inline"><input type="radio" name="payment_type" value="${m}" ${i === 0 ? html`checked` : ''}> ${t[m]}</label>`,
    )}</fieldset>
    <button type="submit" class="primary" id="s2-create-order">${t.createOrder}</button>
    <p class="result" id="s2-order-result" hidden></p>
  </form></section>`;
  if (page === 'orders')
    return html`<section class="card"><h1>${t.ordersTitle}</h1>
  <table class="table" id="s2-orders"><thead><tr><th>${t.colTradeNo}</th><th>${t.colAmount}</th><th>${t.colPay}</th><th>${t.colMethod}</th><th>${t.colStatus}</th><th>${t.colCreated}</th></tr></thead><tbody></tbody></table>
  <p class="muted" id="s2-orders-empty" hidden>${t.noOrders}</p></section>`;
  return html`<section class="card"><h1>${t.redeemTitle}</h1><p class="muted">${t.redeemHint}</p>
  <form id="s2-redeem-form" class="form">
    <input id="s2-code" name="code" placeholder="${t.codePlaceholder}" autocomplete="off" required>
    <button type="submit" class="primary" id="s2-redeem-submit">${t.redeemSubmit}</button>
    <p class="result" id="s2-redeem-result" hidden></p>
  </form>
  <details class="codes"><summary>${t.codes}</summary><ul class="code-list">${S2_CODES.map(
    (c) =>
      html`<li><span>${t[`code.${c.state}` as Key]}</span> <code class="code" data-state="${c.state}">${s2Code(c.state)}</code></li>`,
  )}</ul></details></section>
<section class="card"><h2>${t.history}</h2>
  <table class="table" id="s2-history"><thead><tr><th>${t.colCode}</th><th>${t.colValue}</th><th>${t.colUsed}</th></tr></thead><tbody></tbody></table>
  <p class="muted" id="s2-history-empty" hidden>${t.noHistory}</p></section>`;
}

export function s2Page(page: S2Page, lang: Lang, mainOrigin: string, redemptionEnabled = true): Html {
  const t = textOf(lang);
  const nav = (href: string, label: string, current: boolean) =>
    html`<a href="${href}" class="${current ? 'nav-link current' : 'nav-link'}">${label}</a>`;
  const catalog = JSON.stringify(t).replace(/</g, '\\u003c');
  const title = page === 'login' ? t.loginTitle : t[page];
  return html`<!doctype html>
<html lang="${lang}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · ${t.brand}</title><link rel="stylesheet" href="/static/demo.css"></head>
<body data-page="${page}" data-console="sub2api">
<header class="topbar">
  <a class="brand" href="/purchase">${t.brand} <span class="badge">${t.badge}</span></a>
  <nav class="nav">${
    page === 'login'
      ? ''
      : [
          nav('/purchase', t.purchase, page === 'purchase'),
          nav('/orders', t.orders, page === 'orders'),
          nav('/redeem', t.redeem, page === 'redeem'),
        ]
  }
    <a class="nav-link" href="${mainOrigin}/inbox">${t.inbox}</a>
    <a class="nav-link" href="${mainOrigin}/demo">${t.tools}</a></nav>
  <div class="topbar-right"><a class="nav-link" href="?lang=${lang === 'en' ? 'zh-CN' : 'en'}">${t.lang}</a>
    ${page === 'login' ? '' : html`<span class="who" id="s2-who"></span><a class="nav-link" href="/login" id="s2-logout">${t.logout}</a>`}</div>
</header>
<main class="main">${body(page, t)}</main>
<script type="application/json" id="i18n">${new Html(catalog)}</script>
<script src="/static/s2.js"></script>
${page === 'login' ? '' : html`<script src="/demo/clock.js"></script><script src="/static/widget-events.js"></script>${widgetTag(lang, redemptionEnabled)}`}
</body></html>`;
}
