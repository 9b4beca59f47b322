// WeCom (企业微信) group robot, per its 群机器人配置说明 (docs/forwarding.md): POST
// cgi-bin/webhook/send?key=... with {msgtype: 'markdown', markdown: {content}} (content up to 4096 bytes, UTF-8).
// Answers are {errcode, errmsg}: 0 ok, 45009 "api freq out of limit" (20 messages per minute per robot),
// 93000 an invalid webhook URL (the robot was removed), -1 system busy.
import { messageMarkdown } from '../message.js';
import { errcodeAnswer, isAnswer, post } from './http.js';
import type { Channel, ChannelDeps, Delivery, SendResult } from './types.js';

export const WECOM_MAX_BYTES = 4096;

/** Cuts markdown to the byte limit on a line boundary, keeping the link line (always last). */
export function fitBytes(md: string, max = WECOM_MAX_BYTES): string {
  const size = (s: string) => Buffer.byteLength(s, 'utf8');
  if (size(md) <= max) return md;
  const lines = md.split('\n');
  const last = lines.pop() ?? '';
  while (lines.length && size([...lines, '…', last].join('\n')) > max) lines.pop();
  return [...lines, '…', last].join('\n');
}

export function wecomChannel(cfg: { name: string; url: string }, deps: ChannelDeps): Channel {
  return {
    name: cfg.name,
    type: 'wecom',
    minIntervalMs: 3_000, // 20 per minute
    async send(d: Delivery): Promise<SendResult> {
      const body = { msgtype: 'markdown', markdown: { content: fitBytes(messageMarkdown(d.message)) } };
      const a = await post(deps, cfg.url, JSON.stringify(body));
      if (!isAnswer(a)) return a;
      // The limit is per minute: waiting out a full minute is enough.
      return errcodeAnswer(a, deps.now(), { errcode: 45009, waitMs: 60_000 });
    },
  };
}
