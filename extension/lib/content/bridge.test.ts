import { ExtensionAnnounce, ExtensionObservations } from '@topup-doctor/sdk/core';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ContentView } from '../view.js';
import { createBridge } from './bridge.js';

const ORIGIN = 'https://gw.example';

class FakeWindow extends EventTarget {
  location = { origin: ORIGIN };
  posted: { message: unknown; targetOrigin: string }[] = [];
  postMessage(message: unknown, targetOrigin: string) {
    this.posted.push({ message, targetOrigin });
  }
}

const view: ContentView = {
  banner: true,
  warnings: [{ id: 'several-accounts', key: 'ext.warn.severalAccounts', params: { count: 2 }, text: '…' }],
  labels: { title: 't', close: 'c' },
  observations: {
    accountsSeen: [{ id: '1', label: 'alice', firstSeen: 1, lastSeen: 2 }],
    ordersCreatedHere: [{ accountId: '1', tradeNoTail: 'k3x9', createdAt: 1 }],
  },
};

const hello = (nonce: string, extra: Record<string, unknown> = {}) => ({
  source: 'topup-doctor-widget',
  v: 1,
  type: 'hello',
  nonce,
  ...extra,
});

describe('extension side of the window-message bridge', () => {
  let win: FakeWindow;
  let current: ContentView | undefined;
  const send = (data: unknown, origin = ORIGIN, source: unknown = win) =>
    win.dispatchEvent(Object.assign(new Event('message'), { data, origin, source }));

  beforeEach(() => {
    win = new FakeWindow();
    current = view;
    createBridge(win as unknown as Window, () => current);
  });

  it('answers a well-formed hello from this window and origin with the same nonce, to this origin only', () => {
    send(hello('nonce_0123456789abcdef'));
    expect(win.posted).toHaveLength(1);
    const [{ message, targetOrigin }] = win.posted as [{ message: unknown; targetOrigin: string }];
    expect(targetOrigin).toBe(ORIGIN);
    const parsed = ExtensionObservations.parse(message);
    expect(parsed.nonce).toBe('nonce_0123456789abcdef');
    expect(parsed.warnings).toEqual([
      { id: 'several-accounts', key: 'ext.warn.severalAccounts', params: { count: 2 } },
    ]);
    expect(parsed.observations.accountsSeen[0]?.id).toBe('1');
  });

  it('refuses other origins, other sources and malformed hellos', () => {
    send(hello('nonce_0123456789abcdef'), 'https://evil.example');
    send(hello('nonce_0123456789abcdef'), ORIGIN, {});
    send(hello('nonce_0123456789abcdef'), ORIGIN, null);
    send(hello('short'));
    send(hello('nonce_0123456789abcdef', { v: 2 }));
    send(hello('nonce_0123456789abcdef', { extra: true }));
    send({ ...hello('nonce_0123456789abcdef'), type: 'observations' });
    send('hello');
    send(null);
    expect(win.posted).toEqual([]);
  });

  it('never posts observations that do not validate', () => {
    current = { ...view, observations: { accountsSeen: [{ id: 1 }], ordersCreatedHere: [] } };
    send(hello('nonce_0123456789abcdef'));
    expect(win.posted).toEqual([]);
  });

  it('announces itself without data', () => {
    const bridge = createBridge(win as unknown as Window, () => current);
    bridge.announce();
    expect(ExtensionAnnounce.parse(win.posted[0]?.message)).toEqual({
      source: 'topup-doctor-extension',
      v: 1,
      type: 'announce',
    });
    expect(bridge.widgetPresent()).toBe(false);
    send(hello('nonce_0123456789abcdef'));
    expect(bridge.widgetPresent()).toBe(true);
  });
});
