// One constructor for every configured channel type.
import type { ChannelConfig } from '../config.js';
import { dingtalkChannel } from './dingtalk.js';
import { emailChannel } from './email.js';
import { feishuChannel } from './feishu.js';
import { slackChannel } from './slack.js';
import { telegramChannel } from './telegram.js';
import type { Channel, ChannelDeps } from './types.js';
import { webhookChannel } from './webhook.js';
import { wecomChannel } from './wecom.js';

export type { Channel, ChannelDeps, Delivery, SendResult } from './types.js';

export function createChannel(c: ChannelConfig, deps: ChannelDeps): Channel {
  switch (c.type) {
    case 'email':
      return emailChannel(c, deps);
    case 'feishu':
    case 'lark':
      return feishuChannel(c, deps);
    case 'dingtalk':
      return dingtalkChannel(c, deps);
    case 'wecom':
      return wecomChannel(c, deps);
    case 'telegram':
      return telegramChannel(c, deps);
    case 'slack':
      return slackChannel(c, deps);
    case 'webhook':
      return webhookChannel(c, deps);
  }
}
