import { describe, expect, it } from 'vitest';
import { ctx, facts, NOW, rules } from '../diagnose/fixtures.js';
import { redemptionEnabled } from './redemption-enabled.js';

describe('redemption-enabled', () => {
  it.each([
    { name: 'open', r: rules(), outcome: undefined, status: 'ok' },
    {
      name: 'operator switched it off in rules',
      r: rules({ redemptionEnabled: false }),
      outcome: undefined,
      status: 'fail',
    },
    { name: 'console says switched off', r: rules(), outcome: 'switched_off' as const, status: 'fail' },
  ])('$name', ({ r, outcome, status }) => {
    const f = facts({ redeem: outcome ? { outcome } : undefined });
    expect(redemptionEnabled.run(ctx(f, NOW, r))?.status).toBe(status);
  });
});
