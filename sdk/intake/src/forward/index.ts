// Forwarding accepted tickets to where support already works: email, Feishu/Lark, DingTalk, WeCom, Telegram,
// Slack and a signed webhook, from a durable queue in the intake's database.
export { FORWARD_CATALOGS } from './catalog.js';
export { createChannel } from './channels/index.js';
export type { Channel, Delivery, SendResult } from './channels/types.js';
export { PING_EVENT, WEBHOOK_EVENT, WebhookPayload } from './channels/webhook.js';
export {
  ChannelConfig,
  channelsFor,
  describeChannel,
  type ForwardConfig,
  ForwardConfigError,
  forwardConfigFromEnv,
  parseChannels,
} from './config.js';
export { buildMessage, type ForwardMessage, testMessage } from './message.js';
export {
  type DeliveryRow,
  deliveriesOf,
  enqueue,
  queueStats,
  retryDead,
} from './queue.js';
export { type Forwarding, forwarding, forwardingFromEnv, sendTestMessages } from './setup.js';
export * from './sign.js';
export { backoffMs, createForwarder, type Forwarder, type ForwarderOptions } from './worker.js';
