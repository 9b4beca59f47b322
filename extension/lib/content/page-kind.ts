// Which console page this is, from its route (new-api A: /topup, /console/topup?show_history=true,
// B: /wallet; sub2api: /purchase, /orders, /redeem). The banner shows on top-up, redeem and orders pages.
// 'login': the sign-in, sign-up and password-reset routes (new-api web/src/App.jsx /login, /register,
// /reset, /user/reset, /oauth/*; one-api the same; sub2api /login, /register, /auth/*). No one is logged in
// there, yet the console's storage may still hold the last user (a logout by URL or an expired session
// leaves new-api's localStorage.user behind): the extension reads nothing on these pages.
import type { PageKind } from '../snapshot.js';

export function pageKind(pathname: string, search = ''): PageKind {
  const path = pathname.toLowerCase();
  if (
    /^\/(login|register|signin|sign-in|signup|sign-up|reset|user\/reset|forgot[\w-]*|oauth|auth)(\/|$)/.test(
      path,
    )
  )
    return 'login';
  if (/show_history=true/.test(search) || /\/(orders?|billing|topup-history)(\/|$)/.test(path))
    return 'orders';
  if (/\/redeem(\/|$)/.test(path)) return 'redeem';
  if (/\/(topup|wallet|purchase|recharge|pay)(\/|$)/.test(path)) return 'topup';
  return 'other';
}
