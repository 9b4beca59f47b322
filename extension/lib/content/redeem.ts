// Recognise the page's own redeem answers and keep only what may be kept: the code masked (first 2 +
// last 4), the outcome the console's answer names (the core's classifier), the console's message masked,
// and when. new-api: POST /api/user/topup {key} -> {success, message, data} (controller/user.go TopUp;
// failures "无效的兑换码" / "该兑换码已被使用" / "该兑换码已过期", or since 2025 "兑换失败，请稍后重试" for every
// failure). sub2api: POST /api/v1/redeem {code} -> {code: 0, message, data} or {code: <HTTP status>,
// message, reason} (backend/internal/pkg/response/response.go ErrorWithDetails; reasons REDEEM_CODE_USED,
// REDEEM_RATE_LIMITED, ...).
import { readRedeem } from '@topup-doctor/sdk/consoles';
import { maskRedeemCode, maskText } from '@topup-doctor/sdk/core';
import { shortText } from '../reader/to-snapshot.js';
import type { SnapRedeem } from '../snapshot.js';

export { REDEEM_PATH } from './paths.js';

/** The sdk's reading of the exchange (readRedeem, the widget's too), kept as the extension may keep it. */
export function redeemAnswer(
  requestBody: unknown,
  responseBody: unknown,
  now: number,
): SnapRedeem | undefined {
  const read = readRedeem(requestBody, responseBody);
  if (!read) return undefined;
  const out: SnapRedeem = { outcome: read.outcome, at: now };
  // Only the mask travels: the full code never leaves the page's main world.
  if (read.code) out.codeMasked = maskRedeemCode(read.code);
  // A success message says nothing more than the outcome; a failure's words are kept, masked whole
  // before they are cut.
  if (!read.ok && read.message) out.message = shortText(maskText(read.message).text, 200);
  return out;
}
