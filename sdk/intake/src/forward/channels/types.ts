// What a channel gets and answers. A channel never throws for a vendor's answer: it turns it into a result the
// queue can act on (done, try again after a while, or give up), with a short error that holds no secret.
import type { Ticket } from '@topup-doctor/sdk/core';
import type { ForwardMessage } from '../message.js';

export type Delivery = {
  /** Stable across retries of the same ticket to the same channel: `<ticket id>:<channel name>`. */
  deliveryId: string;
  attempt: number;
  message: ForwardMessage;
} & ({ ticket: Ticket; test?: false } | { ticket?: undefined; test: true });

export type SendResult =
  | { ok: true }
  | {
      ok: false;
      /** false: the answer will not change by retrying (bad secret, unknown chat, removed webhook). */
      retry: boolean;
      /** The vendor said when to try again (Retry-After, retry_after, a documented penalty). */
      retryAfterMs?: number;
      /** The vendor rate-limited this channel: hold every pending delivery to it until then. */
      rateLimited?: boolean;
      /** Status and vendor code/message only: never a URL, token or body we sent. */
      error: string;
    };

export interface ChannelDeps {
  fetch: typeof fetch;
  now: () => number;
  timeoutMs: number;
}

export interface Channel {
  name: string;
  type: string;
  /** Minimum time between two sends from one worker, from the vendor's documented limit. */
  minIntervalMs: number;
  send(d: Delivery): Promise<SendResult>;
  close?(): Promise<void>;
}
