// The facts a diagnosis is made from. Adapters (sdk/src/consoles) read them from a console, the widget
// adds the user's answers, the extension adds what it observed in this browser.
//
// Privacy boundary: facts never hold a full key, a full redeem code or a full trade number. Adapters
// mask trade numbers (keeping the last 4) and extract the user id some formats carry (new-api
// `USR{uid}NO...`) before a value enters Facts; keys arrive already masked by the console.
import * as z from 'zod/mini';

/** Milliseconds since the epoch. Every time in the core is a number: the clock is passed in. */
export const EpochMs = z.number().check(z.gte(0));

export const ConsoleKind = z.enum(['new-api', 'one-api', 'sub2api', 'custom']);
export type ConsoleKind = z.infer<typeof ConsoleKind>;

export const ConsoleInfo = z.object({
  kind: ConsoleKind,
  /** Frontend generation or version when known: new-api 'A' | 'B' | 'C'. */
  generation: z.optional(z.string()),
  /** Days of order history the console's list returns (new-api: 30). "Not found" past it proves nothing. */
  historyWindowDays: z.optional(z.number().check(z.gte(0))),
  /** The console has no orders list at all (one-api; new-api builds of 2025 answer 404): never point at
   *  an orders page, ask for the payment's details instead. */
  noOrdersList: z.optional(z.boolean()),
});
export type ConsoleInfo = z.infer<typeof ConsoleInfo>;

/** How the console turns its internal quota into money (new-api: quota / quota_per_unit, default 500000). */
export const Balance = z.object({
  /** The console's raw number (new-api `quota`, sub2api `balance`). */
  raw: z.number(),
  /** Raw units per one display unit; 1 when the console stores money directly. */
  quotaPerUnit: z.number().check(z.gt(0)),
  /** What the console shows: 'USD', 'CNY', 'TOKENS' (raw quota shown as tokens), ... */
  displayUnit: z.string(),
});
export type Balance = z.infer<typeof Balance>;

export const Account = z.object({
  id: z.string().check(z.minLength(1)),
  username: z.optional(z.string()),
  displayName: z.optional(z.string()),
  email: z.optional(z.string()),
  group: z.optional(z.string()),
  balance: z.optional(Balance),
});
export type Account = z.infer<typeof Account>;

export const OrderStatus = z.enum([
  'pending', // created, no payment confirmed (new-api `pending`, sub2api PENDING)
  'paid', // the provider confirmed payment, credit not applied yet (sub2api PAID / RECHARGING)
  'credited', // balance credited (new-api `success`, sub2api COMPLETED)
  'failed',
  'cancelled',
  'expired',
  'refund_requested',
  'refunding',
  'refunded',
  'unknown',
]);
export type OrderStatus = z.infer<typeof OrderStatus>;

export const Order = z.object({
  /** The console's own order reference (new-api top_up `id`, sub2api order `id`): not sensitive. */
  ref: z.string(),
  /** The trade number, already masked by the adapter (last 4 kept), e.g. `USR…1832`. */
  tradeNo: z.optional(z.string()),
  /** Last 4 characters of the trade number, for matching with what the user sees on their receipt. */
  tradeNoTail: z.optional(z.string()),
  /** The account id encoded in the trade number, where the format carries one (new-api `USR{uid}NO`). */
  tradeNoUserId: z.optional(z.string()),
  /** Ordered amount in the console's top-up unit (new-api `amount`). */
  amount: z.optional(z.number()),
  /** Money to pay / paid (new-api `money`, sub2api `pay_amount`). */
  money: z.optional(z.number()),
  currency: z.optional(z.string()),
  /** Payment method as the console names it: 'alipay', 'wxpay', 'stripe', 'creem', 'paypal', ... */
  method: z.optional(z.string()),
  /** The payment provider or gateway when distinct from the method: 'epay', 'stripe', 'waffo', ... */
  provider: z.optional(z.string()),
  status: OrderStatus,
  /** The console's own status value, kept for support ('success', 'COMPLETED', ...). */
  rawStatus: z.string(),
  createdAt: EpochMs,
  completedAt: z.optional(EpochMs),
});
export type Order = z.infer<typeof Order>;

export const LedgerKind = z.enum(['online', 'redeem', 'manual', 'refund', 'other']);
export type LedgerKind = z.infer<typeof LedgerKind>;

/** A balance change as the console logged it (new-api `/api/log/self` type 1 rows). */
export const LedgerEntry = z.object({
  kind: LedgerKind,
  /** Amount in the balance's display unit, when the adapter could read it. */
  amount: z.optional(z.number()),
  /** Raw quota delta, when the console logs one. */
  quota: z.optional(z.number()),
  at: EpochMs,
  /** The console's own text, masked ("通过兑换码充值 ..."). */
  text: z.string(),
  /** The credited amount in the console's top-up unit as its text names it (new-api "充值金额: ＄10.000000"
   *  = top_up.amount; "通过兑换码充值 ＄5.000000"), for matching a credit with its order. */
  topupAmount: z.optional(z.number()),
  /** The money paid as its text names it (new-api "支付金额：73.000000" = top_up.money). */
  paidMoney: z.optional(z.number()),
  /** The redeemed code, masked (first 2 + last 4), where the console's history names it (sub2api
   *  `GET /api/v1/redeem/history`); new-api's log names only the code's id. */
  codeMasked: z.optional(z.string()),
});
export type LedgerEntry = z.infer<typeof LedgerEntry>;

/** An API key as the console lists it: masked only (new-api first 4 + stars + last 4). */
export const MaskedKey = z.object({
  name: z.optional(z.string()),
  masked: z.string(),
  last4: z.string().check(z.length(4)),
  group: z.optional(z.string()),
  status: z.optional(z.enum(['enabled', 'disabled', 'expired', 'exhausted', 'unknown'])),
});
export type MaskedKey = z.infer<typeof MaskedKey>;

export const RedeemOutcome = z.enum([
  'success',
  'invalid', // 无效的兑换码 / REDEEM_CODE_NOT_FOUND
  'used', // 该兑换码已被使用 / REDEEM_CODE_USED
  'expired', // 该兑换码已过期 / REDEEM_CODE_EXPIRED
  'disabled', // disabled by an admin
  'locked', // sub2api REDEEM_CODE_LOCKED (20 failures an hour lock for an hour)
  'rate_limited',
  'switched_off', // the operator turned redemption off
  'generic_failure', // new-api >= 2025: "兑换失败，请稍后重试" for every failure
  'unknown',
]);
export type RedeemOutcome = z.infer<typeof RedeemOutcome>;

/** Where a redeem outcome came from: the console's own answer seen on this page, the extension's record
 *  of this browser, or the message the user typed. */
export const RedeemSource = z.enum(['console', 'extension', 'user']);
export type RedeemSource = z.infer<typeof RedeemSource>;

export const RedeemAttempt = z.object({
  outcome: RedeemOutcome,
  at: z.optional(EpochMs),
  /** The code, masked (first 2 + last 4). Never the full code. */
  codeMasked: z.optional(z.string()),
  /** The console's message, masked. */
  message: z.optional(z.string()),
  source: z.optional(RedeemSource),
  /** The account logged in when the code was submitted (the extension records it). */
  accountId: z.optional(z.string()),
  /** Minutes to wait before trying again, when the console's message says so. */
  waitMinutes: z.optional(z.number().check(z.gte(0))),
});
export type RedeemAttempt = z.infer<typeof RedeemAttempt>;

export const ProblemId = z.enum([
  'payment_failed',
  'order_processing',
  'paid_not_credited',
  'duplicate_or_refund',
  'redeem_not_credited',
]);
export type ProblemId = z.infer<typeof ProblemId>;

/** One masking decision: which field, what kind of value (the masking engine's finding kind). */
export const MaskDecision = z.object({
  field: z.string().check(z.maxLength(40)),
  kind: z.string().check(z.maxLength(40)),
});
export type MaskDecision = z.infer<typeof MaskDecision>;

export const RedeemCodeShape = z.enum(['lookalike', 'case']);
export type RedeemCodeShape = z.infer<typeof RedeemCodeShape>;

/** What the user tells the widget: only what the console could not answer. */
export const Answers = z.object({
  problem: z.optional(ProblemId),
  paidAt: z.optional(EpochMs),
  paidAmount: z.optional(z.number()),
  currency: z.optional(z.string()),
  method: z.optional(z.string()),
  /** A hint of the account that paid (masked email or phone, "the other account"), never a full payment account. */
  payingAccountHint: z.optional(z.string()),
  /** Last 4 characters of the API key the user calls with. */
  keyLast4: z.optional(z.string().check(z.maxLength(4))),
  /** The message the page showed (masked before it is kept). */
  pageMessage: z.optional(z.string()),
  orderedAgain: z.optional(z.boolean()),
  /** Tail of the trade number on the user's receipt, to pick the order in question. */
  tradeNoTail: z.optional(z.string()),
  /** The account id the receipt's trade number carries (new-api `USR{uid}NO...`), read by `readTradeNo`
   *  before the full number is dropped: compared with the logged-in id. */
  tradeNoUserId: z.optional(z.string()),
  /** A pasted full trade number, masked (last 4 kept). */
  tradeNoMasked: z.optional(z.string()),
  /** The user said the order is not among the console's recent orders (or they cannot tell which). */
  orderNotListed: z.optional(z.boolean()),
  /** The order the user picked from the console's recent orders (its `ref`). */
  orderRef: z.optional(z.string()),
  /** The redeem code the user typed, masked (first 2 + last 4). The full code is never kept. */
  redeemCode: z.optional(z.string()),
  /** What the typed code's shape says on a console whose format is known (core redeemCodeShape), read
   *  before the code was masked: a look-alike letter for a digit, or the wrong case. */
  redeemCodeShape: z.optional(RedeemCodeShape),
  /** When the user submitted the code (not a payment time). */
  redeemedAt: z.optional(EpochMs),
  /** What masking changed in the user's own typing (field = the answer or 'note', kind = finding kind). */
  masked: z.optional(z.array(MaskDecision)),
});
export type Answers = z.infer<typeof Answers>;

/** A user account this browser saw logged in on this console (kept by the extension). */
export const AccountSeen = z.object({
  id: z.string(),
  /** A masked label for display (nickname or masked email). */
  label: z.optional(z.string()),
  firstSeen: EpochMs,
  lastSeen: EpochMs,
});
export type AccountSeen = z.infer<typeof AccountSeen>;

/** An order this browser saw being created (masked refs only). */
export const OrderCreatedHere = z.object({
  accountId: z.string(),
  ref: z.optional(z.string()),
  tradeNoTail: z.optional(z.string()),
  amount: z.optional(z.number()),
  method: z.optional(z.string()),
  createdAt: EpochMs,
});
export type OrderCreatedHere = z.infer<typeof OrderCreatedHere>;

/** A redeem this browser saw submitted (masked code only), with the account it was submitted under. */
export const RedeemSeen = z.object({
  accountId: z.string(),
  codeMasked: z.optional(z.string()),
  outcome: RedeemOutcome,
  at: EpochMs,
  message: z.optional(z.string()),
});
export type RedeemSeen = z.infer<typeof RedeemSeen>;

export const Observations = z.object({
  accountsSeen: z.array(AccountSeen),
  ordersCreatedHere: z.array(OrderCreatedHere),
  redeemsHere: z.optional(z.array(RedeemSeen)),
});
export type Observations = z.infer<typeof Observations>;

/** What the tab believes vs what the server says (new-api localStorage.user vs /api/user/self). */
export const Session = z.object({
  storedUserId: z.optional(z.string()),
  serverUserId: z.optional(z.string()),
  /** The console answered "New-Api-User 与登录用户不匹配" (new-api generation A). */
  userHeaderMismatch: z.optional(z.boolean()),
});
export type Session = z.infer<typeof Session>;

export const Facts = z.object({
  console: ConsoleInfo,
  account: z.optional(Account),
  session: z.optional(Session),
  /** Recent orders of the logged-in account; undefined when the console has no orders list. */
  orders: z.optional(z.array(Order)),
  ledger: z.optional(z.array(LedgerEntry)),
  keys: z.optional(z.array(MaskedKey)),
  redeem: z.optional(RedeemAttempt),
  answers: Answers,
  observations: z.optional(Observations),
});
export type Facts = z.infer<typeof Facts>;
