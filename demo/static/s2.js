// Page script of the sub2api-shaped console (same-origin, no inline code: strict CSP). Like sub2api's
// axios client (frontend/src/api/client.ts) it keeps localStorage.auth_token / auth_user, sends
// `Authorization: Bearer <token>` and unwraps `{code, message, data}` (code 0 = success).
(() => {
  const dataEl = document.getElementById('i18n');
  const t = Object.assign({}, dataEl ? JSON.parse(dataEl.textContent || '{}') : {});
  const word = (key) => t[key] ?? key;
  const page = document.body.dataset.page;
  const $ = (selector) => document.querySelector(selector);
  const lang = document.documentElement.lang;

  async function api(path, init = {}) {
    const token = localStorage.getItem('auth_token');
    const headers = { 'content-type': 'application/json', ...(init.headers || {}) };
    if (token) headers.Authorization = `Bearer ${token}`;
    const res = await fetch(`/api/v1${path}`, { ...init, headers });
    const json = await res.json().catch(() => ({ code: res.status, message: `HTTP ${res.status}` }));
    if (res.status === 401 && page !== 'login') {
      localStorage.removeItem('auth_token');
      localStorage.removeItem('auth_user');
      location.href = '/login';
    }
    if (json.code === 0) return { ok: true, data: json.data };
    return { ok: false, status: res.status, code: json.code, reason: json.reason, message: json.message };
  }

  const money = (n) => `$${Number(n).toFixed(2)}`;
  const when = (iso) => (iso ? new Date(iso).toLocaleString(lang) : '');
  const cell = (text) => {
    const td = document.createElement('td');
    td.textContent = text;
    return td;
  };

  if (page === 'login') {
    for (const b of document.querySelectorAll('.s2-fill')) {
      b.addEventListener('click', () => {
        $('#s2-email').value = b.dataset.email;
        $('#s2-password').value = b.dataset.password;
      });
    }
    $('#s2-login').addEventListener('submit', async (e) => {
      e.preventDefault();
      const r = await api('/auth/login', {
        method: 'POST',
        body: JSON.stringify({ email: $('#s2-email').value, password: $('#s2-password').value }),
      });
      if (!r.ok) {
        $('#s2-login-error').textContent = r.message;
        $('#s2-login-error').hidden = false;
        return;
      }
      localStorage.setItem('auth_token', r.data.access_token);
      localStorage.setItem('auth_user', JSON.stringify(r.data.user));
      location.href = '/purchase';
    });
    return;
  }

  if (!localStorage.getItem('auth_token')) {
    location.href = '/login';
    return;
  }
  try {
    const user = JSON.parse(localStorage.getItem('auth_user') || 'null');
    if (user) $('#s2-who').textContent = `${user.username} (${user.email})`;
  } catch {
    // a damaged auth_user: the header stays empty
  }
  $('#s2-logout').addEventListener('click', () => {
    localStorage.removeItem('auth_token');
    localStorage.removeItem('auth_user');
  });

  async function loadBalance() {
    const r = await api('/user/profile');
    if (r.ok && $('#s2-balance')) $('#s2-balance').textContent = money(r.data.balance);
  }

  if (page === 'purchase') {
    loadBalance();
    $('#s2-order-form').addEventListener('submit', async (e) => {
      e.preventDefault();
      const type = document.querySelector('input[name="payment_type"]:checked').value;
      const r = await api('/payment/orders', {
        method: 'POST',
        body: JSON.stringify({
          amount: Number($('#s2-amount').value),
          payment_type: type,
          order_type: 'balance',
        }),
      });
      const out = $('#s2-order-result');
      out.textContent = r.ok ? word('created') : r.message;
      out.className = r.ok ? 'result ok' : 'result error';
      out.hidden = false;
    });
  }

  if (page === 'orders') {
    api('/payment/orders/my?page=1&page_size=20').then((r) => {
      const body = $('#s2-orders tbody');
      const items = r.ok ? r.data.items : [];
      $('#s2-orders-empty').hidden = items.length > 0;
      for (const o of items) {
        const tr = document.createElement('tr');
        tr.append(
          cell(o.out_trade_no),
          cell(money(o.amount)),
          cell(`¥${Number(o.pay_amount).toFixed(2)}`),
          cell(word(o.payment_type)),
          cell(word(`status.${o.status}`)),
          cell(when(o.created_at)),
        );
        tr.dataset.status = o.status;
        body.append(tr);
      }
    });
  }

  if (page === 'redeem') {
    const loadHistory = async () => {
      const r = await api('/redeem/history');
      const body = $('#s2-history tbody');
      body.textContent = '';
      const items = r.ok ? r.data : [];
      $('#s2-history-empty').hidden = items.length > 0;
      for (const h of items) {
        const tr = document.createElement('tr');
        // The page shows the owner's own codes shortened, like the console's history.
        tr.append(
          cell(`${h.code.slice(0, 4)}…${h.code.slice(-4)}`),
          cell(money(h.value)),
          cell(when(h.used_at)),
        );
        body.append(tr);
      }
    };
    loadHistory();
    $('#s2-redeem-form').addEventListener('submit', async (e) => {
      e.preventDefault();
      const r = await api('/redeem', {
        method: 'POST',
        body: JSON.stringify({ code: $('#s2-code').value.trim() }),
      });
      const out = $('#s2-redeem-result');
      out.textContent = r.ok
        ? word('redeemOk')
        : r.reason
          ? word(`reason.${r.reason}`)
          : r.message || word('error');
      out.className = r.ok ? 'result ok' : 'result error';
      out.dataset.reason = r.ok ? 'ok' : r.reason || String(r.code);
      out.hidden = false;
      loadHistory();
    });
  }
})();
