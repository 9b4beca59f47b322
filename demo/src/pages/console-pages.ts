// Console pages, shaped like new-api generation A: the server renders the frame, the page's script reads
// the same JSON API the real SPA reads (with the New-Api-User header from localStorage.user).

import { PAY_METHODS } from '../console/topup-routes.js';
import { DEMO_ACCOUNTS, DEMO_CODES, demoCode } from '../seed.js';
import { type Html, html } from './html.js';
import type { T } from './text.js';

export function loginBody(t: T): Html {
  return html`<section class="card narrow">
  <h1>${t('login.title')}</h1>
  <form id="login-form" class="form">
    <label>${t('login.username')}<input name="username" id="username" autocomplete="username" required></label>
    <label>${t('login.password')}<input name="password" id="password" type="password" autocomplete="current-password" required></label>
    <button type="submit" class="primary" id="login-submit">${t('login.submit')}</button>
    <p class="error" id="login-error" hidden></p>
  </form>
</section>
<section class="card narrow">
  <h2>${t('login.accounts')}</h2>
  <table class="table">
    <thead><tr><th>ID</th><th>${t('login.username')}</th><th>${t('login.password')}</th><th></th><th></th></tr></thead>
    <tbody>${DEMO_ACCOUNTS.map(
      (a) => html`<tr><td>${a.id}</td><td><code>${a.username}</code></td><td><code>${a.password}</code></td>
        <td class="muted">${t(`login.note.${a.note}` as Parameters<T>[0])}</td>
        <td><button type="button" class="link fill-account" data-username="${a.username}" data-password="${a.password}">${t('login.use')}</button></td></tr>`,
    )}</tbody>
  </table>
  <p class="muted">${t('login.hint')}</p>
</section>`;
}

function demoTools(t: T, currentUserId: number): Html {
  return html`<details class="card demo-tools">
  <summary>${t('demo.tools')}</summary>
  <p><strong>${t('demo.switch')}</strong></p>
  <p class="muted">${t('demo.switchHint')}</p>
  <div class="row">${DEMO_ACCOUNTS.filter((a) => a.id !== currentUserId).map(
    (a) =>
      html`<button type="button" class="secondary switch-session" data-user-id="${a.id}">${t('demo.switchTo')} ${a.username}</button>`,
  )}</div>
  <p class="muted" id="switch-result" hidden>${t('demo.switched')}</p>
  <p class="muted">${t('demo.widgetHint')}</p>
</details>`;
}

export function walletBody(t: T, userId: number, showHistory: boolean): Html {
  return html`<p class="error banner" id="api-error" hidden></p>
<div class="grid">
<section class="card">
  <h1>${t('wallet.title')}</h1>
  <dl class="stats">
    <div><dt>${t('wallet.balance')}</dt><dd id="balance">…</dd></div>
    <div><dt>${t('wallet.used')}</dt><dd id="used-quota">…</dd></div>
    <div><dt>${t('wallet.requests')}</dt><dd id="request-count">…</dd></div>
    <div><dt>${t('wallet.account')}</dt><dd id="account-name">…</dd></div>
  </dl>
  <a class="secondary button" href="/console/topup?show_history=true" id="open-history">${t('wallet.history')}</a>
</section>
<section class="card">
  <h2>${t('wallet.recharge')}</h2>
  <form id="pay-form" class="form">
    <label>${t('wallet.amount')}<input name="amount" id="amount" type="number" min="1" step="1" value="10" required></label>
    <div class="row amount-options">${[10, 20, 50, 100].map((n) => html`<button type="button" class="chip amount-option" data-amount="${n}">$${n}</button>`)}</div>
    <fieldset><legend>${t('wallet.method')}</legend>${PAY_METHODS.map(
      (m, i) =>
        html`<label class="inline"><input type="radio" name="payment_method" value="${m.type}" ${i === 0 ? html`checked` : ''}> ${m.name}</label>`,
    )}</fieldset>
    <button type="submit" class="primary" id="pay-submit">${t('wallet.pay')}</button>
    <p class="muted">${t('wallet.payHint')}</p>
  </form>
</section>
<section class="card" id="redeem">
  <h2>${t('wallet.redeem')}</h2>
  <form id="redeem-form" class="form">
    <input name="key" id="redeem-key" placeholder="${t('wallet.redeemPlaceholder')}" autocomplete="off" required>
    <button type="submit" class="primary" id="redeem-submit">${t('wallet.redeemSubmit')}</button>
    <p id="redeem-result" class="result" hidden></p>
  </form>
  <details class="codes">
    <summary>${t('wallet.codes')}</summary>
    <p class="muted">${t('wallet.codesHint')}</p>
    <ul class="code-list">${DEMO_CODES.map(
      (c) =>
        html`<li><span>${t(`code.${c.state}` as Parameters<T>[0])}</span> <code class="code" data-state="${c.state}">${demoCode(c.state)}</code></li>`,
    )}</ul>
  </details>
</section>
</div>
<section class="card history" id="history" ${showHistory ? '' : html`hidden`}>
  <div class="row spread"><h2>${t('wallet.history')}</h2><a class="link" href="/console/topup">${t('common.close')}</a></div>
  <p class="muted">${t('wallet.historyNote')}</p>
  <table class="table" id="history-table">
    <thead><tr><th>${t('col.tradeNo')}</th><th>${t('col.method')}</th><th>${t('col.amount')}</th><th>${t('col.money')}</th><th>${t('col.status')}</th><th>${t('col.created')}</th><th>${t('col.completed')}</th></tr></thead>
    <tbody></tbody>
  </table>
  <p class="muted" id="history-empty" hidden>${t('wallet.historyEmpty')}</p>
</section>
${demoTools(t, userId)}`;
}

export function logBody(t: T, userId: number): Html {
  return html`<p class="error banner" id="api-error" hidden></p>
<section class="card">
  <div class="row spread"><h1>${t('log.title')}</h1>
  <label class="inline">${t('log.filter')}
    <select id="log-type"><option value="0">${t('log.all')}</option>${[1, 2, 3, 4].map(
      (n) => html`<option value="${n}">${t(`logType.${n}` as Parameters<T>[0])}</option>`,
    )}</select></label></div>
  <table class="table" id="log-table">
    <thead><tr><th>${t('col.time')}</th><th>${t('col.type')}</th><th>${t('col.token')}</th><th>${t('col.model')}</th><th>${t('col.quota')}</th><th>${t('col.content')}</th></tr></thead>
    <tbody></tbody>
  </table>
  <div class="row pager"><button type="button" class="secondary" id="prev">${t('common.prev')}</button><span id="page-label"></span><button type="button" class="secondary" id="next">${t('common.next')}</button></div>
</section>
${demoTools(t, userId)}`;
}

export function tokenBody(t: T, userId: number): Html {
  return html`<p class="error banner" id="api-error" hidden></p>
<section class="card">
  <h1>${t('token.title')}</h1>
  <p class="muted">${t('token.note')}</p>
  <table class="table" id="token-table">
    <thead><tr><th>${t('col.name')}</th><th>${t('col.key')}</th><th>${t('col.status')}</th><th>${t('col.group')}</th><th>${t('col.created')}</th><th>${t('col.accessed')}</th></tr></thead>
    <tbody></tbody>
  </table>
</section>
${demoTools(t, userId)}`;
}
