import { describe, expect, it } from 'vitest';
import { isStubPing, isTapSignal, STUB_SOURCE, TAP_SOURCE } from './tap-protocol.js';

describe('tap protocol gates', () => {
  it('accept exactly the tap signal and the stub ping', () => {
    expect(isTapSignal({ source: TAP_SOURCE, v: 1, type: 'console' })).toBe(true);
    expect(isStubPing({ source: STUB_SOURCE, v: 1, type: 'ping' })).toBe(true);
  });

  it('refuse any other value, version, type or key (a page script may post anything)', () => {
    for (const data of [
      null,
      'console',
      [TAP_SOURCE, 1, 'console'],
      { source: TAP_SOURCE, v: 2, type: 'console' },
      { source: TAP_SOURCE, v: '1', type: 'console' },
      { source: TAP_SOURCE, v: 1, type: 'ping' },
      { source: STUB_SOURCE, v: 1, type: 'console' },
      { source: TAP_SOURCE, v: 1, type: 'console', account: { id: '42' } },
      { source: TAP_SOURCE, v: 1 },
    ]) {
      expect(isTapSignal(data)).toBe(false);
      expect(isStubPing(data)).toBe(false);
    }
  });
});
