// Example tables per recognizer and per must-stay item. No timing here: speed is the bench's job.
import { describe, expect, it } from 'vitest';
import {
  maskCard,
  maskEmail,
  maskField,
  maskKey,
  maskPhone,
  maskRedeemCode,
  maskText,
  maskTradeNo,
} from './index.js';

const SECRET: [string, string, string, string][] = [
  // [kind, input, value that must disappear, expected masked text]
  ['bank_card', '卡号 4111 1111 1111 1111 扣款了', '4111 1111 1111 1111', '卡号 **** **** **** 1111 扣款了'],
  ['bank_card', 'card 4111-1111-1111-1111.', '4111-1111-1111-1111', 'card **** **** **** 1111.'],
  ['bank_card', 'UnionPay 6222021234567890123', '6222021234567890123', 'UnionPay **** **** **** 0123'],
  ['resident_id', '身份证 11010519491231002X 本人', '11010519491231002X', '身份证 [身份证号] 本人'],
  ['resident_id', '身份证号 110105491231002', '110105491231002', '身份证号 [身份证号]'],
  ['hk_tw_id', 'HKID A123456(7)', 'A123456(7)', 'HKID [证件号]'],
  ['hk_tw_id', '台湾身份证 A123456789', 'A123456789', '台湾身份证 [证件号]'],
  ['passport', '护照号 E12345678', 'E12345678', '护照号 [护照号]'],
  ['permit', '港澳通行证 C12345678', 'C12345678', '港澳通行证 [通行证号]'],
  ['phone', '手机 +86 138 1234 5678', '1234 5678', '手机 +86 138****5678'],
  ['phone', 'tel 0086-13812345678', '13812345678', 'tel 0086 138****5678'],
  ['phone', '电话138-1234-5678。', '138-1234-5678', '电话138****5678。'],
  ['email', 'mail alice.w@example.com thanks', 'alice.w', 'mail a***@example.com thanks'],
  ['pay_account', '支付宝账号：bob@pay.example.com', 'bob@pay', '支付宝账号：[支付账号]'],
  ['pay_account', '付款账号 13812345678', '13812345678', '付款账号 [支付账号]'],
  ['pay_account', 'buyer 2088123412341234', '2088123412341234', 'buyer [支付账号]'],
  ['pay_account', 'openid oUpF8uMuAJO_M2pxb1Q9zNjWeS6o', 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o', 'openid [支付账号]'],
  ['order_no', '交易号 2025092922001416001234561832', '2025092922001416001234561832', '交易号 …1832'],
  ['order_no', 'epay 2025092910301212345', '2025092910301212345', 'epay …2345'],
  ['order_no', '订单 USR42NOa1B2c31759111111', 'USR42NOa1B2c31759111111', '订单 …1111'],
  ['order_no', 'ref_0123456789abcdef0123456789abcdef', 'ref_0123456789abcdef', '…cdef'],
  ['order_no', 'sub2_20250929Ab12Cd34 ok', 'sub2_20250929Ab12Cd34', '…Cd34 ok'],
  ['order_no', 'pi_3NqFb2LkdIwHu7ix0KQ8ZzZ1', 'pi_3NqFb2LkdIwHu7ix0KQ8ZzZ1', '…ZzZ1'],
  ['order_no', 'PayPal 交易号 8X123456AB1234567', '8X123456AB1234567', 'PayPal 交易号 …4567'],
  ['redeem_code', '兑换码 9f3e0c1d2b3a49586776a5b4c3d2e1f0', '9f3e0c1d2b3a4958', '兑换码 9f…e1f0'],
  ['redeem_code', 'code ABCD1234-EFGH5678-JKLM9012-NPQR3456', 'ABCD1234-EFGH5678', 'code AB…3456'],
  ['redeem_code', 'code K7Q2-M9X4-P3R8-T6W1', 'K7Q2-M9X4-P3R8-T6W1', 'code K7…T6W1'],
  ['api_key', 'key sk-abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHwxyz', 'abcdefghijklmnop', 'key sk-…wxyz'],
  ['api_key', 'AIzaSyA1234567890abcdefghijklmnopqrstu', 'AIzaSyA1234567890', 'AIza…rstu'],
  ['api_key', 'sk-ant-api03-abcdefghijklmnopqrstuvwxyz0123', 'sk-ant-api03-abcdefghij', 'sk-…0123'],
  ['jwt', 'token eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJlMTIz', 'eyJzdWIiOiIxIn0', 'token [JWT]'],
  ['bearer', 'Authorization: Bearer abcDEF123456ghiJKL', 'abcDEF123456', 'Authorization: Bearer …iJKL'],
  ['secret', 'password=hunter2hunter', 'hunter2hunter', 'password=******'],
  ['secret', '密码：Qwe123456', 'Qwe123456', '密码：******'],
  [
    'url_credential',
    'https://admin:s3cretpw@api.example.com/v1',
    's3cretpw',
    'https://***@api.example.com/v1',
  ],
  ['long_digits', '流水 98765432109876543210 已查', '98765432109876543210', '流水 …3210 已查'],
  ['high_entropy', 'x Zk3Qp9Lm2Wx8Rt5Yv1Bn4 y', 'Zk3Qp9Lm2Wx8Rt5Yv1Bn4', 'x …1Bn4 y'],
];

// Values glued together or to their neighbours (fast-check counterexamples): each is masked, the
// neighbours stay, and a second pass finds nothing (the intake refuses a ticket when a re-scan finds any).
const GLUED: [string, string, string][] = [
  // [input, value that must disappear, expected masked text]
  ['alice1158@outlook.comliuyang21@gmail.com', 'liuyang21', 'a***@outlook.coml***@gmail.com'],
  [
    'sk-proj-AOJdinpdlPG5auqzokHP0UFy6jeWGwhNIVQWQLV0beuw9hiYZNpBY9dfliuyang21@gmail.com',
    'yang21',
    'sk-…@gmail.com',
  ],
  [
    'liuyang21@gmail.comeyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJlMTIz',
    'eyJzdWIiOiIxIn0',
    'l***@gmail.com[JWT]',
  ],
  ['0@eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJlMTIz', 'eyJzdWIiOiIxIn0', '0@[JWT]'],
  [
    '-----BEGIN PRIVATE KEY-----\nMIIBVQIBADANBgkqhkiG9w0BAQEF\n-----END PRIVATE KEY-----bob.smith8769@outlook.com',
    'smith8769',
    '[私钥]b***@outlook.com',
  ],
  ['liuyang21@gmail.com.5121456645209476', '5121456645209476', 'l***@gmail.com.**** **** **** 9476'],
  ['liuyang21@gmail.com8XXJWG6SFVWTMTPZ9.AA', '8XXJWG6SFVWTMTPZ9', 'l***@gmail.com…TPZ9.AA'],
  ['5121456645209476-pwd: HuntereEmJrojwIx', 'HuntereEmJrojwIx', '…-pwd: ******'],
  ['密码：QweSi4pgXyH：2025-09-29 10:30', 'QweSi4pgXyH', '密码：******：2025-09-29 10:30'],
  ['港澳通行证号 C17330951 2025-09-29 10:30', 'C17330951', '港澳通行证号 [通行证号] 2025-09-29 10:30'],
  ['微信 openid oUhFd5jIKUuO_WezULHO4gLDcEx- 谢谢', 'oUhFd5jIKUuO', '微信 openid [支付账号] 谢谢'],
  ['PayPal 交易号 8XDEAWQQXVULCLHRK', '8XDEAWQQXVULCLHRK', 'PayPal 交易号 …LHRK'],
  // A card with a word glued on after it (a missing space), and between Chinese words.
  ['paid with 4556737586899855in the end', '4556737586899855', 'paid with **** **** **** 9855in the end'],
  ['卡号6222021234567890128号', '6222021234567890128', '卡号**** **** **** 0128号'],
  // HK identity card numbers without a label: check digit in brackets, after a space, or written on.
  ['my id A123456(7) ok', 'A123456(7)', 'my id [证件号] ok'],
  ['证件 AB987654(3)，谢谢', 'AB987654(3)', '证件 [证件号]，谢谢'],
  ['number A123456 (3) please', 'A123456 (3)', 'number [证件号] please'],
  ['it is A1234563.', 'A1234563', 'it is [证件号].'],
  ['AB9876543 is mine', 'AB9876543', '[证件号] is mine'],
];

describe('glued input', () => {
  it.each(GLUED)('%s', (input, value, expected) => {
    const r = maskText(input);
    expect(r.text).toBe(expected);
    expect(r.text).not.toContain(value);
    let rebuilt = input;
    for (const f of [...r.findings].reverse())
      rebuilt = rebuilt.slice(0, f.start) + f.replacement + rebuilt.slice(f.end);
    expect(rebuilt).toBe(r.text);
    expect(maskText(r.text)).toEqual({ text: r.text, findings: [] });
  });
});

describe('recognizers', () => {
  it.each(SECRET)('%s: %s', (kind, input, value, expected) => {
    const r = maskText(input);
    expect(r.text).toBe(expected);
    expect(r.text).not.toContain(value);
    expect(r.findings.map((f) => f.kind)).toContain(kind);
    // Findings point into the original: splicing them in reproduces the output.
    let rebuilt = input;
    for (const f of [...r.findings].reverse())
      rebuilt = rebuilt.slice(0, f.start) + f.replacement + rebuilt.slice(f.end);
    expect(rebuilt).toBe(r.text);
  });

  it.each(SECRET)('%s: masking the masked text changes nothing and finds nothing (%s)', (_k, input) => {
    const once = maskText(input).text;
    expect(maskText(once)).toEqual({ text: once, findings: [] });
  });

  it('masks a PEM private key block as one label', () => {
    const pem =
      '-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA0Z3VS5JJcds3xfn\n-----END RSA PRIVATE KEY-----';
    const r = maskText(`key:\n${pem}\nthanks`);
    expect(r.text).toBe('key:\n[私钥]\nthanks');
    expect(r.findings[0]?.kind).toBe('private_key');
  });

  it('normalizes full-width and zero-width forms but keeps offsets into the original', () => {
    const input = '卡号 ６２２２\u200b０２１２３４５６７８９０１ 好的';
    const r = maskText(input);
    expect(r.text).toBe('卡号 **** **** **** 8901 好的');
    const f = r.findings[0]!;
    expect(input.slice(0, f.start)).toBe('卡号 ');
    expect(input.slice(f.end)).toBe(' 好的');
  });

  it('uses English labels when asked', () => {
    expect(maskText('ID card 11010519491231002X', { locale: 'en' }).text).toBe('ID card [identity number]');
  });
});

const MUST_STAY = [
  '¥100.00',
  '100 元',
  '$20',
  '100.00 USD',
  '2025-09-29 10:30:12',
  '2025/09/29',
  '20240929103000',
  '1727600000123',
  'claude-sonnet-4-5-20250929',
  'gpt-4o-2024-08-06',
  'HTTP 402',
  '429 Too Many Requests',
  '任务ID 1712345678901234',
  'task id 5e0f8a2c-3b1d-4c6e-9f7a-2b8c4d6e1f30',
  'request id: 20250929103012123456789AbCdEfGh',
  'req_011CTkqPzN4v',
  '尾号 1234',
  // Letters and seven digits whose last is not an HK ID check digit: product and order codes stay.
  'SN1234567',
  'A1234567',
  'AB1234567',
  'ending in 7890',
  '支付宝',
  'WeChat Pay',
  '昵称 lucky_cat88',
  'https://api.example.com/v1/chat/completions',
  'https://console.example.com/log?page=2&size=20',
];

describe('must stay intact', () => {
  it.each(MUST_STAY)('%s', (item) => {
    const input = `充值后：${item}，请查。`;
    expect(maskText(input)).toEqual({ text: input, findings: [] });
  });
});

describe('helpers', () => {
  it('build the readable masks and leave masks alone', () => {
    expect(maskTradeNo('2025092922001416001234561832')).toBe('…1832');
    expect(maskTradeNo('…1832')).toBe('…1832');
    expect(maskEmail('alice@example.com')).toBe('a***@example.com');
    expect(maskEmail('al@example.com')).toBe('***@example.com');
    expect(maskEmail('a***@example.com')).toBe('a***@example.com');
    expect(maskRedeemCode('ab12cd34ef56ab78cd90ef12ab349f3e')).toBe('ab…9f3e');
    expect(maskRedeemCode('ab…9f3e')).toBe('ab…9f3e');
    expect(maskKey('sk-abcdefghijklmnopqrstuvwxyz0123456789wxyz')).toBe('sk-…wxyz');
    expect(maskKey('sk-proj-abcdefghijklmnopqrstuvwxyz0123456789wxyz')).toBe('sk-…wxyz');
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskPhone('+86 138 1234 5678')).toBe('+86 138****5678');
    expect(maskCard('6222 0212 3456 7890')).toBe('**** **** **** 7890');
  });
});

describe('maskField follows FIELD_POLICY', () => {
  it('never lets a payment account travel', () => {
    for (const audience of ['support', 'public'] as const) {
      const r = maskField('payAccount', 'payer@example.com', { audience });
      expect(r.value).toBe('[支付账号]');
      expect(r.findings).toHaveLength(1);
    }
  });
  it('keeps the account email for support; the public audience gets no email at all', () => {
    expect(maskField('accountEmail', 'alice@example.com').value).toBe('alice@example.com');
    expect(maskField('accountEmail', 'alice@example.com', { audience: 'public' }).value).toBeUndefined();
  });
  it('masks trade numbers and redeem codes, omits the order reference in public', () => {
    expect(maskField('tradeNo', '2025092922001416001234561832').value).toBe('…1832');
    expect(maskField('redeemCode', 'ab12cd34ef56ab78cd90ef12ab349f3e').value).toBe('ab…9f3e');
    // A console id travels as it is; a reference shaped like a trade number is masked like one.
    expect(maskField('orderRef', '1042').value).toBe('1042');
    expect(maskField('orderRef', 'USR42NOa1B2c31759111111').value).toBe('…1111');
    expect(maskField('orderRef', 'USR42NOa1B2c31759111111', { audience: 'public' }).value).toBeUndefined();
    expect(maskField('accountId', '42', { audience: 'public' }).value).toBeUndefined();
  });
  it('scans free-text fields; task ids keep their last 4', () => {
    expect(maskField('pageMessage', '卡号 4111 1111 1111 1111').value).toBe('卡号 **** **** **** 1111');
    expect(maskField('taskId', '1712345678901234').value).toBe('…1234');
    expect(maskField('requestId', '4111111111111111').value).toBe('…1111');
    expect(maskField('amount', 100).value).toBe(100);
  });
  it('masks the security code and expiry written with a card', () => {
    expect(maskText('卡号 6222 0212 3456 7890 128 有效期 12/28 CVV 123').text).toBe(
      '卡号 **** **** **** 0128 有效期 **/** CVV ***',
    );
    expect(maskText('card 4111111111111111 09/27, cvc: 456 thanks').text).toBe(
      'card **** **** **** 1111 **/**, cvc: *** thanks',
    );
    // Without a card in the clause, dates and codes stay.
    expect(maskText('订单 12/28 CVV 123').text).toBe('订单 12/28 CVV 123');
    expect(maskText('卡号 6222021234567890128。2025/09/29 HTTP 402').text).toBe(
      '卡号 **** **** **** 0128。2025/09/29 HTTP 402',
    );
  });
  it('removes an email or phone the text names as a payment account entirely', () => {
    for (const text of [
      '我的支付宝登录邮箱是 abc123@163.com，付款了',
      'My Alipay login is zhang.san88@qq.com',
      'PayPal 账号 bob.smith@gmail.com 已扣款',
      '微信支付账号 13812345678',
      '支付宝绑定的手机 13912345678',
      'paid from payment account buyer@example.com',
    ]) {
      const r = maskText(text);
      expect(r.findings.map((f) => f.kind)).toEqual(['pay_account']);
      expect(r.text).toContain('[支付账号]');
      expect(r.text).not.toMatch(/@|\*\*\*/);
    }
  });
  it('the public audience carries no email at all, not even masked', () => {
    const text = '联系邮箱 bob@example.com，之前写过 a***@163.com';
    expect(maskText(text).text).toBe('联系邮箱 b***@example.com，之前写过 a***@163.com');
    const pub = maskText(text, { audience: 'public', locale: 'en' });
    expect(pub.text).toBe('联系邮箱 [email]，之前写过 [email]');
    expect(pub.findings.map((f) => [f.kind, text.slice(f.start, f.end)])).toEqual([
      ['email', 'bob@example.com'],
      ['email', 'a***@163.com'],
    ]);
    expect(maskText(pub.text, { audience: 'public', locale: 'en' }).findings).toEqual([]);
  });
  it('reads every Unicode decimal digit and ignores combining marks', () => {
    // Arabic-Indic, Devanagari, mathematical bold (surrogate pairs), digits with a combining low line.
    for (const [text, masked] of [
      ['手机 ١٣٨١٢٣٤٥٦٧٨ 谢谢', '手机 138****5678 谢谢'],
      ['卡号 ६२२२०२१२३४५६७८९०१२८', '卡号 **** **** **** 0128'],
      ['手机 𝟏𝟑𝟖𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖。', '手机 138****5678。'],
    ] as const)
      expect(maskText(text).text).toBe(masked);
    const marked = maskText(
      'phone 1\u03323\u03328\u03321\u03322\u03323\u03324\u03325\u03326\u03327\u03328 ok',
    );
    expect(marked.findings.map((f) => f.kind)).toEqual(['phone']);
    expect(marked.text).not.toMatch(/1\u03323\u03328\u03321/);
    // Text around them is untouched, an emoji included.
    expect(maskText('金额 ١٠٠ 元 😀').text).toBe('金额 ١٠٠ 元 😀');
  });
  it('a value that merely contains a mask character is masked like any other', () => {
    expect(maskField('tradeNo', '6222021234567890128*').value).toBe('…0128');
    expect(maskField('tradeNo', '…0128').value).toBe('…0128');
    expect(maskField('redeemCode', '[ab12cd34ef56ab78cd90ef12ab349f3e]').value).toBe('ab…9f3e');
    expect(maskEmail('al*ce@example.com')).toBe('a***@example.com');
    // An "account id" that is a phone number, an email or a token does not travel.
    for (const v of ['13812345678', 'a@b.co', 'sk-abcdefghijklmnopqrstuvwx', '42*'])
      expect(maskField('accountId', v).value).toBeUndefined();
  });
  it('re-masking any field output finds nothing', () => {
    const cases = [
      ['tradeNo', '2025092922001416001234561832'],
      ['redeemCode', 'ABCD1234-EFGH5678-JKLM9012-NPQR3456'],
      ['accountEmail', 'alice@example.com'],
      ['payAccount', '13812345678'],
      ['pageMessage', 'sk-abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHwxyz 13812345678'],
    ] as const;
    for (const audience of ['support', 'public'] as const) {
      for (const [name, v] of cases) {
        const once = maskField(name, v, { audience }).value as string;
        expect(maskField(name, once, { audience })).toEqual({ value: once, findings: [] });
      }
    }
  });
});
