import type { CheckStatus } from '../diagnose/types.js';
import type { OrderStatus } from '../facts/schema.js';
import { defineCheck } from './types.js';

const LEVEL: Record<OrderStatus, CheckStatus> = {
  credited: 'ok',
  pending: 'warn',
  paid: 'warn',
  refund_requested: 'warn',
  refunding: 'warn',
  refunded: 'warn',
  failed: 'fail',
  cancelled: 'fail',
  expired: 'fail',
  unknown: 'unknown',
};

// The console's order status is the first fact (seed 2, step 1), in words (the console's raw value is a code).
export const orderStatus = defineCheck({
  id: 'order-status',
  run({ order }, say) {
    if (!order) return null;
    return say(LEVEL[order.status], '', {
      statusKey: `status.${order.status}`,
      createdAt: order.createdAt,
    });
  },
});
