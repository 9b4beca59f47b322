import { describe, expect, it } from 'vitest';
import { ago, ctx, facts } from '../diagnose/fixtures.js';
import { historyWindow } from './history-window.js';

const DAYS = 24 * 60;

describe('history-window', () => {
  it.each([
    { name: 'no payment time', f: facts(), status: null },
    { name: 'recent payment', f: facts({ answers: { paidAt: ago(3 * DAYS) } }), status: null },
    {
      name: 'paid 45 days ago on new-api (30 days)',
      f: facts({ answers: { paidAt: ago(45 * DAYS) } }),
      status: 'warn',
    },
    {
      name: 'a console that keeps 60 days',
      f: facts({ console: { kind: 'sub2api', historyWindowDays: 60 }, answers: { paidAt: ago(45 * DAYS) } }),
      status: null,
    },
  ])('$name', ({ f, status }) => {
    expect(historyWindow.run(ctx(f))?.status ?? null).toBe(status);
  });
});
