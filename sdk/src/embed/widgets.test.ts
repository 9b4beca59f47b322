// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import type { PanelContext, PanelModule } from './contract.js';
import { pageWidgets } from './widgets.js';

/** A panel module that records which instance opened and emits 'opened' to the page's listeners. */
function recorder() {
  const opened: string[] = [];
  const module: PanelModule = {
    openPanel(ctx: PanelContext) {
      return {
        show() {
          opened.push(ctx.id);
          for (const [type, fn] of ctx.listeners) if (type === 'opened') fn({ type, instance: ctx.id });
        },
        hide() {},
        destroy() {},
      };
    },
  };
  return { opened, load: () => Promise.resolve(module) };
}

const hosts = () => document.body.querySelectorAll(':scope > div').length;

describe('the page’s widget instances (script tag and ESM alike)', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  test('open() without an id opens the most recently created instance; with one, that one', async () => {
    const { opened, load } = recorder();
    const { add, commands } = pageWidgets(load);
    add({ locale: 'en' });
    add({ id: 'orders', locale: 'en' });
    await commands.open();
    await commands.open('td1');
    expect(opened).toEqual(['orders', 'td1']);
    await commands.open('nobody');
    expect(opened).toHaveLength(2);
    commands.destroy();
  });

  test('on() reaches every instance until removed; destroy(id) removes one, destroy() the rest', async () => {
    const { load } = recorder();
    const { add, commands } = pageWidgets(load);
    const seen: string[] = [];
    const off = commands.on('opened', (e) => seen.push(e.instance));
    add({ id: 'a' });
    add({ id: 'b' });
    expect(hosts()).toBe(2);
    await commands.open('a');
    off();
    await commands.open('b');
    expect(seen).toEqual(['a']);
    commands.destroy('a');
    expect(hosts()).toBe(1);
    commands.destroy();
    expect(hosts()).toBe(0);
  });

  test('the same id replaces the instance; destroying the replaced one again keeps its successor', async () => {
    const { opened, load } = recorder();
    const { add, commands } = pageWidgets(load);
    const first = add({ id: 'x' });
    add({ id: 'x' });
    expect(hosts()).toBe(1);
    first.destroy();
    await commands.open('x');
    expect(opened).toEqual(['x']);
    expect(hosts()).toBe(1);
    commands.destroy();
  });

  test('a widget waits for its check: a failed one never shows and leaves the list', async () => {
    const { opened, load } = recorder();
    const { add, commands } = pageWidgets(load);
    add({ id: 'bad' }, undefined, Promise.resolve(false));
    await Promise.resolve();
    await new Promise((r) => setTimeout(r));
    expect(hosts()).toBe(0);
    await commands.open();
    expect(opened).toEqual([]);
  });

  test('the element: defined once, inline inside itself, gone with it', async () => {
    const { load } = recorder();
    const { define, commands } = pageWidgets(load);
    const checked: unknown[] = [];
    define('td-widgets-test', (raw) => {
      checked.push(raw);
      return Promise.resolve(true);
    });
    define('td-widgets-test', () => Promise.resolve(false));
    const element = document.createElement('td-widgets-test');
    element.dataset.locale = 'en';
    document.body.append(element);
    expect(checked).toEqual([{ locale: 'en', $attrs: 1 }]);
    await new Promise((r) => setTimeout(r));
    expect(element.firstElementChild?.shadowRoot?.querySelector('button')?.className).toBe('');
    element.remove();
    expect(element.children).toHaveLength(0);
    commands.destroy();
  });
});
