import { describe, expect, it } from 'vitest';
import { detectLocale, isLanguageTag } from './locale.js';

describe('detectLocale', () => {
  it('the first language tag decides; any Chinese variant is zh-CN, any other language en', () => {
    expect(detectLocale(['en', 'zh-CN'])).toBe('en');
    expect(detectLocale([undefined, '', 'zh-TW', 'en-US'])).toBe('zh-CN');
    expect(detectLocale(['zh_Hant_TW'])).toBe('zh-CN');
    expect(detectLocale(['en-GB', 'zh'])).toBe('en');
    expect(detectLocale(['ja', 'zh-CN'])).toBe('en');
  });

  it('passes over what is no language tag (auto, junk); with no language at all, zh-CN', () => {
    expect(detectLocale(['auto', '<script>', 'zh-CN'])).toBe('zh-CN');
    expect(detectLocale(['<script>', 'en'])).toBe('en');
    expect(detectLocale([])).toBe('zh-CN');
    expect(detectLocale([null, undefined, '', 'auto'])).toBe('zh-CN');
  });
});

describe('isLanguageTag', () => {
  it.each(['zh', 'zh-CN', 'en_US', 'zh-Hant-TW', 'yue'])('%s is one', (tag) => {
    expect(isLanguageTag(tag)).toBe(true);
  });
  it.each(['', 'auto', '<script>', 'zh-', 'english', 3, null])('%s is not', (value) => {
    expect(isLanguageTag(value)).toBe(false);
  });
});
