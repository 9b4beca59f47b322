// Recognise the page's own redeem answers and keep only what may be kept: the code masked (first 2 +
// last 4), the outcome the console's answer names (the core's classifier), the console's message masked,
// and when. new-api: POST /api/user/topup {key} -> {success, message, data} (controller/user.go TopUp;
// failures "无效的兑换码" / "该兑换码已被使用" / "该兑换码已过期", or since 2025 "兑换失败，请稍后重试" for every
// failure). sub2api: POST /api/v1/redeem {code} -> {code: 0, message, data} or {code: <HTTP status>,
// message, reason} (backend/internal/pkg/response/response.go ErrorWithDetails; reasons REDEEM_CODE_USED,
// REDEEM_RATE_LIMITED, ...).
import { classifyRedeemMessage, maskRedeemCode, maskText } from '@topup-doctor/sdk/core';
import { shortText } from '../reader/to-snapshot.js';
import type { SnapRedeem } from '../snapshot.js';

export { REDEEM_PATH } from './paths.js';

function json(body: unknown): unknown {
  if (typeof body !== 'string') return body;
  try {
    return JSON.parse(body);
  } catch {
    return undefined;
  }
}

export function redeemAnswer(
  requestBody: unknown,
  responseBody: unknown,
  now: number,
): SnapRedeem | undefined {
  const answer = json(responseBody) as {
    success?: unknown;
    code?: unknown;
    message?: unknown;
    reason?: unknown;
  } | null;
  if (!answer || typeof answer !== 'object') return undefined;
  const newApi = typeof answer.success === 'boolean';
  const sub2api = typeof answer.code === 'number';
  if (!newApi && !sub2api) return undefined;
  const text = typeof answer.message === 'string' ? answer.message : undefined;
  const ok = newApi ? answer.success === true : answer.code === 0;
  const outcome = ok
    ? 'success'
    : classifyRedeemMessage(text, typeof answer.reason === 'string' ? answer.reason : undefined);
  const request = json(requestBody) as { key?: unknown; code?: unknown } | null | undefined;
  const code = typeof request?.key === 'string' ? request.key : request?.code;
  const out: SnapRedeem = { outcome, at: now };
  // Only the mask travels: the full code never leaves the page's main world.
  if (typeof code === 'string' && code.trim()) out.codeMasked = maskRedeemCode(code);
  // A success message says nothing more than the outcome; a failure's words are kept, masked.
  if (!ok && text?.trim()) out.message = shortText(maskText(text).text, 200);
  return out;
}
