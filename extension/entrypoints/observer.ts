// Main-world observer (registered for granted origins only, document_start). new-api generation C keeps
// the user only in memory, so the page's own responses are the only honest source: we wrap fetch and
// XHR, read a CLONE of the answers to /api/user/self, /api/status, top-up, log and token lists, the
// page's own "create order" answer and its redeem answers (the code masked at once), map and mask them
// here (sdk new-api observer) and post only masked parts to the content script. We never send a request
// ourselves (never /api/user/auth/refresh).
import { createNewApiObserver } from '@topup-doctor/sdk/consoles';
import { OBSERVER_SOURCE, type ObserverMessage } from '../lib/content/observed.js';
import { createdOrder, PAY_PATH } from '../lib/content/pay.js';
import { REDEEM_PATH, redeemAnswer } from '../lib/content/redeem.js';
import { keysLast4, snapAccount, snapOrder } from '../lib/reader/to-snapshot.js';
import type { SnapOrder, SnapRedeem } from '../lib/snapshot.js';

export default defineUnlistedScript(() => {
  const flag = '__topupDoctorObserver';
  const w = window as unknown as Record<string, unknown>;
  if (w[flag]) return;
  w[flag] = true;

  const observer = createNewApiObserver();
  const created: SnapOrder[] = [];
  const redeemed: SnapRedeem[] = [];
  let mismatch = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const post = () => {
    timer = undefined;
    const snap = observer.snapshot();
    // The adapter's own mapping (sdk new-api observer -> accountOf/balanceOf): the balance in the
    // console's display unit with its exchange rate, exactly as the console shows it.
    const account = snapAccount(snap.account);
    const keys = keysLast4(snap.keys);
    const message: ObserverMessage = {
      source: OBSERVER_SOURCE,
      v: 1,
      type: 'observed',
      ...(account ? { account } : {}),
      ...(snap.orders ? { orders: snap.orders.slice(0, 100).map(snapOrder) } : {}),
      ...(keys ? { keysLast4: keys.slice(0, 200) } : {}),
      ...(created.length ? { created: created.slice(-20) } : {}),
      ...(redeemed.length ? { redeemed: redeemed.slice(-20) } : {}),
      ...(mismatch ? { userHeaderMismatch: true } : {}),
    };
    window.postMessage(message, location.origin);
  };
  const schedule = () => {
    if (timer === undefined) timer = setTimeout(post, 50);
  };

  const take = (url: string, method: string, requestBody: unknown, text: string) => {
    let path: string;
    try {
      const u = new URL(url, location.href);
      if (u.origin !== location.origin) return;
      path = u.pathname.replace(/\/+$/, '');
    } catch {
      return;
    }
    if (!path.startsWith('/api/')) return;
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return;
    }
    // new-api generation A: a tab holding an old localStorage.user gets this answer (middleware/auth.go).
    const message = (body as { message?: unknown } | null)?.message;
    if (typeof message === 'string' && message.includes('New-Api-User') && message.includes('不匹配'))
      mismatch = true;
    if (method === 'POST' && PAY_PATH.test(path)) {
      const order = createdOrder(requestBody, body, Date.now());
      if (!order) return;
      created.push(order);
      // Now, not debounced: the page goes to the payment platform right after this answer.
      if (timer !== undefined) clearTimeout(timer);
      post();
      return;
    }
    if (method === 'POST' && REDEEM_PATH.test(path)) {
      const answer = redeemAnswer(requestBody, body, Date.now());
      if (!answer) return;
      redeemed.push(answer);
      if (redeemed.length > 20) redeemed.shift();
      if (timer !== undefined) clearTimeout(timer);
      post();
      return;
    }
    if (method === 'GET' && observer.feed(path, body)) schedule();
    else if (mismatch) schedule();
  };

  const originalFetch = window.fetch;
  window.fetch = async function (this: unknown, ...args: Parameters<typeof fetch>) {
    const response = await originalFetch.apply(this, args);
    try {
      const [input, init] = args;
      const request = input instanceof Request ? input : undefined;
      const url = request ? request.url : String(input);
      const method = (init?.method ?? request?.method ?? 'GET').toUpperCase();
      const type = response.headers.get('content-type') ?? '';
      if (type.includes('json') && url) {
        void response
          .clone()
          .text()
          .then((text) => take(url, method, init?.body, text))
          .catch(() => undefined);
      }
    } catch {
      // Observing must never break the page.
    }
    return response;
  };

  const open = XMLHttpRequest.prototype.open;
  const send = XMLHttpRequest.prototype.send;
  const meta = new WeakMap<XMLHttpRequest, { method: string; url: string }>();
  XMLHttpRequest.prototype.open = function (
    this: XMLHttpRequest,
    method: string,
    url: string | URL,
    ...rest: unknown[]
  ) {
    meta.set(this, { method: String(method).toUpperCase(), url: String(url) });
    return (open as (...a: unknown[]) => void).call(this, method, url, ...rest);
  } as typeof XMLHttpRequest.prototype.open;
  XMLHttpRequest.prototype.send = function (
    this: XMLHttpRequest,
    body?: Document | XMLHttpRequestBodyInit | null,
  ) {
    const m = meta.get(this);
    if (m) {
      this.addEventListener('load', () => {
        try {
          if (this.responseType === '' || this.responseType === 'text')
            take(m.url, m.method, body, this.responseText);
          else if (this.responseType === 'json') take(m.url, m.method, body, JSON.stringify(this.response));
        } catch {
          // never break the page
        }
      });
    }
    return send.call(this, body);
  };
});
