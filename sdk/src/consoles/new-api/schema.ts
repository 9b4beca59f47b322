// Shapes of the new-api JSON the adapter reads, with the field names of QuantumNous/new-api:
// controller/misc.go GetStatus, model/user.go (GET /api/user/self), model/topup.go TopUp,
// model/log.go Log, model/token.go Token, common/page_info.go PageInfo {page, page_size, total, items}.
// one-api (songquanpeng/one-api) shares /api/status, /api/user/self, /api/log/self and /api/token/.
import * as z from '../shape.js';

const Id = z.union([z.number(), z.string()]);
const str = z.optional(z.nullable(z.string()));
const num = z.optional(z.nullable(z.number()));

/** Every /api answer: `{success, message, data}` (common.ApiSuccess / ApiError). */
export const Envelope = z.object({
  success: z.optional(z.boolean()),
  message: str,
  data: z.optional(z.unknown()),
});

export const Status = z.object({
  quota_per_unit: z.optional(z.union([z.number(), z.string()])),
  // Kept by new-api for old frontends next to quota_display_type (USD | CNY | TOKENS | CUSTOM).
  display_in_currency: z.optional(z.union([z.boolean(), z.string()])),
  quota_display_type: str,
  usd_exchange_rate: num,
  custom_currency_symbol: str,
  custom_currency_exchange_rate: num,
});
export type Status = z.Infer<typeof Status>;

export const Self = z.object({
  id: Id,
  username: str,
  display_name: str,
  email: str,
  group: str,
  quota: z.number(),
  used_quota: num,
});
export type Self = z.Infer<typeof Self>;

/** model/topup.go TopUp; status common.TopUpStatus*: pending | success | failed | expired. */
export const TopUp = z.object({
  id: Id,
  amount: num,
  money: num,
  trade_no: z.string(),
  payment_method: str,
  payment_provider: str,
  create_time: z.number(), // unix seconds
  complete_time: num, // unix seconds, 0 until completed
  status: z.string(),
});
export type TopUp = z.Infer<typeof TopUp>;

/** model/log.go Log; type 1 = LogTypeTopup, 6 = LogTypeRefund. created_at is unix seconds. */
export const Log = z.object({
  created_at: z.number(),
  type: z.number(),
  content: z.string(),
  quota: num,
});
export type Log = z.Infer<typeof Log>;

/** model/token.go Token; status common.TokenStatus*: 1 enabled, 2 disabled, 3 expired, 4 exhausted. */
export const Token = z.object({
  name: str,
  key: z.string(),
  status: num,
  group: str,
});
export type Token = z.Infer<typeof Token>;
