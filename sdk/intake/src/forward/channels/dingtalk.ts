// DingTalk custom robot (自定义机器人), per its open-platform guide (docs/forwarding.md): POST the
// robot/send?access_token=... URL; with 加签 on, add &timestamp=<ms>&sign=<urlencoded base64(HMAC-SHA256(
// key = secret, data = `${timestamp}\n${secret}`))> (accepted within one hour). Answers are {errcode, errmsg}:
// 0 ok, 310000 a bad signature, keyword or IP, 300001 an invalid token, 130101 "send too fast, exceed 20 times
// per minute" after which the robot is throttled for 10 minutes; -1 means the system is busy.
import { createHmac } from 'node:crypto';
import { messageMarkdown } from '../message.js';
import { errcodeAnswer, isAnswer, post } from './http.js';
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
      return errcodeAnswer(a, deps.now(), { errcode: 130101, waitMs: DINGTALK_THROTTLE_MS });
    },
  };
}
