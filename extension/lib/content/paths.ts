// The console API routes the extension observes in the page's own traffic. Kept apart from the code that
// maps the answers so the main-world tap (entrypoints/tap.ts, every page load) carries only these.
// - GET answers the sdk's new-api page-response reader takes (sdk/src/consoles/new-api/page-responses.ts
//   `feed`): the user, the display settings, top-up orders, the usage log and the key list;
// - the page's own "create order" requests (new-api controller/topup.go RequestEpay and its Stripe/Creem/
//   Waffo variants; sub2api POST /api/v1/payment/orders) and redeem requests (new-api POST /api/user/topup,
//   sub2api POST /api/v1/redeem).
export const OBSERVED_GET: readonly string[] = [
  '/api/user/self',
  '/api/status',
  '/api/user/topup/self',
  '/api/log/self',
  '/api/token',
];
export const PAY_PATH = /^\/api\/user\/(?:pay|amount|[a-z]+\/pay)$|^\/api\/v1\/payment\/orders$/;
export const REDEEM_PATH = /^\/api\/user\/topup$|^\/api\/v1\/redeem$/;

/** The path of a same-origin console API request (`/api/...`, trailing slashes off); undefined for any other. */
export function apiPath(url: string): string | undefined {
  try {
    const u = new URL(url, location.href);
    const path = u.pathname.replace(/\/+$/, '');
    return u.origin === location.origin && path.startsWith('/api/') ? path : undefined;
  } catch {
    return undefined;
  }
}
