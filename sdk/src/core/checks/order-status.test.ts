import { describe, expect, it } from 'vitest';
import { ctx, facts, order } from '../diagnose/fixtures.js';
import type { OrderStatus } from '../facts/schema.js';
import { orderStatus } from './order-status.js';

describe('order-status', () => {
  it('no order, nothing to say', () => {
    expect(orderStatus.run(ctx(facts()))).toBeNull();
  });

  it.each<[OrderStatus, string, string]>([
    ['credited', 'success', 'ok'],
    ['pending', 'pending', 'warn'],
    ['paid', 'RECHARGING', 'warn'],
    ['refunding', 'REFUNDING', 'warn'],
    ['failed', 'failed', 'fail'],
    ['expired', 'EXPIRED', 'fail'],
    ['cancelled', 'CANCELLED', 'fail'],
    ['unknown', 'weird', 'unknown'],
  ])('%s (%s) -> %s', (status, rawStatus, expected) => {
    const r = orderStatus.run(ctx(facts({ orders: [order({ status, rawStatus })] })));
    expect(r?.status).toBe(expected);
    expect(r?.evidence.params).toMatchObject({ statusKey: `status.${status}`, raw: rawStatus });
  });
});
