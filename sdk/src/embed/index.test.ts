// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { destroy, mount } from './index.js';

describe('ESM mount()', () => {
  afterEach(() => {
    destroy();
    vi.restoreAllMocks();
    document.body.innerHTML = '';
  });

  test('a bad config returns null, logs one error naming the field and renders nothing', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(mount(null, { transports: { webhook: { endpoint: 'javascript:alert(1)' } } })).toBeNull();
    expect(error).toHaveBeenCalledTimes(1);
    expect(String(error.mock.calls[0]?.[0])).toContain('transports.webhook.endpoint');
    expect(document.body.children).toHaveLength(0);
  });

  test('inline into a target, several instances, destroy() removes every host', () => {
    document.body.innerHTML = '<section id="a"></section><section id="b"></section>';
    const a = mount('#a', { id: 'a', locale: 'en' });
    const b = mount(document.querySelector<HTMLElement>('#b'), { id: 'b', locale: 'zh-CN' });
    expect(a && b).toBeTruthy();
    const buttons = ['#a', '#b'].map((sel) =>
      document.querySelector(sel)?.firstElementChild?.shadowRoot?.querySelector('button'),
    );
    expect(buttons.map((button) => button?.textContent)).toEqual([
      'Top-up not credited? Check it',
      '充值没到账？自查一下',
    ]);
    a?.destroy();
    expect(document.querySelector('#a')?.children).toHaveLength(0);
    destroy();
    expect(document.querySelector('#b')?.children).toHaveLength(0);
  });

  test('without a target: the floating launcher on <body>', () => {
    mount(undefined, { locale: 'en' });
    const host = document.body.lastElementChild;
    // (aria-haspopup is set through ARIA reflection, which happy-dom lacks: test/widget.test.ts checks it in Chromium.)
    expect(host?.shadowRoot?.querySelector('button.launch')?.textContent).toBe(
      'Top-up not credited? Check it',
    );
  });
});
