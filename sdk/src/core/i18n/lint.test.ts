import { describe, expect, it } from 'vitest';
import { lintCatalog } from './lint.js';
import { PROMISE_EN, PROMISE_ZH } from './promise.js';

describe('lintCatalog', () => {
  it('passes clean copy', () => {
    expect(lintCatalog({ a: '再等 {minutes} 分钟。' }, { a: 'Wait {minutes} more minutes.' })).toEqual([]);
  });

  it('finds empty text, promise wording, params that differ and (when asked) literal numbers', () => {
    expect(
      lintCatalog(
        { a: ' ', b: '保证到账', c: '{n} 个', d: '24 小时后再看', e: '字母“O”和数字“0”' },
        {
          a: 'A',
          b: 'Credited',
          c: '{count} of them',
          d: 'Look again later',
          e: 'the letter “O” and the digit “0”',
        },
        { noDigits: true },
      ),
    ).toEqual([
      'a (zh-CN): empty',
      'b (zh-CN): promise wording: 保证到账',
      'c: params differ: zh-CN {n}, en {count}',
      'd (zh-CN): a literal number: 24 小时后再看',
    ]);
  });

  it('the promise patterns catch promise wording', () => {
    for (const bad of ['保证24小时内到账', '一定会退款', '全额退款', '30分钟内到账'])
      expect(bad).toMatch(PROMISE_ZH);
    for (const bad of ['Refund guaranteed', 'It will be refunded', 'We will credit you', 'within 24 hours'])
      expect(bad).toMatch(PROMISE_EN);
  });
});
