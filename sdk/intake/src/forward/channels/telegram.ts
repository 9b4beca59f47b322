// Telegram Bot API sendMessage (core.telegram.org/bots/api, docs/forwarding.md): POST
// <apiBase>/bot<token>/sendMessage with {chat_id, text, parse_mode: 'HTML'}; text is 1-4096 characters.
// Answers are {ok: true, result} or {ok: false, error_code, description, parameters?}; flood control answers
// HTTP 429 with parameters.retry_after (seconds), a group that became a supergroup answers 400 with
// parameters.migrate_to_chat_id.
import type { ForwardMessage } from '../message.js';
import { byStatus, isAnswer, post, vendorText } from './http.js';
import type { Channel, ChannelDeps, Delivery, SendResult } from './types.js';

const html = (s: string) =>
  s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

export function telegramText(m: ForwardMessage): string {
  return [
    `<b>${html(m.title)}</b>`,
    ...m.lines.map((l) => `${html(l.label)}: ${html(l.value)}`),
    `<a href="${html(m.link.url)}">${html(m.link.label)}</a>`,
  ]
    .join('\n')
    .slice(0, 4096);
}

export function telegramChannel(
  cfg: { name: string; botToken: string; chatId: string | number; threadId?: number; apiBase: string },
  deps: ChannelDeps,
): Channel {
  const url = `${cfg.apiBase.replace(/\/$/, '')}/bot${cfg.botToken}/sendMessage`;
  return {
    name: cfg.name,
    type: 'telegram',
    minIntervalMs: 3_000, // about 20 messages per minute into one group
    async send(d: Delivery): Promise<SendResult> {
      const body = {
        chat_id: cfg.chatId,
        ...(cfg.threadId !== undefined ? { message_thread_id: cfg.threadId } : {}),
        text: telegramText(d.message),
        parse_mode: 'HTML',
        link_preview_options: { is_disabled: true },
      };
      const a = await post(deps, url, JSON.stringify(body));
      if (!isAnswer(a)) return a;
      const j = (a.json ?? {}) as {
        ok?: boolean;
        error_code?: number;
        description?: string;
        parameters?: { retry_after?: number; migrate_to_chat_id?: number };
      };
      if (a.status === 200 && j.ok === true) return { ok: true };
      const desc = vendorText(j.description);
      if (a.status === 429 || j.error_code === 429) {
        const s = j.parameters?.retry_after;
        return {
          ok: false,
          retry: true,
          rateLimited: true,
          retryAfterMs: typeof s === 'number' ? s * 1000 : undefined,
          error: `HTTP 429 ${desc}`.trim(),
        };
      }
      if (j.parameters?.migrate_to_chat_id !== undefined)
        return {
          ok: false,
          retry: false,
          error: `HTTP ${a.status} ${desc}: set chatId to ${j.parameters.migrate_to_chat_id}`,
        };
      return (
        byStatus(a, deps.now(), desc) ?? {
          ok: false,
          retry: true,
          error: `HTTP ${a.status} unexpected answer`,
        }
      );
    },
  };
}
