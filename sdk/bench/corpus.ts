// The labelled corpus the project owns: zh and en support messages with embedded sensitive values
// and must-stay items, in three tiers (plain; formatted: spaces, dashes, +86, Bearer, upper case;
// obfuscated: full-width characters and zero-width / bidi characters). Generated with a fixed seed.
import { int, mulberry32, pick, type Rng } from './rng.js';
import { KINDS, type Sensitive, sensitive } from './sensitive.js';

export type Tier = 'plain' | 'formatted' | 'obfuscated';
export const TIERS: readonly Tier[] = ['plain', 'formatted', 'obfuscated'];

export interface MustStay {
  kind: string;
  text: string;
}

export interface Message {
  tier: Tier;
  lang: 'zh' | 'en';
  text: string;
  sensitive: Sensitive[];
  /** Each sensitive value as it appears in the text (tier formatting, before normalization). */
  shown: string[];
  mustStay: MustStay[];
}

export const MUST_STAY: Record<string, { zh: string[]; en: string[] }> = {
  amount: {
    zh: ['¥100.00', '100 元', '¥9.90', '充值 50 元', '￥200'],
    en: ['$20', '$9.99', '100.00 USD', '¥100.00', '50 CNY'],
  },
  datetime: {
    zh: [
      '2025-09-29 10:30:12',
      '2025/09/29',
      '9月29日 10:30',
      '2025年9月29日',
      '昨天 23:59',
      '20240929103000',
    ],
    en: ['2025-09-29 10:30:12', 'Sep 29, 2025', '29/09/2025 10:30', '10:30 UTC+8', '2024-10-01T08:00:00Z'],
  },
  model: {
    zh: [
      'claude-sonnet-4-5-20250929',
      'gpt-4o-2024-08-06',
      'claude-3-5-sonnet-20241022',
      'gemini-2.5-pro',
      'deepseek-chat',
    ],
    en: [
      'claude-sonnet-4-5-20250929',
      'gpt-4o-mini-2024-07-18',
      'claude-opus-4-1-20250805',
      'o1-preview-2024-09-12',
    ],
  },
  http: {
    zh: ['HTTP 402', '429', '返回 500', '状态码 401'],
    en: ['HTTP 402', 'status 429', 'error 503', '401 Unauthorized'],
  },
  task_id: {
    zh: [
      '任务ID 1712345678901234',
      '任务ID：task_01J9XK3M2Q8ZV4',
      '任务ID 5e0f8a2c-3b1d-4c6e-9f7a-2b8c4d6e1f30',
    ],
    en: [
      'task id 1728012345678901',
      'task id: task_7f3a9c21',
      'task id 9b2d4f6a-1c3e-4a5b-8d7f-0e1a2b3c4d5e',
    ],
  },
  request_id: {
    zh: ['请求ID 20250929103012123456789AbCdEfGh', 'request id: req_011CTkqPzN4v', '请求ID req_8f2a1c'],
    en: [
      'request id: 20250929103012987654321xYzAbCdE',
      'request id req_011CTkqPzN4v',
      'X-Request-Id: req_5d1e',
    ],
  },
  masked_tail: {
    zh: ['尾号 1234', '尾号7890', '卡尾号 5566'],
    en: ['ending in 1234', 'card ending 7890', 'last four 5566'],
  },
  pay_method: {
    zh: ['支付宝', '微信支付', '易支付', 'Stripe', 'PayPal'],
    en: ['Alipay', 'WeChat Pay', 'Stripe', 'PayPal', 'epay'],
  },
  nickname: {
    zh: ['昵称 小明', '用户名 lucky_cat88', '昵称 Neo2025'],
    en: ['username lucky_cat88', 'nickname Neo2025', 'user Mia_w'],
  },
  url: {
    zh: ['https://api.example.com/v1/chat/completions', 'https://console.example.cn/topup?tab=orders'],
    en: ['https://api.example.com/v1/models', 'https://console.example.com/log?page=2&size=20'],
  },
};

const TEMPLATES = {
  zh: [
    '你好，我在{ms}用{ms}充值了{ms}，但是余额没到账。{s}，麻烦帮忙查一下。',
    '昨天充值失败，页面显示 {ms}。{s} {s} 我用的模型是 {ms}。',
    '客服您好：{s}，付款时间 {ms}，金额 {ms}，一直显示处理中。',
    '{ms} 调用报错 {ms}，充值后还是余额不足。{s}',
    '兑换码用不了，提示已使用。{s}，{ms}，{ms}。',
    '我这边 {ms} 的账户，{s}，另外 {s}，{ms}。',
  ],
  en: [
    'Hi, I topped up {ms} via {ms} on {ms} but the balance did not change. {s}. Please check.',
    'Payment went through but credits are missing, the page says {ms}. {s} {s} Model: {ms}.',
    'Hello support: {s}, paid at {ms}, amount {ms}, still pending.',
    'Calling {ms} returns {ms} after my top-up. {s}',
    'The redeem code says already used. {s}, {ms}, {ms}.',
    'My account {ms}: {s}; also {s}; {ms}.',
  ],
};

function groups(d: string, sizes: number[], sep: string): string {
  const out: string[] = [];
  let i = 0;
  for (const n of sizes) {
    if (i >= d.length) break;
    out.push(d.slice(i, i + n));
    i += n;
  }
  if (i < d.length) out.push(d.slice(i));
  return out.join(sep);
}

/** Formatted tier: how people actually type and paste these values. Returns [text, the value as shown]. */
function formatted(r: Rng, s: Sensitive): [string, string] {
  const w = s.written;
  switch (s.format) {
    case 'card': {
      const g = w.length === 15 ? groups(w, [4, 6, 5], ' ') : groups(w, [4, 4, 4, 4], pick(r, [' ', '-']));
      return [g, g];
    }
    case 'phone': {
      const p = pick(r, [groups(w, [3, 4, 4], ' '), groups(w, [3, 4, 4], '-'), w]);
      const t = `${pick(r, ['+86 ', '0086', '+86-', ''])}${p}`;
      return [t, p];
    }
    case 'id': {
      const g = pick(r, [groups(w, [6, 8, 4], ' '), w.toLowerCase()]);
      return [g, g];
    }
    case 'token':
      return [`${pick(r, ['Bearer ', 'BEARER ', 'Authorization: Bearer '])}${w}`, w];
    case 'code':
      return [w.toUpperCase(), w.toUpperCase()];
    default: {
      const t = r() < 0.3 ? w.toUpperCase() : w;
      return [t, t === w ? s.value : s.value.toUpperCase()];
    }
  }
}

const ZW = ['\u200b', '\u200c', '\u200d', '\ufeff', '\u2060', '\u200e', '\u202c'];

/** Obfuscated tier: full-width characters and zero-width / bidi characters inside the value. */
function obfuscated(r: Rng, w: string): string {
  let out = '';
  const full = r() < 0.7;
  for (const ch of w) {
    const c = ch.charCodeAt(0);
    out += full && c > 32 && c < 127 && r() < 0.8 ? String.fromCharCode(c + 0xfee0) : ch;
    if (r() < 0.25) out += pick(r, ZW);
  }
  return out;
}

function withContext(r: Rng, lang: 'zh' | 'en', s: Sensitive, body: string): string {
  if (!s.ctx) return body;
  const word = lang === 'zh' ? s.ctx[0] : s.ctx[1];
  return `${word}${pick(r, lang === 'zh' ? ['：', ' ', '是 '] : [': ', ' ', ' is '])}${body}`;
}

export function generateCorpus(seed = 20250929, perTier = 600): Message[] {
  const r = mulberry32(seed);
  const msgs: Message[] = [];
  const stayKinds = Object.keys(MUST_STAY);
  for (const tier of TIERS) {
    for (let m = 0; m < perTier; m++) {
      const lang = m % 2 === 0 ? 'zh' : 'en';
      const tpl = pick(r, TEMPLATES[lang]);
      const sens: Sensitive[] = [];
      const shown: string[] = [];
      const stay: MustStay[] = [];
      const text = tpl.replace(/\{(s|ms)\}/g, (_, slot: string) => {
        if (slot === 'ms') {
          const kind = pick(r, stayKinds);
          const t = pick(r, MUST_STAY[kind]![lang]);
          stay.push({ kind, text: t });
          return t;
        }
        const s = sensitive(
          r,
          KINDS[(m * 7 + sens.length * 3 + int(r, 0, KINDS.length - 1)) % KINDS.length]!,
        );
        sens.push(s);
        let body = s.written;
        let show = s.value;
        if (tier === 'formatted') [body, show] = formatted(r, s);
        else if (tier === 'obfuscated') body = obfuscated(r, s.written);
        shown.push(show);
        return withContext(r, lang, s, body);
      });
      msgs.push({ tier, lang, text, sensitive: sens, shown, mustStay: stay });
    }
  }
  return msgs;
}
