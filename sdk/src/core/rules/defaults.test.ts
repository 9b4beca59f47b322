import { describe, expect, it } from 'vitest';
import { defaultRules } from './defaults.js';
import { Rules } from './schema.js';

describe('defaultRules', () => {
  it('is what the rules schema makes of an empty config, key for key', () => {
    expect(defaultRules()).toStrictEqual(Rules.parse({}));
    expect(Object.keys(defaultRules())).toEqual(Object.keys(Rules.parse({})));
  });

  it('is a fresh object each time', () => {
    const a = defaultRules();
    a.callbackMinutes.alipay = 5;
    a.contacts.push({ kind: 'email', value: 'x@example.com' });
    expect(defaultRules()).toStrictEqual(Rules.parse({}));
  });
});
