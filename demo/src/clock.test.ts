import { describe, expect, test } from 'vitest';
import { createClock, offsetFromEnv, parseOffset } from './clock.js';

describe('the demo clock', () => {
  test('reads the base plus an offset that can be set, advanced and pinned to a time', () => {
    let base = 1_000_000;
    const clock = createClock(() => base, 5000);
    expect(clock.now()).toBe(1_005_000);
    clock.advance(60_000);
    expect(clock.state()).toEqual({ now: 1_065_000, offsetMs: 65_000 });
    base += 1000; // it runs on with the base
    expect(clock.now()).toBe(1_066_000);
    clock.setNow(Date.parse('2026-11-20T08:00:00Z'));
    expect(clock.now()).toBe(Date.parse('2026-11-20T08:00:00Z'));
    clock.setOffset(0);
    expect(clock.now()).toBe(base);
  });

  test.each([
    ['+40m', 40 * 60_000],
    ['-2h', -2 * 3_600_000],
    ['3d', 3 * 86_400_000],
    [' 90s ', 90_000],
    ['1.5h', 5_400_000],
  ])('parses %s', (text, ms) => {
    expect(parseOffset(text)).toBe(ms);
  });

  test.each(['40', '+40 minutes', 'tomorrow', ''])('refuses %j', (text) => {
    expect(parseOffset(text)).toBeUndefined();
  });

  test('DEMO_NOW wins over DEMO_CLOCK_OFFSET; an unreadable value stops the demo', () => {
    const base = Date.parse('2026-11-20T00:00:00Z');
    expect(offsetFromEnv({ DEMO_NOW: '2026-11-20T08:00:00+08:00', DEMO_CLOCK_OFFSET: '+1d' }, base)).toBe(0);
    expect(offsetFromEnv({ DEMO_CLOCK_OFFSET: '-45d' }, base)).toBe(-45 * 86_400_000);
    expect(offsetFromEnv({}, base)).toBe(0);
    expect(() => offsetFromEnv({ DEMO_NOW: 'yesterday' }, base)).toThrow(/DEMO_NOW/);
    expect(() => offsetFromEnv({ DEMO_CLOCK_OFFSET: '45 days' }, base)).toThrow(/DEMO_CLOCK_OFFSET/);
  });
});
