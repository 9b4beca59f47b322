import { describe, expect, it } from 'vitest';
import { fill, type Layers, template } from './interpolate.js';
import { format } from './t.js';

describe('the one interpolator', () => {
  it('finds a key in one catalog, or in layers top first', () => {
    const widget = { title: 'Top-up check' };
    const core = { title: 'never seen', 'unit.topup': 'top-up units' };
    expect(template(core, 'unit.topup')).toBe('top-up units');
    expect(template([widget, undefined, core], 'title')).toBe('Top-up check');
    expect(template([widget, core], 'unit.topup')).toBe('top-up units');
  });

  it('a key no layer has (a catalog not loaded, a key of another build) is its own template', () => {
    expect(template(undefined, 'step.wait')).toBe('step.wait');
    expect(template([{}], 'constructor')).toBe('constructor');
  });

  it('fills params; a missing one stays visible', () => {
    expect(fill('Step {n} of {total}', { n: 1, total: 4 })).toBe('Step 1 of 4');
    expect(fill('Wait {minutes}', {})).toBe('Wait {minutes}');
    expect(fill('{a}', { a: 2 }, (name, v) => `${name}=${v}`)).toBe('a=2');
  });

  it('format: the core’s conventions over the same layers (`...Key`, `...UnitKey`, numbers)', () => {
    const layers: Layers = [{ line: '{count} · {statusKey}' }, { 'status.paid': 'paid', u: 'units' }];
    expect(format(layers, 'en', { key: 'line', params: { count: 1200, statusKey: 'status.paid' } })).toBe(
      '1,200 · paid',
    );
    expect(
      format(layers, 'zh-CN', { key: 'line', params: { count: 2, countUnitKey: 'u', statusKey: 'x' } }),
    ).toBe('2 units · x');
  });
});
