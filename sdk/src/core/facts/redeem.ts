// A redeem outcome from words: the console's own message (observed on the page, or typed by the user) or its
// error code. Texts verified in the consoles' sources:
// - new-api before 2025 (model/redemption.go Redeem): "无效的兑换码", "该兑换码已被使用", "该兑换码已过期";
// - new-api 2025 (same file, ErrRedeemFailed -> i18n redeem.failed): every failure is
//   "兑换失败，请稍后重试" / "Redemption failed, please try again later";
// - new-api 2026 (i18n/locales redemption.invalid|used|expired): "无效的兑换码" / "Invalid redemption code",
//   "该兑换码已被使用" / "This redemption code has been used", "该兑换码已过期" / "This redemption code has expired";
// - sub2api (backend/internal/service/redeem_service.go): REDEEM_CODE_NOT_FOUND "redeem code not found",
//   REDEEM_CODE_USED "redeem code already used", REDEEM_RATE_LIMITED "too many failed attempts, please try again
//   later" (20 failures an hour), REDEEM_CODE_LOCKED "redeem code is being processed, please try again" (a
//   10-second lock while another request redeems the same code).
import type { ConsoleKind, RedeemCodeShape, RedeemOutcome } from './schema.js';

const BY_CODE: Record<string, RedeemOutcome> = {
  REDEEM_CODE_NOT_FOUND: 'invalid',
  REDEEM_CODE_INVALID: 'invalid',
  REDEEM_CODE_USED: 'used',
  REDEEM_CODE_EXPIRED: 'expired',
  REDEEM_CODE_DISABLED: 'disabled',
  REDEEM_CODE_LOCKED: 'locked',
  REDEEM_RATE_LIMITED: 'rate_limited',
  'redemption.invalid': 'invalid',
  'redemption.used': 'used',
  'redemption.expired': 'expired',
  'redeem.failed': 'generic_failure',
  'redemption.failed': 'generic_failure',
};

/** Checked in this order: a specific reason wins over the generic "failed, try again later". */
const BY_TEXT: ReadonlyArray<readonly [RedeemOutcome, RegExp]> = [
  ['rate_limited', /too many (failed )?attempts|rate.?limit|尝试次数过多|次数过多|过于频繁|太频繁|请求过多/i],
  ['locked', /being processed|locked|已被锁定|锁定|正在处理/i],
  ['used', /已被使用|已使用|已经使用|been used|already used|already redeemed|已被兑换/i],
  ['expired', /已过期|已失效|expired/i],
  ['disabled', /已停用|已禁用|已作废|disabled|deactivated/i],
  [
    'switched_off',
    /未开启兑换|关闭了兑换|兑换(功能)?(已)?关闭|redemption is (turned )?off|redeem(ing)? is disabled/i,
  ],
  [
    'invalid',
    /无效的兑换码|兑换码无效|兑换码不存在|不存在|invalid (redemption|redeem)? ?code|code (is )?invalid|not found|does not exist/i,
  ],
  ['generic_failure', /兑换失败|redemption failed|redeem failed|failed to redeem/i],
  ['success', /兑换成功|充值成功|redeemed successfully|redemption successful|success/i],
];

/** The outcome a console message (or an error code) names; 'unknown' when it names none. */
export function classifyRedeemMessage(text: string | undefined, code?: string): RedeemOutcome {
  if (code !== undefined) {
    const byCode = BY_CODE[code.trim()];
    if (byCode) return byCode;
  }
  const t = (text ?? '').trim();
  if (!t) return 'unknown';
  const byCode = BY_CODE[t];
  if (byCode) return byCode;
  for (const [outcome, re] of BY_TEXT) if (re.test(t)) return outcome;
  return 'unknown';
}

const UNITS: ReadonlyArray<readonly [RegExp, number]> = [
  [/(\d+(?:\.\d+)?)\s*(?:小时|个小时|hours?|hrs?|h\b)/i, 60],
  [/(\d+(?:\.\d+)?)\s*(?:分钟|分|minutes?|mins?|m\b)/i, 1],
  [/(\d+(?:\.\d+)?)\s*(?:秒钟|秒|seconds?|secs?|s\b)/i, 1 / 60],
];

/** Minutes to wait that a console message names ("请 30 分钟后再试", "try again in 1 hour"), if any. */
export function waitMinutesIn(text: string | undefined): number | undefined {
  if (!text) return undefined;
  for (const [re, factor] of UNITS) {
    const m = re.exec(text);
    if (m?.[1]) return Math.max(1, Math.ceil(Number(m[1]) * factor));
  }
  return undefined;
}

/**
 * What a typed code's shape says where the console's code format is known, read from the full code before it
 * is masked (only the result is kept): `lookalike` when the letter O, I or L stands where only hex digits
 * belong (a 0 or 1 mistyped), `case` when a case-sensitive console's upper-case code was typed in lower case.
 * Formats: new-api and one-api keys are 32 hex characters (common.GetUUID without dashes, model/redemption.go;
 * an admin prefix may come before them); sub2api batch codes are four groups of 8 upper-case hex characters
 * compared as stored (backend/internal/service/redeem_service.go). Other consoles: nothing is said.
 */
export function redeemCodeShape(kind: ConsoleKind, typed: string): RedeemCodeShape | undefined {
  const t = typed.replace(/\s/g, '');
  const fix = (s: string) => s.replace(/[Oo]/g, '0').replace(/[IiLl]/g, '1');
  if (kind === 'new-api' || kind === 'one-api') {
    const hex = (s: string) => /^[0-9a-f]{32}$/i.test(s.slice(-32));
    if (t.length < 32 || hex(t)) return undefined;
    return hex(fix(t)) ? 'lookalike' : undefined;
  }
  if (kind === 'sub2api') {
    const groups = (s: string) => /^[0-9A-F]{8}(-[0-9A-F]{8}){3}$/.test(s);
    if (groups(t)) return undefined;
    if (groups(t.toUpperCase())) return 'case';
    return groups(fix(t).toUpperCase()) ? 'lookalike' : undefined;
  }
  return undefined;
}
