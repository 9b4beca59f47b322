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
    expect(r?.evidence.params).toMatchObject({ statusKey: `status.${status}` });
    // The console's raw value ('success', 'RECHARGING') is a code: it never reaches the words.
    expect(Object.values(r?.evidence.params ?? {})).not.toContain(rawStatus === status ? '' : rawStatus);
    expect(r?.evidence.params).not.toHaveProperty('raw');
  });
});
