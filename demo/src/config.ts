// Settings of the imitated console. The demo imitates a new-api generation-A build (Semi UI, v0.9-era:
// routes /console/topup, /console/log, /console/token; paginated lists `{page, page_size, total, items}`),
// with the detailed redeem errors of the versions before the generic "兑换失败，请稍后重试" (see README).

/** new-api `common.QuotaPerUnit` default: 500000 quota = 1 display unit ($1). */
export const QUOTA_PER_UNIT = 500_000;
/** new-api `operation_setting.Price`: money charged per top-up unit (CNY per $1 of quota). */
export const TOPUP_PRICE = 7.3;
/** new-api `operation_setting.MinTopUp`. */
export const MIN_TOPUP = 1;
/** new-api only lists the last 30 days of top-ups (model/topup.go topUpQueryWindowSeconds). */
export const TOPUP_WINDOW_SECONDS = 30 * 24 * 60 * 60;
/** The epay merchant the console is configured with (EpayId / EpayKey); the simulator signs with it. */
export const EPAY_PID = '1001';
export const EPAY_KEY = 'demo-epay-merchant-key';
export const SYSTEM_NAME = 'Demo API 网关';
export const SESSION_COOKIE = 'session';

export type RedeemMessages = 'detailed' | 'generic';
