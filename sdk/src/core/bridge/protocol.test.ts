import { describe, expect, it } from 'vitest';
import { BRIDGE_VERSION, bridgeGate, EXTENSION_SOURCE, WIDGET_SOURCE } from './gate.js';
import {
  BRIDGE_MAX_CHARS,
  ExtensionAnnounce,
  ExtensionObservations,
  WidgetHello,
  withinBridgeSize,
} from './protocol.js';

const NONCE = 'abcdefghijklmnop0123';
const reply = (over: Record<string, unknown> = {}) => ({
  source: EXTENSION_SOURCE,
  v: BRIDGE_VERSION,
  type: 'observations',
  nonce: NONCE,
  observations: { accountsSeen: [], ordersCreatedHere: [] },
  warnings: [],
  ...over,
});

describe('bridgeGate and withinBridgeSize: nonce and size before any schema work', () => {
  it('the schemas take the gate’s names (written out in protocol.ts, kept equal by their types)', () => {
    const hello = { source: WIDGET_SOURCE, v: BRIDGE_VERSION, type: 'hello', nonce: NONCE };
    expect(WidgetHello.safeParse(hello).success).toBe(true);
    expect(
      ExtensionAnnounce.safeParse({ source: EXTENSION_SOURCE, v: BRIDGE_VERSION, type: 'announce' }).success,
    ).toBe(true);
    expect(ExtensionObservations.safeParse(reply()).success).toBe(true);
  });

  it('lets our own answer through to the schema', () => {
    const data = reply();
    expect(bridgeGate(data, EXTENSION_SOURCE, ['observations'], NONCE)).toBe(true);
    expect(ExtensionObservations.safeParse(data).success).toBe(true);
  });

  it('refuses a wrong nonce, source, version or type without looking at the payload', () => {
    let reads = 0;
    const payload = new Proxy(
      {},
      {
        get: () => {
          reads++;
          return 'x';
        },
        ownKeys: () => {
          reads++;
          return [];
        },
      },
    );
    for (const data of [
      reply({ nonce: 'someone-elses-nonce-0000', observations: payload }),
      reply({ source: WIDGET_SOURCE, observations: payload }),
      reply({ v: 2, observations: payload }),
      reply({ type: 'hello', observations: payload }),
    ])
      expect(bridgeGate(data, EXTENSION_SOURCE, ['observations'], NONCE)).toBe(false);
    expect(reads).toBe(0);
    for (const data of [null, 'observations', 42, [reply()]])
      expect(bridgeGate(data, EXTENSION_SOURCE, ['observations'], NONCE)).toBe(false);
  });

  it('lets our own answer through the size check', () => {
    expect(withinBridgeSize(reply())).toBe(true);
  });

  it('refuses an oversized message even with the right nonce', () => {
    const big = reply({ warnings: ['x'.repeat(BRIDGE_MAX_CHARS + 1)] });
    // The gate passes it (it looks at the header only); the size check, run before any parse, refuses it.
    expect(bridgeGate(big, EXTENSION_SOURCE, ['observations'], NONCE)).toBe(true);
    expect(withinBridgeSize(big)).toBe(false);
    expect(withinBridgeSize(reply({ warnings: new Array(1_000_000).fill(0) }))).toBe(false);
    const wide: Record<string, number> = {};
    for (let i = 0; i < 50_000; i++) wide[`k${i}`] = i;
    expect(withinBridgeSize(reply({ observations: wide }))).toBe(false);
    let deep: unknown = 'x';
    for (let i = 0; i < 10_000; i++) deep = [deep];
    expect(withinBridgeSize(deep)).toBe(false);
  });
});
