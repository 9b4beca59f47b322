// Feishu / Lark custom bot (自定义机器人), per the open platform's custom-bot guide (docs/forwarding.md):
// POST the hook URL with {msg_type, content} and, with signing on, {timestamp, sign} where timestamp is unix
// seconds (accepted within one hour) and sign = base64(HMAC-SHA256(key = `${timestamp}\n${secret}`, data = '')).
// Answers are HTTP 200 with {code, msg, data}: 0 is success, 19021 a bad signature or stale timestamp, 19024 a
// missing keyword, 19022 an IP not on the list, 9499 a bad request, 11232 the frequency limit
// (100 per minute and 5 per second per bot). Older hooks answer {StatusCode, StatusMessage}.
import { createHmac } from 'node:crypto';
import type { ForwardMessage } from '../message.js';
import { byStatus, isAnswer, post, vendorText } from './http.js';
import type { Channel, ChannelDeps, Delivery, SendResult } from './types.js';

export function feishuSign(secret: string, timestampS: number): string {
  return createHmac('sha256', `${timestampS}\n${secret}`).update('').digest('base64');
}

/** A `post` (rich text) message: title, one paragraph per line, and the link as an anchor. */
export function feishuBody(m: ForwardMessage): Record<string, unknown> {
  const lang = m.locale === 'zh-CN' ? 'zh_cn' : 'en_us';
  return {
    msg_type: 'post',
    content: {
      post: {
        [lang]: {
          title: m.title,
          content: [
            ...m.lines.map((l) => [{ tag: 'text', text: `${l.label}: ${l.value}` }]),
            [{ tag: 'a', text: m.link.label, href: m.link.url }],
          ],
        },
      },
    },
  };
}

const RATE_LIMITED = 11232; // "frequency limited"
const RATE_LIMIT_PAUSE_MS = 60_000;

export function feishuChannel(
  cfg: { name: string; type: 'feishu' | 'lark'; url: string; secret?: string },
  deps: ChannelDeps,
): Channel {
  return {
    name: cfg.name,
    type: cfg.type,
    minIntervalMs: 250,
    async send(d: Delivery): Promise<SendResult> {
      const body = feishuBody(d.message);
      if (cfg.secret) {
        const ts = Math.floor(deps.now() / 1000);
        Object.assign(body, { timestamp: String(ts), sign: feishuSign(cfg.secret, ts) });
      }
      const a = await post(deps, cfg.url, JSON.stringify(body));
      if (!isAnswer(a)) return a;
      const j = (a.json ?? {}) as {
        code?: number;
        msg?: string;
        StatusCode?: number;
        StatusMessage?: string;
      };
      const code = j.code ?? j.StatusCode;
      const text = vendorText(j.msg ?? j.StatusMessage);
      const status = byStatus(a, deps.now(), code !== undefined ? `code ${code} ${text}`.trim() : '');
      if (status) return status;
      if (code === 0) return { ok: true };
      if (code === undefined) return { ok: false, retry: true, error: 'HTTP 200 without a code' };
      if (code === RATE_LIMITED)
        return {
          ok: false,
          retry: true,
          rateLimited: true,
          retryAfterMs: RATE_LIMIT_PAUSE_MS,
          error: `code ${code} ${text}`,
        };
      return { ok: false, retry: false, error: `code ${code} ${text}`.trim() };
    },
  };
}
