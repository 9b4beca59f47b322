// The fields a ticket may carry and, per audience, how each is treated (docs/domain.md section 3), as
// plain data: the masking engine reads this table, and a caller that only masks (@topup-doctor/sdk/mask)
// must not load zod for it. ticket/fields.ts builds the schemas from the same lists.

export const FIELD_NAMES = [
  'accountId',
  'username', // nickname / display name: locates the account, fine in public
  'accountEmail', // support: kept; public: never (no email travels to a public audience)
  'paymentMethod',
  'orderTime',
  'amount',
  'currency',
  'orderStatus',
  'paidAt', // what the user typed: when they paid
  'paidAmount', // what the user typed: how much they paid (in `currency`)
  'duplicateOrders', // same-amount orders near the one in question, masked tails
  'pageMessage',
  'orderedAgain', // duplicate submission
  'orderRef', // the console's own order reference (support only)
  'tradeNo', // masked, last 4
  'redeemCode', // masked identifier (first 2 + last 4)
  'redeemTime',
  'balanceChangeAt',
  'keyLast4',
  'taskId',
  'requestId',
  'payAccount', // never travels: always fully masked
] as const;
export type TicketFieldName = (typeof FIELD_NAMES)[number];

export const AUDIENCES = ['support', 'public'] as const;
export type Audience = (typeof AUDIENCES)[number];

/**
 * keep: travels as is (after a free-text scan); mask: travels masked with the masking engine's mask for
 * its kind; omit: never travels to this audience; label: replaced by a label ("[payment account]").
 */
export type FieldTreatment = 'keep' | 'mask' | 'omit' | 'label';

export const FIELD_POLICY: Record<TicketFieldName, Record<Audience, FieldTreatment>> = {
  accountId: { support: 'keep', public: 'omit' },
  username: { support: 'keep', public: 'keep' },
  accountEmail: { support: 'keep', public: 'omit' },
  paymentMethod: { support: 'keep', public: 'keep' },
  orderTime: { support: 'keep', public: 'keep' },
  amount: { support: 'keep', public: 'keep' },
  currency: { support: 'keep', public: 'keep' },
  orderStatus: { support: 'keep', public: 'keep' },
  paidAt: { support: 'keep', public: 'keep' },
  paidAmount: { support: 'keep', public: 'keep' },
  duplicateOrders: { support: 'keep', public: 'keep' },
  pageMessage: { support: 'keep', public: 'keep' },
  orderedAgain: { support: 'keep', public: 'keep' },
  orderRef: { support: 'keep', public: 'omit' },
  tradeNo: { support: 'mask', public: 'mask' },
  redeemCode: { support: 'mask', public: 'mask' },
  redeemTime: { support: 'keep', public: 'keep' },
  balanceChangeAt: { support: 'keep', public: 'keep' },
  keyLast4: { support: 'keep', public: 'keep' },
  taskId: { support: 'keep', public: 'keep' },
  requestId: { support: 'keep', public: 'keep' },
  payAccount: { support: 'label', public: 'label' },
};
