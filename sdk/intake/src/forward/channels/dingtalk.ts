// DingTalk custom robot (自定义机器人), per its open-platform guide (docs/forwarding.md): POST the
// robot/send?access_token=... URL; with 加签 on, add &timestamp=<ms>&sign=<urlencoded base64(HMAC-SHA256(
// key = secret, data = `${timestamp}\n${secret}`))> (accepted within one hour). Answers are {errcode, errmsg}:
// 0 ok, 310000 a bad signature, keyword or IP, 300001 an invalid token, 130101 "send too fast, exceed 20 times
// per minute" after which the robot is throttled for 10 minutes; -1 means the system is busy.
import { createHmac } from 'node:crypto';
import { messageMarkdown } from '../message.js';
import { byStatus, isAnswer, post, vendorText } from './http.js';
import type { Channel, ChannelDeps, Delivery, SendResult } from './types.js';

export function dingtalkSign(secret: string, timestampMs: number): string {
  return createHmac('sha256', secret).update(`${timestampMs}\n${secret}`).digest('base64');
}

export function dingtalkUrl(url: string, secret: string | undefined, nowMs: number): string {
  if (!secret) return url;
  const u = new URL(url);
  u.searchParams.set('timestamp', String(nowMs));
  u.searchParams.set('sign', dingtalkSign(secret, nowMs));
  return u.toString();
}

export const DINGTALK_THROTTLE_MS = 10 * 60_000;

export function dingtalkChannel(
  cfg: { name: string; url: string; secret?: string },
  deps: ChannelDeps,
): Channel {
  return {
    name: cfg.name,
    type: 'dingtalk',
    minIntervalMs: 3_000, // 20 per minute
    async send(d: Delivery): Promise<SendResult> {
      const body = {
        msgtype: 'markdown',
        markdown: { title: d.message.title, text: messageMarkdown(d.message) },
      };
      const a = await post(deps, dingtalkUrl(cfg.url, cfg.secret, deps.now()), JSON.stringify(body));
      if (!isAnswer(a)) return a;
      const j = (a.json ?? {}) as { errcode?: number; errmsg?: string };
      const text = vendorText(j.errmsg);
      const status = byStatus(
        a,
        deps.now(),
        j.errcode !== undefined ? `errcode ${j.errcode} ${text}`.trim() : '',
      );
      if (status) return status;
      if (j.errcode === 0) return { ok: true };
      const error = `errcode ${j.errcode ?? '?'} ${text}`.trim();
      if (j.errcode === 130101)
        return { ok: false, retry: true, rateLimited: true, retryAfterMs: DINGTALK_THROTTLE_MS, error };
      if (j.errcode === -1 || j.errcode === undefined) return { ok: false, retry: true, error };
      return { ok: false, retry: false, error };
    },
  };
}
