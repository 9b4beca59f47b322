// Shapes of the sub2api JSON read here, field names from Wei-Shaw/sub2api frontend/src/types
// (User, ApiKey, PaginatedResponse {items, total, page, page_size, pages}), frontend/src/types/payment.ts
// (PaymentOrder, OrderStatus) and frontend/src/api/redeem.ts (RedeemHistoryItem). Every answer is
// `{code, message, data}` with code 0 on success (frontend/src/api/client.ts).
import * as z from '../shape.js';

const Id = z.union([z.number(), z.string()]);
const str = z.optional(z.nullable(z.string()));
const num = z.optional(z.nullable(z.number()));

export const Envelope = z.object({
  code: z.optional(z.union([z.number(), z.string()])),
  message: str,
  data: z.optional(z.unknown()),
});

export const User = z.object({
  id: Id,
  username: str,
  email: str,
  balance: num,
  status: str,
});
export type User = z.Infer<typeof User>;

export const PaymentOrder = z.object({
  id: Id,
  amount: num,
  pay_amount: num,
  payment_type: str,
  out_trade_no: z.string(),
  status: z.string(),
  order_type: str,
  created_at: z.string(),
  paid_at: str,
  completed_at: str,
});
export type PaymentOrder = z.Infer<typeof PaymentOrder>;

export const RedeemHistoryItem = z.object({
  /** The full code: read only to be masked (first 2 + last 4) at once. */
  code: str,
  type: z.string(),
  value: num,
  used_at: str,
  created_at: str,
  notes: str,
});
export type RedeemHistoryItem = z.Infer<typeof RedeemHistoryItem>;

export const ApiKey = z.object({
  key: z.string(),
  name: str,
  status: str,
  group: z.optional(z.nullable(z.object({ name: str }))),
});
export type ApiKey = z.Infer<typeof ApiKey>;
