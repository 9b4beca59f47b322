// Generators for sensitive values in the formats of docs/domain.md section 4. Each returns the canonical value
// (what must not survive) and how it is written in a message, with the context words it needs.
import { ALNUM, chars, DIGITS, HEX, int, pick, type Rng, UPPER_ALNUM } from './rng.js';

export interface Sensitive {
  kind: string;
  /** Canonical value; a leak is any run of min(8, ceil(len/2)) of its characters left after masking. */
  value: string;
  /** How it appears in the message (plain tier), before tier formatting. */
  written: string;
  /** Email local part: leaking it alone counts. */
  local?: string;
  /** Tier formatting: digit groups to space/dash, or a prefix-able token. */
  format: 'card' | 'phone' | 'id' | 'token' | 'code' | 'none';
  /** Context words written before it (zh, en). */
  ctx?: [string, string];
}

function luhnComplete(body: string): string {
  for (let c = 0; c <= 9; c++) {
    const d = body + c;
    let sum = 0;
    for (let i = 0; i < d.length; i++) {
      let v = d.charCodeAt(d.length - 1 - i) - 48;
      if (i % 2 === 1) {
        v *= 2;
        if (v > 9) v -= 9;
      }
      sum += v;
    }
    if (sum % 10 === 0) return d;
  }
  return body;
}

function date(r: Rng, y0: number, y1: number): string {
  return `${int(r, y0, y1)}${String(int(r, 1, 12)).padStart(2, '0')}${String(int(r, 1, 28)).padStart(2, '0')}`;
}

function residentId(r: Rng): string {
  const body = `${pick(r, ['110101', '310104', '440305', '510107', '330106'])}${date(r, 1960, 2005)}${chars(r, DIGITS, 3)}`;
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  let s = 0;
  for (let i = 0; i < 17; i++) s += (body.charCodeAt(i) - 48) * w[i]!;
  return body + '10X98765432'[s % 11];
}

function twId(r: Rng): string {
  const letters = 'ABCDEFGHJKLMNPQRSTUVXYWZIO';
  for (;;) {
    const li = int(r, 0, 25);
    const body = `${pick(r, ['1', '2'])}${chars(r, DIGITS, 7)}`;
    const code = li + 10;
    let sum = Math.floor(code / 10) + (code % 10) * 9;
    for (let i = 0; i < 8; i++) sum += (body.charCodeAt(i) - 48) * (8 - i);
    const check = (10 - (sum % 10)) % 10;
    return `${letters[li]}${body}${check}`;
  }
}

const NAMES = [
  'alice',
  'zhangwei',
  'liuyang',
  'chenjing',
  'wangfang',
  'bob.smith',
  'kevin_l',
  'sunny.day',
  'tom2020',
];
const DOMAINS = [
  'example.com',
  'qq.com',
  '163.com',
  'gmail.com',
  'outlook.com',
  'foxmail.com',
  'corp.example.cn',
];

function email(r: Rng): [string, string] {
  const local = `${pick(r, NAMES)}${chars(r, DIGITS, int(r, 2, 4))}`;
  return [`${local}@${pick(r, DOMAINS)}`, local];
}

function mobile(r: Rng): string {
  return `1${pick(r, ['3', '5', '7', '8', '9'])}${chars(r, DIGITS, 9)}`;
}

export const KINDS = [
  'bank_card',
  'resident_id',
  'hk_tw_id',
  'passport',
  'phone',
  'email',
  'pay_account',
  'order_no',
  'redeem_code',
  'api_key',
  'jwt',
  'bearer',
  'secret',
  'url_credential',
  'private_key',
  'long_digits',
  'high_entropy',
] as const;

export function sensitive(r: Rng, kind: (typeof KINDS)[number]): Sensitive {
  switch (kind) {
    case 'bank_card': {
      const v = pick(r, [
        () => luhnComplete(`4${chars(r, DIGITS, 14)}`),
        () => luhnComplete(`5${int(r, 1, 5)}${chars(r, DIGITS, 13)}`),
        () => `62${chars(r, DIGITS, pick(r, [14, 17]))}`,
        () => luhnComplete(`622848${chars(r, DIGITS, 12)}`),
      ])();
      return { kind, value: v, written: v, format: 'card', ctx: ['银行卡号', 'card number'] };
    }
    case 'resident_id': {
      if (r() < 0.2) {
        const v = `${pick(r, ['110101', '310104'])}${date(r, 1950, 1999).slice(2)}${chars(r, DIGITS, 3)}`;
        return { kind, value: v, written: v, format: 'none', ctx: ['身份证号', 'ID card number'] };
      }
      const v = residentId(r);
      return { kind, value: v, written: v, format: 'id', ctx: ['身份证', 'ID number'] };
    }
    case 'hk_tw_id': {
      if (r() < 0.5) {
        const v = `${pick(r, ['A', 'K', 'Z', 'Y'])}${chars(r, DIGITS, 6)}(${int(r, 0, 9)})`;
        return { kind, value: v, written: v, format: 'none', ctx: ['香港身份证', 'HKID'] };
      }
      const v = twId(r);
      return { kind, value: v, written: v, format: 'none', ctx: ['台湾身份证', 'Taiwan ID'] };
    }
    case 'passport': {
      const v = `${pick(r, ['E', 'G', 'EA', 'C', 'H'])}${chars(r, DIGITS, 8)}`;
      const ctx: [string, string] = v.startsWith('C')
        ? ['港澳通行证号', 'HK/Macau permit']
        : v.startsWith('H')
          ? ['回乡证', 'home return permit']
          : ['护照号', 'passport no.'];
      return { kind, value: v, written: v, format: 'none', ctx };
    }
    case 'phone': {
      const v = mobile(r);
      return { kind, value: v, written: v, format: 'phone', ctx: ['手机号', 'phone'] };
    }
    case 'email': {
      const [v, local] = email(r);
      return { kind, value: v, written: v, local, format: 'code', ctx: ['邮箱', 'email'] };
    }
    case 'pay_account': {
      const which = int(r, 0, 3);
      if (which === 0) {
        const v = `2088${chars(r, DIGITS, 12)}`;
        return { kind, value: v, written: v, format: 'none', ctx: ['支付宝用户号', 'Alipay buyer id'] };
      }
      if (which === 1) {
        const v = `o${chars(r, ALNUM + '-_', 27)}`.replace(/^o(.)/, 'oU');
        return { kind, value: v, written: v, format: 'none', ctx: ['微信 openid', 'WeChat openid'] };
      }
      if (which === 2) {
        const [v, local] = email(r);
        return { kind, value: v, written: v, local, format: 'none', ctx: ['支付宝账号', 'Alipay account'] };
      }
      const v = mobile(r);
      return { kind, value: v, written: v, format: 'phone', ctx: ['付款账号', 'payer account'] };
    }
    case 'order_no': {
      const which = int(r, 0, 7);
      const d = date(r, 2025, 2025);
      const v = [
        () => `${d}${chars(r, DIGITS, 20)}`, // Alipay trade_no
        () => `42000${chars(r, DIGITS, 5)}${d}${chars(r, DIGITS, 10)}`, // WeChat transaction_id
        () => `${d}${chars(r, DIGITS, 6)}${chars(r, DIGITS, 5)}`, // epay trade_no (19)
        () => `USR${int(r, 1, 99999)}NO${chars(r, ALNUM, 6)}${int(r, 1735000000, 1760000000)}`, // new-api epay
        () => `ref_${chars(r, HEX, 32)}`, // new-api Stripe/Creem
        () => `sub2_${d}${chars(r, ALNUM, 8)}`, // sub2api
        () => `pi_3${chars(r, ALNUM, 23)}`, // Stripe PaymentIntent
        () => chars(r, UPPER_ALNUM, 17).replace(/^(..)/, '8X'), // PayPal (context)
      ][which]!();
      return {
        kind,
        value: v,
        written: v,
        format: 'none',
        ctx: which === 7 ? ['PayPal 交易号', 'PayPal transaction'] : ['订单号', 'order no.'],
      };
    }
    case 'redeem_code': {
      const which = int(r, 0, 3);
      const v = [
        () => chars(r, HEX, 32),
        () => `vip${chars(r, HEX, 32)}`,
        () => [0, 0, 0, 0].map(() => chars(r, UPPER_ALNUM, 8)).join('-'),
        () => [0, 0, 0, 0].map(() => chars(r, UPPER_ALNUM, 4)).join('-'),
      ][which]!();
      return { kind, value: v, written: v, format: 'code', ctx: ['兑换码', 'redeem code'] };
    }
    case 'api_key': {
      const v = pick(r, [
        () => `sk-${chars(r, ALNUM, 48)}`,
        () => `sk-proj-${chars(r, ALNUM + '_-', 56)}`,
        () => `sk-ant-api03-${chars(r, ALNUM + '_-', 80)}AA`,
        () => `AIza${chars(r, ALNUM + '_-', 35)}`,
        () => `sk_live_${chars(r, ALNUM, 24)}`,
        () => `whsec_${chars(r, ALNUM, 32)}`,
        () => `sk-${chars(r, ALNUM, 32)}-${int(r, 1, 40)}`,
      ])();
      return { kind, value: v, written: v, format: 'token', ctx: ['令牌', 'API key'] };
    }
    case 'jwt': {
      const b = ALNUM + '_-';
      const v = `eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ${chars(r, b, 60)}.${chars(r, b, 43)}`;
      return { kind, value: v, written: v, format: 'token', ctx: ['access token', 'access token'] };
    }
    case 'bearer': {
      const v = chars(r, ALNUM + '._~-', int(r, 20, 40));
      return {
        kind,
        value: v,
        written: `Bearer ${v}`,
        format: 'none',
        ctx: ['Authorization:', 'Authorization:'],
      };
    }
    case 'secret': {
      // No value starts like its key word ('pass' + 'w…' would share 5 characters with `password=`).
      const v = `${pick(r, ['Hunter', 'Pa55', 'Qwe', 'abc'])}${chars(r, ALNUM + '!#%', int(r, 6, 12))}`;
      const key = pick(r, ['password=', 'pwd: ', '"password": "', 'client_secret=', '密码：', '密码是 ']);
      return { kind, value: v, written: `${key}${v}${key.endsWith('"') ? '"' : ''}`, format: 'none' };
    }
    case 'url_credential': {
      const v = `${pick(r, ['admin', 'root', 'user'])}:${chars(r, ALNUM, int(r, 8, 14))}`;
      return { kind, value: v, written: `https://${v}@api.example.com/v1`, format: 'none' };
    }
    case 'private_key': {
      const body = [0, 0, 0].map(() => chars(r, ALNUM + '+/', 64)).join('\n');
      const v = `MII${body}`;
      return {
        kind,
        value: v,
        written: `-----BEGIN PRIVATE KEY-----\n${v}\n-----END PRIVATE KEY-----`,
        format: 'none',
      };
    }
    case 'long_digits': {
      const v = `${int(r, 1, 9)}${chars(r, DIGITS, int(r, 19, 24))}`;
      return { kind, value: v, written: v, format: 'none', ctx: ['流水', 'reference'] };
    }
    case 'high_entropy': {
      const v = `${chars(r, ALNUM, 12)}${int(r, 10, 99)}${chars(r, ALNUM, 18)}`;
      return { kind, value: v, written: v, format: 'token', ctx: ['凭证', 'credential'] };
    }
  }
}
