// The console's own texts, as new-api writes them (model/redemption.go, model/topup.go, common.LogQuota).
// Kept verbatim: the sdk's new-api adapter and support staff recognise them.
import { QUOTA_PER_UNIT } from '../config.js';

/** common.LogQuota with DisplayInCurrencyEnabled: full-width dollar, six decimals, "额度". */
export function logQuota(quota: number): string {
  return `＄${(quota / QUOTA_PER_UNIT).toFixed(6)} 额度`;
}

/** model.Redeem (v0.6+): "通过兑换码充值 ＄10.000000 额度，兑换码ID 12". */
export function redeemLogText(quota: number, redemptionId: number): string {
  return `通过兑换码充值 ${logQuota(quota)}，兑换码ID ${redemptionId}`;
}

/** EpayNotify / RechargeEpay: money printed with %f. */
export function onlineTopupLogText(quota: number, money: number): string {
  return `使用在线充值成功，充值金额: ${logQuota(quota)}，支付金额：${money.toFixed(6)}`;
}

/** model.ManualCompleteTopUp: the admin's 补单, money printed with %f like the callback's. */
export function manualTopupLogText(quota: number, money: number): string {
  return `管理员补单成功，充值金额: ${logQuota(quota)}，支付金额：${money.toFixed(6)}`;
}

/** middleware/auth.go authHelper (generation A, session + New-Api-User header). */
export const AUTH_TEXT = {
  notLoggedIn: '无权进行此操作，未登录且未提供 access token',
  noUserHeader: '无权进行此操作，未提供 New-Api-User',
  badUserHeader: '无权进行此操作，New-Api-User 格式错误',
  userMismatch: '无权进行此操作，New-Api-User 与登录用户不匹配',
  banned: '用户已被封禁',
  /** A token that matches no user (HTTP 200 in the builds this console imitates). */
  badToken: '无权进行此操作，access token 无效',
  /** A valid token of an account below admin (HTTP 200 too). */
  notAdmin: '无权进行此操作，权限不足',
} as const;

/** model.Redeem before new-api answered every failure with the generic text; wrapped as "兑换失败，" + reason. */
export const REDEEM_TEXT = {
  noKey: '未提供兑换码',
  invalid: '无效的兑换码',
  used: '该兑换码已被使用',
  expired: '该兑换码已过期',
  generic: '兑换失败，请稍后重试',
  failedPrefix: '兑换失败，',
} as const;

export const LOGIN_TEXT = {
  wrong: '用户名或密码错误，或用户已被封禁',
  empty: '无效的参数',
} as const;
