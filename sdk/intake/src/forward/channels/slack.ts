// Slack incoming webhook (docs/forwarding.md): POST the hooks.slack.com/services/... URL with {text} (mrkdwn).
// Success is HTTP 200 with the plain body "ok". Errors are plain text with a status: 400 invalid_payload /
// no_text, 403 invalid_token / action_prohibited, 404 channel_not_found / no_service, 410 channel_is_archived,
// 500 rollup_error; over about one message per second Slack answers 429 with a Retry-After header (seconds).
import type { ForwardMessage } from '../message.js';
import { byStatus, isAnswer, post, vendorText } from './http.js';
import type { Channel, ChannelDeps, Delivery, SendResult } from './types.js';

/** Slack escapes only &, < and > (its formatting guide); `<url|label>` is a link. */
const esc = (s: string) => s.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!);

export function slackText(m: ForwardMessage): string {
  return [
    `*${esc(m.title)}*`,
    ...m.lines.map((l) => `${esc(l.label)}: ${esc(l.value)}`),
    `<${m.link.url.replace(/[|>]/g, encodeURIComponent)}|${esc(m.link.label).replace(/\|/g, '¦')}>`,
  ].join('\n');
}

export function slackChannel(cfg: { name: string; url: string }, deps: ChannelDeps): Channel {
  return {
    name: cfg.name,
    type: 'slack',
    minIntervalMs: 1_000,
    async send(d: Delivery): Promise<SendResult> {
      const a = await post(deps, cfg.url, JSON.stringify({ text: slackText(d.message) }));
      if (!isAnswer(a)) return a;
      const status = byStatus(a, deps.now(), vendorText(a.text.trim()));
      if (status) return status;
      return { ok: true };
    },
  };
}
