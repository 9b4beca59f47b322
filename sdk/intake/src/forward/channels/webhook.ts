// The generic signed webhook: the operator's own system receives the whole accepted ticket (masked for the
// support audience, as the intake stored it) with a delivery id and a link to the inbox. Format and signature:
// docs/webhook.md. 2xx is delivered; 408, 425, 429 and 5xx are retried (429 honours Retry-After); any other
// answer is final, so a receiver that refuses a bad signature is not hammered.
import { Ticket } from '@topup-doctor/sdk/core';
import * as z from 'zod/mini';
import { DELIVERY_HEADER, EVENT_HEADER, SIGNATURE_HEADER, signature, TIMESTAMP_HEADER } from '../sign.js';
import { byStatus, isAnswer, post, vendorText } from './http.js';
import type { Channel, ChannelDeps, Delivery, SendResult } from './types.js';

export const WEBHOOK_EVENT = 'ticket.created';
/** An operator's test of the channel: no ticket; answer it 2xx like any delivery. */
export const PING_EVENT = 'ping';

/** The body of every webhook delivery (published as docs/schemas/ticket-webhook.schema.json). */
export const WebhookPayload = z.object({
  event: z.literal(WEBHOOK_EVENT),
  /** `<ticket id>:<channel name>`: the same on every retry; a receiver drops a repeat it already processed. */
  deliveryId: z.string().check(z.minLength(1), z.maxLength(200)),
  /** 1 on the first try. */
  attempt: z.int().check(z.minimum(1)),
  /** The ticket's page in the inbox. */
  ticketUrl: z.url(),
  /** The ticket as the intake accepted it: validated, re-scanned, masked for the support audience. */
  ticket: Ticket,
});
export type WebhookPayload = z.infer<typeof WebhookPayload>;

export function webhookChannel(
  cfg: { name: string; url: string; secret: string },
  deps: ChannelDeps,
): Channel {
  return {
    name: cfg.name,
    type: 'webhook',
    minIntervalMs: 0,
    async send(d: Delivery): Promise<SendResult> {
      const event = d.test ? PING_EVENT : WEBHOOK_EVENT;
      const body = JSON.stringify(
        d.test
          ? { event, deliveryId: d.deliveryId, attempt: d.attempt, inboxUrl: d.message.link.url }
          : ({
              event: WEBHOOK_EVENT,
              deliveryId: d.deliveryId,
              attempt: d.attempt,
              ticketUrl: d.message.link.url,
              ticket: d.ticket,
            } satisfies WebhookPayload),
      );
      const ts = Math.floor(deps.now() / 1000);
      const a = await post(deps, cfg.url, body, {
        [TIMESTAMP_HEADER]: String(ts),
        [SIGNATURE_HEADER]: signature(cfg.secret, ts, body),
        [DELIVERY_HEADER]: d.deliveryId,
        [EVENT_HEADER]: event,
        'user-agent': 'TopupDoctor-Webhook/1',
      });
      if (!isAnswer(a)) return a;
      if (a.status === 425) return { ok: false, retry: true, error: 'HTTP 425' };
      return byStatus(a, deps.now(), vendorText(a.text.trim().slice(0, 80))) ?? { ok: true };
    },
  };
}
