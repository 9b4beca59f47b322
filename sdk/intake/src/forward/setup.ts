// Wiring forwarding into an intake process: read and check the configuration before anything starts (a bad
// channel stops the start-up with the key named), queue each accepted ticket in the transaction that stores
// it, and run the worker once the store is open. Also the operator's "send a test message to every channel".
import type { Sql } from '../store/types.js';
import { createChannel } from './channels/index.js';
import type { SendResult } from './channels/types.js';
import { channelsFor, describeChannel, type ForwardConfig, forwardConfigFromEnv } from './config.js';
import { testMessage } from './message.js';
import { enqueue } from './queue.js';
import { createForwarder, type Forwarder, type ForwarderOptions } from './worker.js';

type Extra = Pick<ForwarderOptions, 'now' | 'fetch' | 'log' | 'timeoutMs'>;

/** Throws ForwardConfigError (message: `KEY: what is wrong`) on a bad configuration. */
export function forwardingFromEnv(env: Record<string, string | undefined> = process.env, extra: Extra = {}) {
  return forwarding(forwardConfigFromEnv(env), extra);
}

export function forwarding(config: ForwardConfig, extra: Extra = {}) {
  const now = extra.now ?? Date.now;
  const names = config.channels.map((c) => c.name);
  let worker: Forwarder | undefined;
  return {
    config,
    enabled: names.length > 0,
    /** For the start-up line: `forwarding to ops (feishu → open.feishu.cn), …`; never a secret. */
    channels: config.channels.map(describeChannel),
    /**
     * The intake's onTicketAccepted hook: queues the ticket, for the channels that take its problem, inside
     * the transaction that stores it.
     */
    async onTicketAccepted(tx: Sql, stored: { id: string; ticket?: { problem: string } }): Promise<void> {
      const to = channelsFor(config.channels, stored.ticket?.problem);
      if (to.length === 0) return;
      await enqueue(tx, stored.id, to, now());
      // The transaction commits after this returns: look again shortly, so the message leaves at once
      // rather than at the next poll.
      if (worker) setTimeout(() => worker?.kick(), 200).unref?.();
    },
    /** Starts the worker on the opened store (polls every `everyMs`, 5 s by default). */
    start(store: Sql, everyMs?: number): Forwarder | undefined {
      if (names.length === 0) return undefined;
      worker = createForwarder({ db: store, config, ...extra });
      worker.start(everyMs);
      return worker;
    },
    async stop(): Promise<void> {
      await worker?.stop();
      worker = undefined;
    },
  };
}

export type Forwarding = ReturnType<typeof forwarding>;

/** Sends a test message through every configured channel now (not queued) and says how each went. */
export async function sendTestMessages(
  config: ForwardConfig,
  extra: Pick<ForwarderOptions, 'now' | 'fetch' | 'timeoutMs'> = {},
): Promise<{ channel: string; result: SendResult }[]> {
  const deps = {
    fetch: extra.fetch ?? fetch,
    now: extra.now ?? Date.now,
    timeoutMs: extra.timeoutMs ?? 10_000,
  };
  const out: { channel: string; result: SendResult }[] = [];
  for (const c of config.channels) {
    const ch = createChannel(c, deps);
    const message = testMessage(c.name, { locale: config.locale, ticketUrl: config.ticketUrl });
    try {
      const result = await ch.send({
        deliveryId: `test:${c.name}:${deps.now()}`,
        attempt: 1,
        message,
        test: true,
      });
      out.push({ channel: describeChannel(c), result });
    } finally {
      await ch.close?.();
    }
  }
  return out;
}
