// The page's own redeem answers, seen where they happen. A redemption usually fails before anyone opens the
// widget, so the panel is too late to see it: the script-tag loader installs this watcher when the page
// loads (no request: it is bundled into topup-doctor.js; the full config check, check-entry.ts, installs
// the same one when it runs instead). It looks only at POSTs to the consoles' redeem endpoints, masks the code in the
// request at once (first 2 + last 4) and keeps the answer's text; the console adapters' mapping
// (consoles/redeem-answer.ts) turns it into a RedeemAttempt when the widget reads the console. Nothing
// else is read, nothing is sent. What it saw lives on the window (`__topupDoctorRedeems`): the loader's copy
// (an IIFE) and the check's write one list, which the widget's second stage reads (redeem-seen.ts).
import { maskRedeemCode } from '../core/mask/code-mask.js';
import type { SeenRedeem, Watched } from './redeem-seen.js';

/** Same list as consoles/redeem-answer.ts REDEEM_PATHS (kept here so page start stays small). */
const PATHS = ['/api/user/topup', '/api/v1/redeem'];

const isRedeem = (w: Pick<Window, 'location'>, method: string, url: string): boolean => {
  if (method.toUpperCase() !== 'POST') return false;
  try {
    const u = new URL(url, w.location.href);
    return u.origin === w.location.origin && PATHS.includes(u.pathname.replace(/\/+$/, ''));
  } catch {
    return false;
  }
};

function maskedBody(body: unknown): string {
  let v: unknown = body;
  if (typeof v === 'string') {
    try {
      v = JSON.parse(v);
    } catch {
      return '{}';
    }
  }
  const o = (v ?? {}) as { key?: unknown; code?: unknown };
  const out: Record<string, string> = {};
  if (typeof o.key === 'string') out.key = maskRedeemCode(o.key);
  if (typeof o.code === 'string') out.code = maskRedeemCode(o.code);
  return JSON.stringify(out);
}

function keep(
  seen: SeenRedeem[],
  url: string,
  method: string,
  body: unknown,
  responseBody: string,
  now: () => number,
) {
  seen.push({
    url,
    method,
    requestBody: maskedBody(body),
    responseBody: responseBody.slice(0, 2000),
    at: now(),
  });
  if (seen.length > 10) seen.shift();
}

/** Installs the watcher on this window once. Observing never breaks the page: every failure is swallowed. */
export function watchRedeems(w: Window & typeof globalThis = window, now: () => number = Date.now): void {
  const flag = w as unknown as Watched;
  if (flag.__topupDoctorRedeems) return;
  const seen: SeenRedeem[] = [];
  flag.__topupDoctorRedeems = seen;
  const originalFetch = w.fetch;
  if (typeof originalFetch === 'function')
    w.fetch = async function (this: unknown, ...args: Parameters<typeof fetch>) {
      const response = await originalFetch.apply(this, args);
      try {
        const [input, init] = args;
        const request = input instanceof Request ? input : undefined;
        const url = request ? request.url : String(input);
        const method = init?.method ?? request?.method ?? 'GET';
        if (isRedeem(w, method, url))
          void response
            .clone()
            .text()
            .then((text) => keep(seen, url, method, init?.body, text, now))
            .catch(() => undefined);
      } catch {
        // never break the page
      }
      return response;
    };
  const proto = w.XMLHttpRequest?.prototype;
  if (!proto) return;
  const open = proto.open;
  const send = proto.send;
  const meta = new WeakMap<XMLHttpRequest, [string, string]>();
  proto.open = function (this: XMLHttpRequest, method: string, url: string | URL, ...rest: unknown[]) {
    meta.set(this, [String(method), String(url)]);
    return (open as (...a: unknown[]) => void).call(this, method, url, ...rest);
  } as typeof proto.open;
  proto.send = function (this: XMLHttpRequest, body?: Document | XMLHttpRequestBodyInit | null) {
    const m = meta.get(this);
    if (m && isRedeem(w, m[0], m[1]))
      this.addEventListener('load', () => {
        try {
          if (this.responseType === '' || this.responseType === 'text')
            keep(seen, m[1], m[0], body, this.responseText, now);
        } catch {
          // never break the page
        }
      });
    return send.call(this, body);
  };
}
