// The demo console's page script (same-origin, no inline code: the pages run under a strict CSP).
// Like new-api generation A, it keeps the logged-in user in localStorage.user and sends
// `New-Api-User: <id>` with every API call; a tab holding an old user gets the mismatch error.
(() => {
  const dataEl = document.getElementById('i18n');
  const text = dataEl ? JSON.parse(dataEl.textContent || '{}') : {};
  const t = (key) => text[key] ?? key;
  const page = document.body.dataset.page;
  const $ = (selector) => document.querySelector(selector);

  const storedUser = () => {
    try {
      return JSON.parse(localStorage.getItem('user') || 'null');
    } catch {
      return null;
    }
  };

  const showError = (message) => {
    const el = $('#api-error');
    if (el) {
      el.textContent = message;
      el.hidden = false;
    }
  };

  async function api(path, init = {}) {
    const user = storedUser();
    const headers = { 'content-type': 'application/json', ...(init.headers || {}) };
    if (user && user.id !== undefined) headers['New-Api-User'] = String(user.id);
    const res = await fetch(path, { credentials: 'same-origin', ...init, headers });
    const json = await res.json().catch(() => ({ success: false, message: `HTTP ${res.status}` }));
    if (res.status === 401) {
      showError(json.message || `HTTP ${res.status}`);
      throw new Error(json.message);
    }
    return json;
  }

  let quotaPerUnit = 500000;
  const money = (quota) => `$${(Number(quota) / quotaPerUnit).toFixed(2)}`;
  const time = (sec) => (sec ? new Date(sec * 1000).toLocaleString(document.documentElement.lang) : '-');
  const cell = (value, className) => {
    const td = document.createElement('td');
    td.textContent = value;
    if (className) td.className = className;
    return td;
  };
  const badge = (value, className) => {
    const td = document.createElement('td');
    const span = document.createElement('span');
    span.textContent = value;
    span.className = className;
    td.append(span);
    return td;
  };
  const row = (cells) => {
    const tr = document.createElement('tr');
    tr.append(...cells);
    return tr;
  };

  async function loadStatus() {
    const status = await fetch('/api/status').then((r) => r.json());
    if (!status.success) return;
    quotaPerUnit = status.data.quota_per_unit;
    // new-api's setStatusData caches the status and display settings in localStorage.
    localStorage.setItem('status', JSON.stringify(status.data));
    localStorage.setItem('quota_per_unit', String(status.data.quota_per_unit));
    localStorage.setItem('display_in_currency', String(status.data.display_in_currency));
    localStorage.setItem('quota_display_type', status.data.quota_display_type);
  }

  async function loadSelf() {
    const self = await api('/api/user/self');
    if (!self.success) return showError(self.message);
    $('#balance').textContent = money(self.data.quota);
    $('#used-quota').textContent = money(self.data.used_quota);
    $('#request-count').textContent = String(self.data.request_count);
    $('#account-name').textContent = `${self.data.display_name} (${self.data.username} · ID ${self.data.id})`;
  }

  async function loadHistory() {
    const res = await api('/api/user/topup/self?p=1&page_size=20');
    if (!res.success) return showError(res.message);
    const body = $('#history-table tbody');
    body.replaceChildren(
      ...res.data.items.map((o) =>
        row([
          cell(o.trade_no, 'mono'),
          cell(o.payment_method),
          cell(`$${o.amount}`),
          cell(`¥${Number(o.money).toFixed(2)}`),
          badge(t(`status.${o.status}`), `status status-${o.status}`),
          cell(time(o.create_time)),
          cell(time(o.complete_time)),
        ]),
      ),
    );
    $('#history-empty').hidden = res.data.items.length > 0;
  }

  function submitForm(url, params) {
    // new-api posts the epay parameters as a form to the payment platform.
    const form = document.createElement('form');
    form.method = 'POST';
    form.action = url;
    for (const [name, value] of Object.entries(params)) {
      const input = document.createElement('input');
      input.type = 'hidden';
      input.name = name;
      input.value = value;
      form.append(input);
    }
    document.body.append(form);
    form.submit();
  }

  async function wallet() {
    await loadStatus();
    await loadSelf().catch(() => undefined);
    if (!$('#history').hidden) await loadHistory().catch(() => undefined);
    for (const chip of document.querySelectorAll('.amount-option')) {
      chip.addEventListener('click', () => {
        $('#amount').value = chip.dataset.amount;
      });
    }
    $('#pay-form').addEventListener('submit', async (event) => {
      event.preventDefault();
      const form = new FormData(event.target);
      const res = await api('/api/user/pay', {
        method: 'POST',
        body: JSON.stringify({
          amount: Number(form.get('amount')),
          payment_method: form.get('payment_method'),
        }),
      }).catch(() => null);
      if (!res) return;
      if (res.message !== 'success') return showError(res.data);
      submitForm(res.url, res.data);
    });
    $('#redeem-form').addEventListener('submit', async (event) => {
      event.preventDefault();
      const result = $('#redeem-result');
      const res = await api('/api/user/topup', {
        method: 'POST',
        body: JSON.stringify({ key: $('#redeem-key').value }),
      }).catch(() => null);
      if (!res) return;
      result.hidden = false;
      result.className = res.success ? 'result ok' : 'result error';
      result.textContent = res.success ? `${t('wallet.redeemOk')} +${money(res.data)}` : res.message;
      if (res.success) await loadSelf();
    });
  }

  async function usageLog() {
    await loadStatus();
    let p = 1;
    const load = async () => {
      const type = $('#log-type').value;
      const res = await api(`/api/log/self?p=${p}&page_size=15&type=${type}`).catch(() => null);
      if (!res) return;
      if (!res.success) return showError(res.message);
      $('#log-table tbody').replaceChildren(
        ...res.data.items.map((l) =>
          row([
            cell(time(l.created_at)),
            cell(t(`logType.${l.type}`), `logtype logtype-${l.type}`),
            cell(l.token_name || '-'),
            cell(l.model_name || '-'),
            cell(money(l.quota)),
            cell(l.content),
          ]),
        ),
      );
      const pages = Math.max(1, Math.ceil(res.data.total / res.data.page_size));
      $('#page-label').textContent = `${p} / ${pages}`;
      $('#prev').disabled = p <= 1;
      $('#next').disabled = p >= pages;
    };
    $('#log-type').addEventListener('change', () => {
      p = 1;
      load();
    });
    $('#prev').addEventListener('click', () => {
      p -= 1;
      load();
    });
    $('#next').addEventListener('click', () => {
      p += 1;
      load();
    });
    await load();
  }

  async function tokens() {
    await loadStatus();
    const res = await api('/api/token/?p=1&size=20').catch(() => null);
    if (!res) return;
    if (!res.success) return showError(res.message);
    $('#token-table tbody').replaceChildren(
      ...res.data.items.map((k) =>
        row([
          cell(k.name),
          cell(`sk-${k.key}`, 'mono'),
          cell(k.status === 1 ? t('token.enabled') : t('token.disabled')),
          cell(k.group || 'default'),
          cell(time(k.created_time)),
          cell(time(k.accessed_time)),
        ]),
      ),
    );
  }

  function login() {
    for (const button of document.querySelectorAll('.fill-account')) {
      button.addEventListener('click', () => {
        $('#username').value = button.dataset.username;
        $('#password').value = button.dataset.password;
      });
    }
    $('#login-form').addEventListener('submit', async (event) => {
      event.preventDefault();
      const res = await fetch('/api/user/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: $('#username').value, password: $('#password').value }),
      }).then((r) => r.json());
      if (!res.success) {
        $('#login-error').textContent = res.message;
        $('#login-error').hidden = false;
        return;
      }
      localStorage.setItem('user', JSON.stringify(res.data));
      location.href = '/console/topup';
    });
  }

  function demoTools() {
    for (const button of document.querySelectorAll('.switch-session')) {
      button.addEventListener('click', async () => {
        await fetch('/demo/switch-session', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ userId: Number(button.dataset.userId) }),
        });
        $('#switch-result').hidden = false;
      });
    }
    $('#logout')?.addEventListener('click', () => localStorage.removeItem('user'));
  }

  demoTools();
  const pages = { login, wallet, log: usageLog, token: tokens };
  pages[page]?.();
})();
