// The main-world tap (registered for granted origins only, document_start, so it sees the page's first
// /api/user/self answer: new-api generation C keeps the user only in memory). It runs on every page of a
// granted site, so it only watches: it wraps fetch and XHR, and of the page's own same-origin JSON answers
// keeps the few a console observer reads (lib/content/paths.ts; the last 40, in this page's memory only),
// tells the content script once that console answers were seen, and hands them over to the console
// observer (./console-observer.ts) the background injects into pages it knows as a console, which maps
// and masks them at once. Nothing here is posted, stored or sent: the signal carries no data, and the
// kept answers are the page's own. It never sends a request itself. Size budget: scripts/size.mjs.
import { apiPath, OBSERVED_GET, PAY_PATH, REDEEM_PATH } from '../lib/content/paths.js';
import {
  isStubPing,
  TAP_KEY,
  TAP_SOURCE,
  type Tap,
  type TapEntry,
  type TapSignal,
} from '../lib/content/tap-protocol.js';

const KEEP = 40;

export default defineUnlistedScript(() => {
  const w = window as unknown as Record<string, unknown>;
  if (w[TAP_KEY]) return;
  const kept: TapEntry[] = [];
  let taker: ((entry: TapEntry) => void) | undefined;
  let seen = false;

  const signal = () => {
    const message: TapSignal = { source: TAP_SOURCE, v: 1, type: 'console' };
    window.postMessage(message, location.origin);
  };
  const tap: Tap = {
    attach(take) {
      if (taker) return false;
      taker = take;
      for (const entry of kept.splice(0)) take(entry);
      return true;
    },
  };
  // Not writable, enumerable or configurable: the page cannot swap it for another.
  Object.defineProperty(window, TAP_KEY, { value: Object.freeze(tap) });
  // The content script starts at document_idle, maybe after the signal: it asks again.
  window.addEventListener('message', (event: MessageEvent) => {
    if (event.source === window && event.origin === location.origin && isStubPing(event.data) && seen)
      signal();
  });

  const see = (url: string, method: string, requestBody: unknown, text: string) => {
    const path = apiPath(url);
    if (!path) return;
    const known =
      method === 'GET'
        ? OBSERVED_GET.includes(path)
        : method === 'POST' && (PAY_PATH.test(path) || REDEEM_PATH.test(path));
    // new-api generation A answers a tab holding an old localStorage.user with "New-Api-User ... 不匹配" on
    // any authenticated route (middleware/auth.go): the observer needs that answer too.
    if (!known && !text.includes('New-Api-User')) return;
    const entry: TapEntry = {
      url,
      method,
      requestBody: typeof requestBody === 'string' ? requestBody : undefined,
      text,
      at: Date.now(),
    };
    if (taker) return taker(entry);
    kept.push(entry);
    if (kept.length > KEEP) kept.shift();
    if (!seen) {
      seen = true;
      signal();
    }
  };

  const originalFetch = window.fetch;
  window.fetch = async function (this: unknown, ...args: Parameters<typeof fetch>) {
    const response = await originalFetch.apply(this, args);
    try {
      const [input, init] = args;
      const request = input instanceof Request ? input : undefined;
      const url = request ? request.url : String(input);
      const method = (init?.method ?? request?.method ?? 'GET').toUpperCase();
      if ((response.headers.get('content-type') ?? '').includes('json') && url) {
        void response
          .clone()
          .text()
          .then((text) => see(url, method, init?.body, text))
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
            see(m.url, m.method, body, this.responseText);
          else if (this.responseType === 'json') see(m.url, m.method, body, JSON.stringify(this.response));
        } catch {
          // never break the page
        }
      });
    }
    return send.call(this, body);
  };
});
