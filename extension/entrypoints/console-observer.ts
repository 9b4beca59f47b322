// Main-world console observer, injected by the background only into pages it knows as a console (the
// content script's stub asked: the tap saw console answers, or the reader recognised the console). new-api
// generation C keeps the user only in memory, so the page's own responses are the only honest source: the
// tap (./tap.ts, document_start) kept the answers to /api/user/self, /api/status, top-up, log and
// token lists, the page's own "create order" answer and its redeem answers; here we take them over (and
// every later one), map and mask them at once (sdk new-api observer; a redeem code is masked as it
// arrives) and post only masked parts to the content script. We never send a request ourselves (never
// /api/user/auth/refresh).
import { createNewApiObserver } from '@topup-doctor/sdk/consoles';
import { OBSERVER_SOURCE, type ObserverMessage } from '../lib/content/observed.js';
import { apiPath } from '../lib/content/paths.js';
import { createdOrder, PAY_PATH } from '../lib/content/pay.js';
import { REDEEM_PATH, redeemAnswer } from '../lib/content/redeem.js';
import { TAP_KEY, type Tap } from '../lib/content/tap-protocol.js';
import { keysLast4, snapAccount, snapOrder } from '../lib/reader/to-snapshot.js';
import type { SnapOrder, SnapRedeem } from '../lib/snapshot.js';

export default defineUnlistedScript(() => {
  const flag = '__topupDoctorObserver';
  const w = window as unknown as Record<string, unknown>;
  const tap = w[TAP_KEY] as Tap | undefined;
  if (w[flag] || !tap) return;
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

  const take = (url: string, method: string, requestBody: unknown, text: string, at: number) => {
    const path = apiPath(url);
    if (!path) return;
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
      const order = createdOrder(requestBody, body, at);
      if (!order) return;
      created.push(order);
      // Now, not debounced: the page goes to the payment platform right after this answer.
      if (timer !== undefined) clearTimeout(timer);
      post();
      return;
    }
    if (method === 'POST' && REDEEM_PATH.test(path)) {
      const answer = redeemAnswer(requestBody, body, at);
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

  tap.attach((entry) => {
    try {
      take(entry.url, entry.method, entry.requestBody, entry.text, entry.at);
    } catch {
      // Observing must never break the page.
    }
  });
});
