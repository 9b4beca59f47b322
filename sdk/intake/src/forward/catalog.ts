// The words of a forwarded message (zh-CN first, en). Layered over the core catalogs and worded by the core's
// one interpolator, so problem titles, reasons and field labels read exactly as in the widget and the inbox.
import {
  CATALOGS,
  format,
  type Layer,
  type Locale,
  type Message,
  type MessageKey,
} from '@topup-doctor/sdk/core';

export const forwardZhCN = {
  'forward.title': '新工单：{problemKey}',
  'forward.open': '在收件箱中查看',
  'forward.subject': '[新工单] {problemKey} · {id}',
  'forward.footer': '此消息只含脱敏后的信息；完整工单请登录收件箱查看。',
  'forward.test.title': '测试消息：充值自查的新工单会转发到这里',
  'forward.test.channel': '渠道',
  'forward.test.open': '打开收件箱',
} as const satisfies Layer<MessageKey>;

export type ForwardKey = keyof typeof forwardZhCN;

export const forwardEn: Record<ForwardKey, string> = {
  'forward.title': 'New ticket: {problemKey}',
  'forward.open': 'Open in the inbox',
  'forward.subject': '[New ticket] {problemKey} · {id}',
  'forward.footer': 'This message holds masked details only; sign in to the inbox for the full ticket.',
  'forward.test.title': 'Test: new Topup Doctor tickets will be forwarded here',
  'forward.test.channel': 'Channel',
  'forward.test.open': 'Open the inbox',
};

export const FORWARD_CATALOGS: Record<Locale, Record<ForwardKey, string>> = {
  'zh-CN': forwardZhCN,
  en: forwardEn,
};

const layers = (locale: Locale) => [FORWARD_CATALOGS[locale], CATALOGS[locale]];

/** A core or forward key in the given locale; params ending in `Key` are translated too. */
export const ft = (locale: Locale, m: Message): string => format(layers(locale), locale, m);

/** Whether the layered catalog knows a key (a reason a newer widget sent may be unknown here). */
export const knows = (locale: Locale, key: string): boolean => layers(locale).some((c) => key in c);
