// Which console page this is, from its route (new-api A: /topup, /console/topup?show_history=true,
// B: /wallet; sub2api: /purchase, /orders, /redeem). The banner shows on top-up, redeem and orders pages.
import type { PageKind } from '../snapshot.js';

export function pageKind(pathname: string, search = ''): PageKind {
  const path = pathname.toLowerCase();
  if (/show_history=true/.test(search) || /\/(orders?|billing|topup-history)(\/|$)/.test(path))
    return 'orders';
  if (/\/redeem(\/|$)/.test(path)) return 'redeem';
  if (/\/(topup|wallet|purchase|recharge|pay)(\/|$)/.test(path)) return 'topup';
  return 'other';
}
