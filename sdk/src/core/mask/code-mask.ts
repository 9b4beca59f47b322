// The smallest masks, in a module of their own: the page-start redeem watcher (embed/redeem-watch.ts) masks
// a code the moment it sees it and must not pull the whole masking module into page start.

export const ELLIPSIS = '…';

/** `…1832` (trade numbers, short codes, ids): at most 4 characters after the ellipsis. */
export const TAIL_MASK = /^…[A-Za-z0-9]{0,4}$/;
/** `ab…9f3e` (redeem codes of 12+ characters). */
export const CODE_MASK = /^[A-Za-z0-9]{2}…[A-Za-z0-9]{4}$/;

/** The ASCII letters and digits of `v`. One native replace: building the string a character at a time
 *  cost a new string per character (maskRedeemCode was 2% of the bench's maskText time). */
export function alnumOnly(v: string): string {
  return v.replace(/[^A-Za-z0-9]/g, '');
}

/** Redeem codes: first 2 + last 4 (`ab…9f3e`); short codes keep less so a mask never reveals half. */
export function maskRedeemCode(value: string): string {
  const v = value.trim();
  if (v === '' || CODE_MASK.test(v) || TAIL_MASK.test(v)) return v;
  const a = alnumOnly(v);
  if (a.length >= 12) return a.slice(0, 2) + ELLIPSIS + a.slice(-4);
  if (a.length >= 6) return ELLIPSIS + a.slice(-2);
  return ELLIPSIS;
}
