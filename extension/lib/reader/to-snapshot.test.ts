import { createNewApiObserver } from '@topup-doctor/sdk/consoles';
import { describe, expect, it } from 'vitest';
import { balanceText } from '../../entrypoints/popup/render.js';
import { LABEL_MAX, maskLabel, shortText, snapAccount } from './to-snapshot.js';

describe('labels shown by the extension', () => {
  it('are cut by grapheme, never inside an emoji, a flag or a letter with its combining mark', () => {
    const family = '👨‍👩‍👧‍👦'; // 7 code points, 11 UTF-16 units, one grapheme
    const name = `${'a'.repeat(38)}${family}${family}tail`;
    const cut = shortText(name);
    expect(cut).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
    expect(cut).toBe(`${'a'.repeat(38)}${family}…`);
    expect([...new Intl.Segmenter().segment(cut)]).toHaveLength(LABEL_MAX);
    // a flag and e + combining acute stay whole
    const flags = '🇨🇳'.repeat(50);
    expect(shortText(flags)).toBe(`${'🇨🇳'.repeat(39)}…`);
    expect(shortText('e\u0301'.repeat(45))).toBe(`${'e\u0301'.repeat(39)}…`);
    // short labels are kept as they are
    expect(shortText('爱丽丝 🐱')).toBe('爱丽丝 🐱');
  });

  it('show bidi controls as inert markers, so a nickname cannot reorder the warning around it', () => {
    expect(maskLabel('\u202eevil\u202c')).toBe('[U+202E]evil[U+202C]');
    expect(maskLabel('a\u2066b\u2069\u200f')).toBe('a[U+2066]b[U+2069][U+200F]');
    expect(maskLabel('\u202e\u200f ')).toBeUndefined();
    // an email hidden behind a control is still recognised and masked
    expect(maskLabel('\u202ealice@example.com')).toBe('a***@example.com');
  });

  it('mask emails and long numbers', () => {
    expect(maskLabel('alice@example.com')).toBe('a***@example.com');
    expect(maskLabel('138 0013 8000')).toBe('…8000');
    expect(maskLabel('  ')).toBeUndefined();
  });
});

describe('balance', () => {
  it("is the adapter's reading: ¥73.00 where the console shows CNY at a 7.3 rate, not ¥10.00", () => {
    // The page's own responses, as the main-world observer feeds them (new-api shapes).
    const observer = createNewApiObserver();
    observer.feed('/api/status', {
      success: true,
      data: { quota_per_unit: 500_000, quota_display_type: 'CNY', usd_exchange_rate: 7.3 },
    });
    observer.feed('/api/user/self', {
      success: true,
      data: { id: 7, username: 'carol', quota: 5_000_000, used_quota: 0, group: 'default' },
    });
    const account = snapAccount(observer.snapshot().account);
    expect(account?.balance?.displayUnit).toBe('CNY');
    expect(balanceText('zh-CN', account!.balance!)).toBe('¥73.00');
    // USD display: $10.00
    const usd = createNewApiObserver();
    usd.feed('/api/status', { success: true, data: { quota_per_unit: 500_000, quota_display_type: 'USD' } });
    usd.feed('/api/user/self', { success: true, data: { id: 7, username: 'carol', quota: 5_000_000 } });
    expect(balanceText('en', snapAccount(usd.snapshot().account)!.balance!)).toBe('$10.00');
  });
});
