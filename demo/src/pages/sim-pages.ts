// The payment simulator's pages: a cashier (pay / fail / cancel / pay another amount, callback choice),
// a result page, and a dashboard of recent payments with the callbacks each one sent.
import { SYSTEM_NAME } from '../config.js';
import { notifyTarget } from '../sim/notify.js';
import { CALLBACK_MODES, type SimNotification, type SimOrder } from '../sim/store.js';
import { type Html, html } from './html.js';
import { type T, tr } from './text.js';

const fmtTime = (ms: string | number | null) =>
  ms === null ? '-' : new Date(Number(ms)).toISOString().replace('T', ' ').slice(0, 19);

export function cashierBody(t: T, o: SimOrder): Html {
  return html`<section class="card narrow cashier">
  <h1>${t('sim.cashier')}</h1>
  <dl class="kv">
    <dt>${t('sim.merchant')}</dt><dd>${SYSTEM_NAME}</dd>
    <dt>${t('sim.orderNo')}</dt><dd class="mono" id="sim-trade-no">${o.trade_no}</dd>
    <dt>${t('sim.product')}</dt><dd>${o.name}</dd>
    <dt>${t('col.method')}</dt><dd>${o.pay_type}</dd>
    <dt>${t('sim.due')}</dt><dd class="amount" id="sim-due">¥${o.money.toFixed(2)}</dd>
  </dl>
  <form method="post" action="/sim/order/${encodeURIComponent(o.trade_no)}/pay" class="form" id="sim-pay-form">
    <label>${t('sim.payAmount')}<input name="paid_money" id="paid-money" type="number" step="0.01" min="0.01" value="${o.money.toFixed(2)}" required></label>
    <fieldset><legend>${t('sim.callback')}</legend>${CALLBACK_MODES.map(
      (m) =>
        html`<label class="inline block"><input type="radio" name="callback_mode" value="${m}" ${m === 'immediate' ? html`checked` : ''}> ${t(`sim.cb.${m}`)}</label>`,
    )}
    <label class="inline">${t('sim.delayMinutes')} <input name="delay_minutes" id="delay-minutes" type="number" min="1" max="1440" value="15"></label>
    </fieldset>
    <button type="submit" class="primary" id="sim-pay">${t('sim.pay')}</button>
  </form>
  <div class="row">
    <form method="post" action="/sim/order/${encodeURIComponent(o.trade_no)}/fail"><button type="submit" class="secondary" id="sim-fail">${t('sim.fail')}</button></form>
    <form method="post" action="/sim/order/${encodeURIComponent(o.trade_no)}/cancel"><button type="submit" class="secondary" id="sim-cancel">${t('sim.cancel')}</button></form>
  </div>
</section>`;
}

function notifyTable(t: T, list: SimNotification[]): Html {
  if (list.length === 0) return html`<p class="muted">${t('sim.noNotifies')}</p>`;
  return html`<table class="table notifies"><thead><tr><th>${t('col.time')}</th><th>URL</th><th>HTTP</th><th>${t('col.content')}</th></tr></thead>
  <tbody>${list.map((n) => html`<tr><td>${fmtTime(n.at)}</td><td class="mono">${n.url}</td><td>${n.http_status || '-'}</td><td class="mono">${n.response}</td></tr>`)}</tbody></table>`;
}

export function resultBody(t: T, o: SimOrder, list: SimNotification[]): Html {
  const message =
    o.state === 'paid'
      ? t('sim.resultPaid')
      : o.state === 'failed'
        ? t('sim.resultFailed')
        : o.state === 'cancelled'
          ? t('sim.resultCancelled')
          : tr(t, `sim.state.${o.state}`);
  return html`<section class="card narrow">
  <h1 id="sim-result" class="${o.state === 'paid' ? 'ok' : 'error'}">${message}</h1>
  <dl class="kv">
    <dt>${t('sim.orderNo')}</dt><dd class="mono">${o.trade_no}</dd>
    <dt>${t('sim.due')}</dt><dd>¥${o.money.toFixed(2)}</dd>
    ${o.paid_money !== null ? html`<dt>${t('sim.paid')}</dt><dd id="sim-paid">¥${o.paid_money.toFixed(2)}</dd>` : ''}
    ${o.state === 'paid' ? html`<dt>${t('sim.callback')}</dt><dd id="sim-mode">${t(`sim.cb.${o.callback_mode}`)}${o.callback_mode === 'delayed' ? ` (${o.delay_minutes} min)` : ''}</dd>` : ''}
    ${o.callbacks_left > 0 ? html`<dt>${t('sim.dueAt')}</dt><dd>${fmtTime(o.callback_due_at)}</dd>` : ''}
  </dl>
  <p class="muted">${t('sim.returnNote')}</p>
  <a class="primary button" href="${o.return_url}" id="sim-back">${t('sim.back')}</a>
</section>
<section class="card narrow">
  <h2>${t('sim.notifies')}</h2>
  ${notifyTable(t, list)}
  ${o.state === 'paid' ? html`<form method="post" action="/sim/order/${encodeURIComponent(o.trade_no)}/resend"><button type="submit" class="secondary" id="sim-resend">${t('sim.resend')}</button></form>` : ''}
</section>`;
}

export function dashboardBody(t: T, orders: SimOrder[], origin: string): Html {
  return html`<section class="card">
  <h1>${t('sim.title')}</h1>
  <h2>${t('sim.orders')}</h2>
  ${
    orders.length === 0
      ? html`<p class="muted">${t('sim.noOrders')}</p>`
      : html`<table class="table"><thead><tr><th>${t('sim.orderNo')}</th><th>${t('sim.due')}</th><th>${t('sim.paid')}</th><th>${t('col.status')}</th><th>${t('sim.callback')}</th><th>URL</th><th>${t('col.created')}</th></tr></thead>
    <tbody>${orders.map(
      (
        o,
      ) => html`<tr><td class="mono"><a href="/sim/order/${encodeURIComponent(o.trade_no)}">${o.trade_no}</a></td><td>¥${o.money.toFixed(2)}</td>
      <td>${o.paid_money === null ? '-' : `¥${o.paid_money.toFixed(2)}`}</td><td>${tr(t, `sim.state.${o.state}`)}</td>
      <td>${o.state === 'paid' ? t(`sim.cb.${o.callback_mode}`) : '-'}</td><td class="mono">${new URL(notifyTarget(o), origin).pathname}</td><td>${fmtTime(o.created_at)}</td></tr>`,
    )}</tbody></table>`
  }
</section>`;
}
