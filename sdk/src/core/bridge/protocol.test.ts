import { describe, expect, it } from 'vitest';
import {
  BRIDGE_MAX_CHARS,
  BRIDGE_VERSION,
  bridgeGate,
  EXTENSION_SOURCE,
  WIDGET_SOURCE,
  withinBridgeSize,
} from './gate.js';
import { ExtensionAnnounce, ExtensionObservations, WidgetHello } from './protocol.js';

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

describe('bridgeGate: nonce and size before any schema work', () => {
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

  it('refuses an oversized message even with the right nonce', () => {
    expect(
      bridgeGate(
        reply({ warnings: ['x'.repeat(BRIDGE_MAX_CHARS + 1)] }),
        EXTENSION_SOURCE,
        ['observations'],
        NONCE,
      ),
    ).toBe(false);
    expect(
      bridgeGate(
        reply({ warnings: new Array(1_000_000).fill(0) }),
        EXTENSION_SOURCE,
        ['observations'],
        NONCE,
      ),
    ).toBe(false);
    const wide: Record<string, number> = {};
    for (let i = 0; i < 50_000; i++) wide[`k${i}`] = i;
    expect(bridgeGate(reply({ observations: wide }), EXTENSION_SOURCE, ['observations'], NONCE)).toBe(false);
    let deep: unknown = 'x';
    for (let i = 0; i < 10_000; i++) deep = [deep];
    expect(withinBridgeSize(deep)).toBe(false);
  });
});
